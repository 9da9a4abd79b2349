import { describe, expect, it } from 'vitest';
import { readiness } from '../../src/features/outreach/readiness.ts';
import type { DatasetInfo } from '../../src/model/payload.ts';

const dataset: DatasetInfo = { id: 'la', name: 'LA', publisher: 'P', version: '2026-11-25.3f2a9c1b', date: '2026-11-25' };
const en = { code: 'en', data: false, ui: true };

describe('event pack: ready for offline', () => {
  it('is ready when the app, the directory and every chosen language are stored', () => {
    const r = readiness({ app: true, dataset, languages: [en, { code: 'es', data: true, ui: true }, { code: 'fa', data: true, ui: true }] });
    expect(r).toEqual({ ready: true, app: true, dataset, saved: ['en', 'es', 'fa'], missing: [] });
  });

  it('is not ready without the app shell or without the directory', () => {
    const noApp = readiness({ app: false, dataset, languages: [{ code: 'en', data: false, ui: false }, { code: 'es', data: true, ui: false }] });
    expect(noApp.ready).toBe(false);
    // Only the app is missing: no language is named as to be downloaded again.
    expect(noApp.missing).toEqual([]);
    expect(readiness({ app: true, dataset: undefined, languages: [en] }).ready).toBe(false);
  });

  it('names a chosen language whose data is for an older directory, or whose app words are not cached', () => {
    const r = readiness({ app: true, dataset, languages: [en, { code: 'es', data: false, ui: true }, { code: 'ko', data: true, ui: false }] });
    expect(r.ready).toBe(false);
    expect(r.saved).toEqual(['en']);
    expect(r.missing).toEqual(['es', 'ko']);
  });
});
