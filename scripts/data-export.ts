/**
 * npm run data:export [-- DIR] [--out FILE] — writes the dataset as HSDS 3.0 JSON (a page of service_full
 * objects) and validates every service against the official schema before writing.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { loadDatasetSource } from './lib/dataset-source.ts';
import { checkDataset } from './lib/dataset-check.ts';
import { exportHsds } from './lib/hsds-export.ts';
import { officialServiceValidator, OFFICIAL_SERVICE_SCHEMA } from './lib/hsds-schema.ts';

const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  console.log(`Usage: npm run data:export [-- DIR] [--out FILE] [--schema SCHEMA]

Writes the dataset in DIR (default data/) as an HSDS 3.0 service list page to FILE (default dist-data/hsds/services.json),
after validating every service against the official compiled schema (default ${OFFICIAL_SERVICE_SCHEMA}).
Exit code 1 if the dataset has errors or the export does not validate.`);
  process.exit(0);
}
const option = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const dir = resolve(args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--')) ?? process.env.DATASET_DIR ?? 'data');
const out = resolve(option('out') ?? 'dist-data/hsds/services.json');
const source = loadDatasetSource(dir);
const check = checkDataset(source);
if (check.errors.length) {
  for (const e of check.errors) console.error(`error: ${e}`);
  process.exit(1);
}
const page = exportHsds({
  organizations: source.organizations.map((o) => o.value),
  services: source.services.map((s) => s.value),
  locations: source.locations.map((l) => l.value),
  taxonomy: source.taxonomy.map((t) => t.value),
});
const validate = officialServiceValidator(option('schema'));
let invalid = 0;
for (const service of page.contents) {
  for (const problem of validate(service)) {
    invalid++;
    console.error(`error: service ${String(service.id)}${problem}`);
  }
}
if (invalid) process.exit(1);
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify(page, null, 2)}\n`);
console.log(`${page.total_items} services exported to ${out}; all valid against the official HSDS 3.0 schema`);
