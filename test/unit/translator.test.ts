import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { flattenStrings, localeFileText, nestStrings, textProblems } from '../../src/features/translator/locale-file.ts';
import { EXPANSION, pseudoLocalize, pseudoLocalizeResources } from '../../src/i18n/pseudo.ts';
import { loadEdits, saveEdits } from '../../src/data/translator-edits.ts';

const english = JSON.parse(readFileSync('locales/en/common.json', 'utf8')) as Record<string, unknown>;

describe('the file a translator downloads', () => {
  it('is nested i18next JSON v4 with only the changed strings, in the locale file’s key order', () => {
    const order = Object.keys(flattenStrings(english));
    const changed = { 'search.label': 'Buscar ayuda', 'app.tagline': 'Ayuda cerca', 'status.ready_many': '{{count}} de servicios' };
    expect(nestStrings(changed, order)).toEqual({
      app: { tagline: 'Ayuda cerca' },
      status: { ready_many: '{{count}} de servicios' },
      search: { label: 'Buscar ayuda' },
    });
    // A plural form English lacks goes after the keys the file has, so the file reads in the same order as English.
    expect(Object.keys(nestStrings(changed, order))).toEqual(['app', 'search', 'status']);
    expect(localeFileText({ 'app.name': 'Directorio' }, order)).toBe('{\n  "app": {\n    "name": "Directorio"\n  }\n}\n');
  });
});

describe('what a new text is checked for before it is shown', () => {
  it('placeholders must match English; a brace too few is caught', () => {
    expect(textProblems('service.call', 'Llamar al {{number}}', 'Call {{number}}')).toEqual({});
    expect(textProblems('service.call', 'Llamar al {{numero}}', 'Call {{number}}')).toEqual({ placeholders: ['{{number}}'] });
    expect(textProblems('service.call', 'Llamar al {{number}', 'Call {{number}}')).toEqual({ placeholders: ['{{number}}'] });
  });
  it('"one" forms may spell the number out, other forms may not', () => {
    expect(textProblems('status.ready_one', 'خدمة واحدة', '{{count}} service')).toEqual({});
    expect(textProblems('status.ready_few', 'خدمات', '{{count}} services')).toEqual({ placeholders: ['{{count}}'] });
  });
  it('markup is flagged', () => {
    expect(textProblems('app.name', '<b>Directorio</b>', 'LA Help Directory')).toEqual({ markup: true });
  });
});

describe('the pseudo-locale en-XA', () => {
  it('accents, lengthens by about 40 % and brackets every string, keeping placeholders and newlines', () => {
    const source = 'Record: {{id}}\nPage: {{url}}';
    const pseudo = pseudoLocalize(source);
    expect(pseudo).toMatch(/^\[Ŕḗçŏŕḓ: \{\{id\}\}\nƤåĝḗ: \{\{url\}\} .+\]$/s);
    for (const text of Object.values(flattenStrings(english))) {
      const out = pseudoLocalize(text);
      expect(out.startsWith('[') && out.endsWith(']')).toBe(true);
      const visible = (s: string) => s.replace(/\{\{[^}]*\}\}/g, '').length;
      expect(visible(out)).toBeGreaterThanOrEqual(visible(text) * (1 + EXPANSION));
      expect([...out.matchAll(/\{\{[^}]*\}\}/g)].map((m) => m[0])).toEqual([...text.matchAll(/\{\{[^}]*\}\}/g)].map((m) => m[0]));
      expect(out).not.toMatch(/[a-zA-Z](?![^{]*\}\})/); // every Latin letter outside placeholders is accented
    }
  });
  it('keeps every key, plural forms included', () => {
    expect(Object.keys(flattenStrings(pseudoLocalizeResources(english)))).toEqual(Object.keys(flattenStrings(english)));
  });
});

describe('the right-to-left pseudo-locale ar-XB', () => {
  it('shows letters right to left, but placeholders and digits as they are', () => {
    expect(pseudoLocalize('Call 911 or {{number}}', true)).toBe('[\u202EÇåļļ \u202C911\u202E ŏŕ \u202C{{number}}\u202E ŏñḗ\u202C]');
  });
  it('has every plural form Arabic rules ask for, made from English "other", so no count falls back to English', () => {
    const pseudo = flattenStrings(pseudoLocalizeResources(english, 'ar-XB'));
    for (const form of ['zero', 'one', 'two', 'few', 'many', 'other']) expect(pseudo[`status.ready_${form}`]).toContain('{{count}}');
    expect(pseudo['status.ready_few']).toBe(pseudo['status.ready_other']);
  });
});

describe('a translator’s stored edits', () => {
  const store = new Map<string, string>();
  globalThis.localStorage ??= {
    getItem: (k: string) => store.get(k) ?? null,
    setItem: (k: string, v: string) => void store.set(k, v),
    removeItem: (k: string) => void store.delete(k),
  } as Storage;
  afterEach(() => localStorage.removeItem('translator-edits'));

  it('come back as saved', () => {
    saveEdits({ es: { common: { 'app.tagline': 'Ayuda cerca' } } });
    expect(loadEdits()).toEqual({ es: { common: { 'app.tagline': 'Ayuda cerca' } } });
  });
  it('anything unreadable is left out, not trusted', () => {
    localStorage.setItem('translator-edits', '{"es":{"common":{"app.name":1},"search":{"x":"y"}},"ru":"x"}');
    expect(loadEdits()).toEqual({ es: { search: { x: 'y' } } });
    localStorage.setItem('translator-edits', 'not json');
    expect(loadEdits()).toEqual({});
  });
});
