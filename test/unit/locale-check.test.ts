import { describe, expect, it } from 'vitest';
import { checkLocale, pluralCategories } from '../../scripts/lib/locale-check.ts';

const en = {
  title: 'Directory',
  status: { ready_one: '{{count}} service', ready_other: '{{count}} services' },
  call: 'Call {{number}}',
};

describe('locales:check for one locale', () => {
  it('knows which plural forms each language needs (CLDR)', () => {
    expect(pluralCategories('ru')).toEqual(['one', 'few', 'many', 'other']);
    expect(pluralCategories('ar')).toEqual(['zero', 'one', 'two', 'few', 'many', 'other']);
    expect(pluralCategories('es')).toEqual(['one', 'many', 'other']);
    expect(pluralCategories('ja')).toEqual(['other']);
  });

  it('a complete, correct translation has no errors', () => {
    const ru = { title: 'Справочник', status: { ready_one: '{{count}} услуга', ready_few: '{{count}} услуги', ready_many: '{{count}} услуг', ready_other: '{{count}} услуги' }, call: 'Позвонить {{number}}' };
    expect(checkLocale('ru', en, ru)).toMatchObject({ translated: 3, total: 3, missing: [], errors: [], warnings: [] });
  });

  it('reports missing plural forms, renamed placeholders, HTML and keys English does not have', () => {
    const ru = { title: '<b>Справочник</b>', status: { ready_one: '{{count}} услуга', ready_other: '{{n}} услуги' }, call: 'Позвонить {{number}}', extra: 'x' };
    const report = checkLocale('ru', en, ru);
    expect(report.errors).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^title: contains HTML/),
        'status.ready_other: placeholders {{n}} differ from English {{count}}',
        'status.ready: plural forms _few, _many missing (ru needs _one, _few, _many, _other)',
        'extra: not in English (renamed or removed?)',
      ]),
    );
  });

  it('counts what is missing and warns about forms a language does not use and overlong strings', () => {
    const ja = { status: { ready_one: '{{count}}件', ready_other: '{{count}}件のサービス' }, call: `電話 {{number}} ${'とても長い'.repeat(10)}` };
    const report = checkLocale('ja', en, ja);
    expect(report.missing).toEqual(['title']);
    expect(report.translated).toBe(2);
    expect(report.warnings).toEqual(expect.arrayContaining(['status.ready_one: ja has no "one" plural form; this key is never used', expect.stringMatching(/^call: \d+ characters/)]));
    expect(report.errors).toEqual([]);
  });

  it('lets "one" spell the number out, as Arabic does', () => {
    const ar = {
      title: 'دليل',
      status: { ready_zero: 'لا توجد خدمات', ready_one: 'خدمة واحدة', ready_two: 'خدمتان', ready_few: '{{count}} خدمات', ready_many: '{{count}} خدمة', ready_other: '{{count}} خدمة' },
      call: 'اتصل {{number}}',
    };
    expect(checkLocale('ar', en, ar).errors).toEqual([]);
  });
});
