/**
 * npm run data:check [-- DIR] — validates a dataset folder and prints every problem as "file: path: what".
 * Exit code 1 on errors; warnings (incomplete records, stale translations) do not fail.
 */
import { resolve } from 'node:path';
import { loadDatasetSource } from './lib/dataset-source.ts';
import { checkDataset } from './lib/dataset-check.ts';

const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  console.log(`Usage: npm run data:check [-- DIR] [--quiet]

Validates the dataset in DIR (default: data/, or $DATASET_DIR):
  - every file parses and matches the HSDS 3.0 schemas of src/model (with this project's profile, data/PROFILE.md)
  - every service, organization and location has provenance (sources + verified date)
  - phones parse as North American numbers, URLs are https, schedules are well-formed
  - ids are unique, every reference (organization, location, category) resolves
  - every translation points at a real, translatable field; stale translations are listed
Errors exit with code 1. Warnings are printed but do not fail (--quiet hides them).`);
  process.exit(0);
}
const quiet = args.includes('--quiet');
const dir = resolve(args.find((a) => !a.startsWith('-')) ?? process.env.DATASET_DIR ?? 'data');
const source = loadDatasetSource(dir);
const result = checkDataset(source);

if (!quiet) for (const w of result.warnings) console.warn(`warning: ${w}`);
for (const e of result.errors) console.error(`error: ${e}`);
const count = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;
console.log(
  `${dir}: ${count(source.services.length, 'service')}, ${count(source.organizations.length, 'organization')}, ` +
    `${count(source.locations.length, 'location')}, ${`${source.taxonomy.length} ${source.taxonomy.length === 1 ? 'category' : 'categories'}`}, ` +
    `${count(source.translations.length, 'translation file')}; ` +
    `${count(result.errors.length, 'error')}, ${count(result.warnings.length, 'warning')}, ${count(result.stale.length, 'stale translation')}`,
);
process.exit(result.errors.length ? 1 : 0);
