/**
 * npm run data:build [-- DIR] [--out OUT] — compiles the dataset into the payloads the app downloads
 * (OUT/data/manifest.json, OUT/data/en.<hash>.json, OUT/data/<locale>.<hash>.json). `vite build` does the same
 * through scripts/vite/dataset-plugin.ts; this command is for checking sizes or publishing data on its own.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { loadDatasetSource } from './lib/dataset-source.ts';
import { buildPayloads } from './lib/dataset-build.ts';
import { DataError } from '../src/model/json.ts';

const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  console.log(`Usage: npm run data:build [-- DIR] [--out OUT]

Compiles the dataset in DIR (default data/, or $DATASET_DIR) into OUT/data/ (default dist-data/):
  manifest.json        version, date, and url/bytes/sha256 of every payload
  en.<hash>.json       the HSDS records (English, the source language)
  <locale>.<hash>.json current translations per locale, and the list of stale ones
Fails (exit 1) if \`npm run data:check\` would report errors.`);
  process.exit(0);
}
const outIndex = args.indexOf('--out');
const out = resolve(outIndex >= 0 ? args[outIndex + 1] ?? 'dist-data' : 'dist-data');
const dir = resolve(args.find((a, i) => !a.startsWith('-') && args[i - 1] !== '--out') ?? process.env.DATASET_DIR ?? 'data');

try {
  const { manifest, files } = buildPayloads(loadDatasetSource(dir));
  for (const file of files) {
    const path = join(out, file.fileName);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.content);
    const gz = gzipSync(file.content, { level: 9 }).length;
    console.log(`${file.fileName.padEnd(36)} ${(file.content.length / 1024).toFixed(1).padStart(7)} KB  ${(gz / 1024).toFixed(1).padStart(6)} KB gzip`);
  }
  console.log(`dataset ${manifest.version}: ${Object.keys(manifest.locales).length} translated locale(s) -> ${out}/data/`);
} catch (error) {
  if (error instanceof DataError) {
    console.error(`The dataset in ${dir} has errors:\n${error.message}`);
    process.exit(1);
  }
  throw error;
}
