/**
 * npm run data:translations -- LOCALE [--out FILE] [--all] — what is left to translate in the data for LOCALE:
 * every translatable field with no translation, or whose English changed since (stale). Prints JSON
 * ([{ id, field, kind, file, english, source_hash, reason }]) for a translator or a tool to work from; a finished
 * item goes into data/translations/LOCALE.json as { "text": …, "status": "machine" | "reviewed", "source_hash" }.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { TRANSLATABLE_FIELDS } from '../src/model/translatable.ts';
import { languageInfo } from '../src/i18n/languages.ts';
import { loadDatasetSource } from './lib/dataset-source.ts';
import { checkDataset, sourceHash } from './lib/dataset-check.ts';

const args = process.argv.slice(2);
const locale = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--out');
if (!locale || args.includes('--help') || args.includes('-h')) {
  console.log(`Usage: npm run data:translations -- LOCALE [--out FILE] [--all]

Lists the data fields still to translate into LOCALE (missing or stale), with the English text and the
source_hash to copy into data/translations/LOCALE.json. --all lists every field, translated or not.
Prints a summary to stderr and the JSON list to stdout (or FILE).`);
  process.exit(locale ? 0 : 1);
}
if (!languageInfo(locale)) console.error(`warning: "${locale}" is not in src/i18n/languages.ts yet`);
const outIndex = args.indexOf('--out');
const dir = resolve(process.env.DATASET_DIR ?? 'data');
const source = loadDatasetSource(dir);
const check = checkDataset(source);
const existing = source.translations.find((t) => t.value.locale === locale)?.value.entries ?? {};
const stale = new Set(check.stale.filter((s) => s.locale === locale).map((s) => `${s.id}\u0000${s.field}`));

const todo: { id: string; field: string; kind: string; file: string; english: string; source_hash: string; reason: string }[] = [];
let total = 0;
for (const record of check.byId.values()) {
  const fields: readonly string[] = record.kind in TRANSLATABLE_FIELDS ? TRANSLATABLE_FIELDS[record.kind as keyof typeof TRANSLATABLE_FIELDS] : [];
  for (const field of fields) {
    const english = record.record[field];
    if (typeof english !== 'string' || !english.trim()) continue;
    total++;
    const has = existing[record.id]?.[field];
    const reason = !has ? 'missing' : stale.has(`${record.id}\u0000${field}`) ? 'stale' : 'current';
    if (reason === 'current' && !args.includes('--all')) continue;
    todo.push({ id: record.id, field, kind: record.kind, file: record.file, english, source_hash: sourceHash(english), reason });
  }
}
const json = `${JSON.stringify(todo, null, 2)}\n`;
if (outIndex >= 0 && args[outIndex + 1]) writeFileSync(args[outIndex + 1]!, json);
else process.stdout.write(json);
const missing = todo.filter((t) => t.reason === 'missing').length;
const staleCount = todo.filter((t) => t.reason === 'stale').length;
console.error(`${locale}: ${total - missing - staleCount} of ${total} fields translated and current (${total ? Math.round(((total - missing - staleCount) / total) * 100) : 100}%); ${missing} missing, ${staleCount} stale`);
