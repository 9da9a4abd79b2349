import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
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

describe('locales:check on a deliberately broken set of locales (test/fixtures/locales-broken)', () => {
  const dir = 'test/fixtures/locales-broken';
  const load = (lng: string) => JSON.parse(readFileSync(join(dir, lng, 'common.json'), 'utf8')) as unknown;
  const english = load('en');

  it('finds a renamed placeholder, HTML, a key English does not have, and a missing key in Spanish', () => {
    const report = checkLocale('es', english, load('es'));
    expect(report.errors).toEqual([
      'app.greeting: placeholders {{nombre}} differ from English {{name}}',
      'service.hours: contains HTML ("<b>Horario</b>"); translations are plain text',
      'app.slogan: not in English (renamed or removed?)',
    ]);
    expect(report.missing).toEqual(['service.call']);
  });

  it('finds a malformed placeholder and the Russian plural forms that are missing', () => {
    expect(checkLocale('ru', english, load('ru')).errors).toEqual([
      'app.greeting: malformed placeholder near "Привет, {{name}"; write it as in English: {{name}}',
      'status.ready: plural forms _few, _many missing (ru needs _one, _few, _many, _other)',
    ]);
  });

  it('finds the Arabic plural forms that are missing', () => {
    expect(checkLocale('ar', english, load('ar')).errors).toEqual([
      'status.ready: plural forms _zero, _two missing (ar needs _zero, _one, _two, _few, _many, _other)',
    ]);
  });

  it('the command names the locale, file and key of every problem and exits with 1', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/locales-check.ts'], {
      env: { ...process.env, LOCALES_DIR: dir },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.status).toBe(1);
    const file = (lng: string) => `${dir}/${lng}/common.json`;
    const lines = run.stderr.split('\n').map((l) => l.trim());
    expect(lines).toEqual(
      expect.arrayContaining([
        `error: ${dir}/xx/ is not in src/i18n/languages.ts — add one line there (see TRANSLATING.md)`,
        `error: ${file('es')}: app.greeting: placeholders {{nombre}} differ from English {{name}}`,
        `error: ${file('es')}: service.hours: contains HTML ("<b>Horario</b>"); translations are plain text`,
        `error: ${file('es')}: app.slogan: not in English (renamed or removed?)`,
        `error: ${file('ru')}: app.greeting: malformed placeholder near "Привет, {{name}"; write it as in English: {{name}}`,
        `error: ${file('ru')}: status.ready: plural forms _few, _many missing (ru needs _one, _few, _many, _other)`,
        `error: ${file('ar')}: status.ready: plural forms _zero, _two missing (ar needs _zero, _one, _two, _few, _many, _other)`,
        '7 error(s)',
      ]),
    );
    // A missing key is a warning (the app falls back to English), still named with its file.
    expect(run.stdout).toContain(`warning: ${file('es')}: 1 missing (first: service.call)`);
    expect(run.stdout).toMatch(/^es +UI +80% \(4\/5\)/m);
  });
});
