/**
 * npm run data:generate -- --services N [--out DIR] [--seed S] — a large SYNTHETIC HSDS dataset for benchmarks
 * (search, build, IndexedDB): N services with organizations, locations around Los Angeles, phones in the
 * reserved fictional 555-01xx range, schedules, categories, and translations in every app locale.
 * Never mix its output into data/: every record says it is synthetic.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { TaxonomyTerm } from '../src/model/hsds.ts';
import { generateSynthetic } from './lib/synthetic.ts';

const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  console.log(`Usage: npm run data:generate -- --services N [--out DIR] [--seed S]

Writes a synthetic dataset of N services (e.g. 1000, 10000, 50000) in this project's source form to DIR
(default: bench-data/<N>/), with translations for every locale in src/i18n/languages.ts.
Check or compile it like the real one: npm run data:check -- DIR ; npm run data:build -- DIR`);
  process.exit(0);
}
const option = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1]! : fallback;
};
const count = Number(option('services', '1000'));
if (!Number.isInteger(count) || count < 1 || count > 200_000) {
  console.error('--services must be a whole number from 1 to 200000');
  process.exit(1);
}
const out = resolve(option('out', `bench-data/${count}`));

const taxonomy = (JSON.parse(readFileSync('data/taxonomy.json', 'utf8')) as { terms: TaxonomyTerm[] }).terms;
const { organizations, locations, services, translations } = generateSynthetic(count, taxonomy, Number(option('seed', '42')));
rmSync(out, { recursive: true, force: true });
for (const folder of ['organizations', 'services', 'locations', 'translations']) mkdirSync(join(out, folder), { recursive: true });
writeFileSync(
  join(out, 'dataset.json'),
  JSON.stringify({ id: `synthetic-${count}`, name: `Synthetic benchmark dataset (${count} services)`, publisher: 'npm run data:generate', source_locale: 'en' }),
);
writeFileSync(join(out, 'taxonomy.json'), readFileSync('data/taxonomy.json'));

for (const o of organizations) writeFileSync(join(out, 'organizations', `${o.id}.json`), JSON.stringify(o));
for (const l of locations) writeFileSync(join(out, 'locations', `${l.id}.json`), JSON.stringify(l));
for (const s of services) writeFileSync(join(out, 'services', `${s.id}.json`), JSON.stringify(s));
for (const [code, entries] of Object.entries(translations)) {
  writeFileSync(join(out, 'translations', `${code}.json`), JSON.stringify({ locale: code, entries }));
}
console.log(`${count} synthetic services, ${organizations.length} organizations, ${locations.length} locations, ${Object.keys(translations).length} translated locales -> ${out}`);
