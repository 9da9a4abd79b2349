import { describe, expect, it } from 'vitest';
import { localText } from '../../src/model/localize.ts';
import type { LocalePayload } from '../../src/model/payload.ts';

const es: LocalePayload = {
  format: 1,
  locale: 'es',
  version: '2026-11-25.00000000',
  entries: { s1: { name: { text: 'Línea de ayuda', status: 'machine' }, description: { text: 'Revisado', status: 'reviewed' } } },
  stale: { s1: ['eligibility_description'] },
};

describe('showing data in the reader’s language', () => {
  it('uses a current translation and says when a machine made it', () => {
    expect(localText('s1', 'name', 'Help line', 'es', es)).toEqual({ text: 'Línea de ayuda', lang: 'es', machine: true, stale: false });
    expect(localText('s1', 'description', 'Reviewed', 'es', es)).toMatchObject({ text: 'Revisado', machine: false });
  });

  it('shows English, marked as English, when the translation is stale or missing', () => {
    expect(localText('s1', 'eligibility_description', 'Anyone', 'es', es)).toEqual({ text: 'Anyone', lang: 'en', machine: false, stale: true });
    expect(localText('s2', 'name', 'Other', 'es', es)).toEqual({ text: 'Other', lang: 'en', machine: false, stale: false });
  });

  it('never uses another language’s translations', () => {
    expect(localText('s1', 'name', 'Help line', 'fa', es)).toMatchObject({ text: 'Help line', lang: 'en' });
  });
});
