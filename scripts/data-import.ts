/**
 * npm run data:import -- FILE [--out DIR] [--source URL | --source-document TEXT]
 * Imports HSDS 3.0 (JSON: a service_full, a list or page of them, organizations, service_at_locations,
 * taxonomy terms, the tabular JSON; or a folder of HSDS CSV files) into this app's dataset form in DIR.
 */
import { mkdirSync, readFileSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { importHsds } from './lib/hsds-import.ts';
import { readTabular } from './lib/tabular.ts';
import { parseJson, DataError } from '../src/model/json.ts';
import type { Source } from '../src/model/hsds.ts';

const args = process.argv.slice(2);
const usage = `Usage: npm run data:import -- FILE [--out DIR] [--source URL | --source-document TEXT]

FILE     HSDS 3.0 JSON (a service_full object, a list or page of services, organization_full,
         service_at_location lists, taxonomy terms, tabular.json) or a folder of HSDS CSV files
--out    dataset folder to write (default: imported/); check it with: npm run data:check -- DIR
--source where the data comes from (https URL), kept as every record's provenance source
         (records that carry their own "provenance" keep it)

What the app cannot use or trust (non-North-American phones, http:// links, dangling references) is left out
and listed; records missing an id, a name or an organization are rejected and listed.
Exit code: 0 all imported, 1 some records rejected, 2 nothing imported.`;
if (!args.length || args.includes('--help') || args.includes('-h')) {
  console.log(usage);
  process.exit(args.length ? 0 : 2);
}
const option = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const file = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
if (!file || !existsSync(file)) {
  console.error(file ? `${file}: no such file or folder` : usage);
  process.exit(2);
}
const out = resolve(option('out') ?? 'imported');
const sourceUrl = option('source');
const source: Source = sourceUrl ? { url: sourceUrl } : { document: option('source-document') ?? `HSDS import of ${file}` };
const today = new Date().toISOString().slice(0, 10);

let input: unknown;
try {
  input = statSync(file).isDirectory() || file.endsWith('.csv') ? readTabular(file) : parseJson(readFileSync(file, 'utf8'), file).value;
} catch (error) {
  console.error(error instanceof DataError ? error.message : `${file}: ${(error as Error).message}`);
  process.exit(2);
}
const result = importHsds(input, { source, today });
for (const w of result.warnings) console.warn(`left out: ${w}`);
for (const r of result.rejected) console.error(`rejected: ${r}`);

const write = (folder: string, records: { id: string }[]) => {
  if (!records.length) return;
  mkdirSync(join(out, folder), { recursive: true });
  for (const r of records) writeFileSync(join(out, folder, `${r.id.replace(/[^\w.-]/g, '_')}.json`), `${JSON.stringify(r, null, 2)}\n`);
};
const imported = result.services.length + result.organizations.length + result.locations.length + result.taxonomy.length;
if (imported) {
  mkdirSync(out, { recursive: true });
  write('organizations', result.organizations);
  write('services', result.services);
  write('locations', result.locations);
  const taxonomyPath = join(out, 'taxonomy.json');
  const existing = existsSync(taxonomyPath) ? (JSON.parse(readFileSync(taxonomyPath, 'utf8')) as { terms: { id: string }[] }).terms : [];
  const terms = [...existing.filter((t) => !result.taxonomy.some((n) => n.id === t.id)), ...result.taxonomy];
  writeFileSync(taxonomyPath, `${JSON.stringify({ terms }, null, 2)}\n`);
  const datasetPath = join(out, 'dataset.json');
  if (!existsSync(datasetPath)) {
    writeFileSync(
      datasetPath,
      `${JSON.stringify({ id: 'imported-dataset', name: 'Imported HSDS dataset', publisher: 'Unknown (edit dataset.json)', source_locale: 'en' }, null, 2)}\n`,
    );
  }
}
console.log(
  `${file}: imported ${result.services.length} services, ${result.organizations.length} organizations, ` +
    `${result.locations.length} locations, ${result.taxonomy.length} taxonomy terms into ${out}; ` +
    `${result.warnings.length} parts left out, ${result.rejected.length} records rejected`,
);
process.exit(!imported ? 2 : result.rejected.length ? 1 : 0);
