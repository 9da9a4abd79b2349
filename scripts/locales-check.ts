/**
 * npm run locales:check [-- LOCALE ...] [--verbose] — for translators: per locale, how complete the UI strings and
 * the directory's data are, and what is broken. Errors (exit 1): broken JSON, placeholders that differ from
 * English, missing plural forms, HTML, keys English does not have, a locale folder not in the language table.
 * Incomplete translations and stale data translations are warnings.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { LANGUAGES } from '../src/i18n/languages.ts';
import { DataError, parseJson } from '../src/model/json.ts';
import { TRANSLATABLE_FIELDS } from '../src/model/translatable.ts';
import { checkLocale } from './lib/locale-check.ts';
import { loadDatasetSource } from './lib/dataset-source.ts';
import { checkDataset } from './lib/dataset-check.ts';

const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  console.log(`Usage: npm run locales:check [-- LOCALE ...] [--verbose]

For every locale in src/i18n/languages.ts (or the ones named): UI strings (locales/<code>/*.json, or
$LOCALES_DIR/<code>/*.json) against
English — % complete, missing keys, extra keys, placeholders, CLDR plural forms, HTML, overlong strings — and the
directory's data (data/translations/<code>.json) — % of fields translated and current, stale translations.
--verbose lists every missing key. Exit code 1 on errors; incomplete translations are warnings.`);
  process.exit(0);
}
const verbose = args.includes('--verbose');
const wanted = args.filter((a) => !a.startsWith('-'));
const root = resolve(process.env.LOCALES_DIR ?? 'locales');
/** How a file is named in messages: relative to where the command runs, so it can be opened as shown. */
const shown = (...parts: string[]) => relative(process.cwd(), join(root, ...parts));
const namespaces = readdirSync(join(root, 'en')).filter((f) => f.endsWith('.json')).sort();
let errorCount = 0;

const read = (path: string): unknown => {
  try {
    return parseJson(readFileSync(path, 'utf8'), path).value;
  } catch (error) {
    errorCount++;
    console.error(`error: ${error instanceof DataError ? error.message : String(error)}`);
    return undefined;
  }
};

for (const folder of readdirSync(root, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name)) {
  if (!LANGUAGES.some((l) => l.code === folder)) {
    errorCount++;
    console.error(`error: ${shown(folder)}/ is not in src/i18n/languages.ts — add one line there (see TRANSLATING.md)`);
  }
}

// Data: every translatable field in the dataset, and which are translated and current per locale.
const source = loadDatasetSource(resolve(process.env.DATASET_DIR ?? 'data'));
const data = checkDataset(source);
let dataFields = 0;
for (const record of data.byId.values()) {
  const fields: readonly string[] = record.kind in TRANSLATABLE_FIELDS ? TRANSLATABLE_FIELDS[record.kind as keyof typeof TRANSLATABLE_FIELDS] : [];
  dataFields += fields.filter((f) => typeof record.record[f] === 'string' && (record.record[f] as string).trim()).length;
}
const pct = (n: number, of: number) => `${of ? Math.floor((n / of) * 100) : 100}%`;

for (const lang of LANGUAGES.filter((l) => l.code !== 'en' && (!wanted.length || wanted.includes(l.code)))) {
  let translated = 0;
  let total = 0;
  const lines: string[] = [];
  for (const ns of namespaces) {
    const english = read(join(root, 'en', ns));
    const path = join(root, lang.code, ns);
    const translation = existsSync(path) ? read(path) : {};
    const report = checkLocale(lang.code, english, translation ?? {});
    translated += report.translated;
    total += report.total;
    for (const e of report.errors) lines.push(`  error: ${shown(lang.code, ns)}: ${e}`);
    for (const w of report.warnings) lines.push(`  warning: ${shown(lang.code, ns)}: ${w}`);
    if (report.missing.length) {
      lines.push(`  warning: ${shown(lang.code, ns)}: ${report.missing.length} missing${verbose ? `: ${report.missing.join(', ')}` : ` (first: ${report.missing.slice(0, 5).join(', ')}${report.missing.length > 5 ? ', …' : ''})`}`);
    }
    errorCount += report.errors.length;
  }
  const entries = source.translations.find((t) => t.value.locale === lang.code)?.value.entries ?? {};
  const present = Object.values(entries).reduce((n, fields) => n + Object.keys(fields).length, 0);
  const stale = data.stale.filter((s) => s.locale === lang.code);
  const current = present - stale.length;
  for (const s of stale) lines.push(`  warning: ${s.file}: entries["${s.id}"].${s.field} is stale (the English changed)`);
  const machine = Object.values(entries).reduce((n, fields) => n + Object.values(fields).filter((f) => f.status === 'machine').length, 0);
  console.log(
    `${lang.code.padEnd(8)} UI ${pct(translated, total).padStart(4)} (${translated}/${total})   data ${pct(current, dataFields).padStart(4)} (${current}/${dataFields}, ${machine} machine, ${stale.length} stale)   ${lang.englishName}`,
  );
  for (const line of lines) (line.includes('error:') ? console.error : console.log)(line);
}
errorCount += data.errors.filter((e) => e.startsWith('translations/')).length;
for (const e of data.errors.filter((e) => e.startsWith('translations/'))) console.error(`error: ${e}`);
if (errorCount) console.error(`\n${errorCount} error(s)`);
process.exit(errorCount ? 1 : 0);
