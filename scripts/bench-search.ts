/**
 * npm run bench:search — this project's search engine against MiniSearch, FlexSearch, Orama and Fuse.js, on the real
 * dataset plus 1k / 10k / 50k synthetic services with text in every locale, and the relevance query set in 13
 * languages. Writes test/bench/search-report.md. A benchmark, not a test: numbers vary from machine to machine.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { performance } from 'node:perf_hooks';
import { buildSearchDocs, type SearchDoc } from '../src/search/documents.ts';
import { ENGINES } from './lib/search-engines.ts';
import { loadRelevanceQueries, loadSearchCorpus, loadSynonymFiles, withSynthetic } from './lib/search-corpus.ts';
import { generateSynthetic } from './lib/synthetic.ts';
import { libraryGzipBytes, throttledBrowserRun } from './lib/search-bench-browser.ts';

const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  console.log(`Usage: npm run bench:search -- [--sizes 0,1000,10000,50000] [--engines N,N] [--no-browser] [--out FILE]

Builds each engine's index over the real dataset (data/) plus N synthetic services (0 = the real dataset alone),
runs the relevance query set (test/fixtures/search/queries.json) and reports build time, memory, serialized size
(gzip), p50/p95 query latency, recall@10 and top-3 accuracy, and each library's bundle cost (gzip).
Then runs the query set with this project's engine in headless Chromium at 4x CPU throttling (unless --no-browser).
Run node with --expose-gc (the npm script does) for memory figures. Default output: test/bench/search-report.md`);
  process.exit(0);
}
const option = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1]! : fallback;
};
const sizes = option('sizes', '0,1000,10000,50000').split(',').map(Number);
const engineFilter = option('engines', '');
const engines = ENGINES.filter((_, i) => !engineFilter || engineFilter.split(',').map(Number).includes(i));
const out = option('out', 'test/bench/search-report.md');
const gc = (globalThis as { gc?: () => void }).gc;

const corpus = loadSearchCorpus('data');
const synonyms = loadSynonymFiles();
const queries = loadRelevanceQueries();
const expected = queries.map((q) => q.expect.map((key) => corpus.idByKey.get(key) ?? `missing:${key}`));

const percentile = (xs: number[], p: number) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
};
const heapMB = () => {
  gc?.();
  return process.memoryUsage().heapUsed / 2 ** 20;
};

interface Row {
  size: number;
  engine: string;
  buildMs: number;
  memoryMB: number;
  serializedGzipKB?: number;
  p50: number;
  p95: number;
  recall10: number;
  top3: number;
  note?: string;
}
const rows: Row[] = [];

for (const size of sizes) {
  const records = size ? withSynthetic(corpus.records, generateSynthetic(size, corpus.records.taxonomy, 42)) : corpus.records;
  let docs: SearchDoc[] | undefined = buildSearchDocs(records);
  const services = docs.length;
  console.log(`\n${services} services (${corpus.records.services.length} real + ${size} synthetic), ${records.translations.length + 1} locales`);
  for (const engine of engines) {
    const before = heapMB();
    const started = performance.now();
    let index: ReturnType<typeof engine.build> | undefined = engine.build(docs, synonyms);
    const buildMs = performance.now() - started;
    const memoryMB = heapMB() - before;
    let serializedGzipKB: number | undefined;
    try {
      const parts = index.serialize();
      serializedGzipKB = parts && parts.reduce((sum, part) => sum + gzipSync(part).length, 0) / 1024;
    } catch (error) {
      // A JavaScript string holds at most ~512 MB: an index bigger than that cannot be saved as one JSON text.
      if (!(error instanceof RangeError)) throw error;
    }

    // Warm-up pass (JIT, caches), which also tells how many timed passes fit in ~20 s. An engine that needs more
    // than a minute for one pass (Fuse.js scans every document) is stopped there and reported as such.
    const warmStart = performance.now();
    const firstResults: string[][] = [];
    for (const q of queries) {
      if (performance.now() - warmStart > 60_000) break;
      firstResults.push(index.search(q.q, 10));
    }
    const warmMs = performance.now() - warmStart;
    if (firstResults.length < queries.length) {
      const perQuery = warmMs / firstResults.length;
      rows.push({ size: services, engine: engine.name, buildMs, memoryMB, serializedGzipKB, p50: perQuery, p95: NaN, recall10: NaN, top3: NaN, note: `stopped: ${firstResults.length} of ${queries.length} queries in 60 s (mean ${perQuery.toFixed(0)} ms a query)` });
      console.log(`  ${engine.name.padEnd(52)} build ${buildMs.toFixed(0).padStart(6)} ms  too slow: ${firstResults.length}/${queries.length} queries in 60 s`);
      index = undefined;
      continue;
    }
    const passes = Math.max(1, Math.min(5, Math.floor(20_000 / Math.max(warmMs, 1))));
    const latencies: number[] = [];
    for (let pass = 0; pass < passes; pass++) {
      for (const q of queries) {
        const t = performance.now();
        index.search(q.q, 10);
        latencies.push(performance.now() - t);
      }
    }
    const recall10 = firstResults.filter((ids, i) => ids.some((id) => expected[i]!.includes(id))).length / queries.length;
    const top3 = firstResults.filter((ids, i) => ids.slice(0, 3).some((id) => expected[i]!.includes(id))).length / queries.length;
    const row: Row = { size: services, engine: engine.name, buildMs, memoryMB, serializedGzipKB, p50: percentile(latencies, 50), p95: percentile(latencies, 95), recall10, top3 };
    if (passes === 1) row.note = `one timed pass (a pass took ${(warmMs / 1000).toFixed(1)} s)`;
    rows.push(row);
    console.log(
      `  ${engine.name.padEnd(52)} build ${buildMs.toFixed(0).padStart(6)} ms  mem ${memoryMB.toFixed(1).padStart(6)} MB  ` +
        `p50 ${row.p50.toFixed(2)} ms  p95 ${row.p95.toFixed(2)} ms  recall@10 ${(recall10 * 100).toFixed(0)}%  top3 ${(top3 * 100).toFixed(0)}%`,
    );
    index = undefined;
  }
  docs = undefined;
}

console.log('\nBundle cost (minified + gzip) of each library…');
const bundle = new Map<string, number>();
for (const pkg of new Set(engines.map((e) => e.pkg))) bundle.set(pkg, await libraryGzipBytes(pkg));
const ours = await libraryGzipBytes('./src/search/engine.ts');

let browser: Awaited<ReturnType<typeof throttledBrowserRun>> | undefined;
if (!args.includes('--no-browser')) {
  console.log('Headless Chromium, 4x CPU throttling, real dataset…');
  browser = await throttledBrowserRun(corpus.records, synonyms, queries.map((q) => q.q));
}

const pct = (n: number) => (Number.isNaN(n) ? '—' : `${(n * 100).toFixed(0)}%`);
const fmt = (n: number | undefined, digits = 1) => (n === undefined || Number.isNaN(n) ? '—' : n.toFixed(digits));
const lines = [
  '# Search benchmark',
  '',
  `Written by \`npm run bench:search\` on ${new Date().toISOString().slice(0, 10)} (Node ${process.version}, ${process.arch}). `,
  `Corpus: the real dataset in \`data/\` (${corpus.records.services.length} services, translations in ${corpus.records.translations.length} locales)`,
  'plus N synthetic services from `scripts/lib/synthetic.ts` with text in all 13 locales. Queries: the',
  `${queries.length} queries of \`test/fixtures/search/queries.json\` (${new Set(queries.map((q) => q.lang)).size} languages: exact, prefix, typo, accent-free, CJK, Khmer, Arabic/Farsi, synonyms),`,
  'each naming the program(s) a resident needs. recall@10 / top-3: share of queries with a right program in the first 10 / 3 results.',
  'Every library gets the same documents and, where it accepts one, the same tokenizer (`src/search/tokenize.ts`).',
  'Memory is the heap growth after building (V8, after GC). Latency: several passes over the whole query set after a warm-up.',
  '',
  '| services | engine | build ms | memory MB | index gzip KB | p50 ms | p95 ms | recall@10 | top-3 | note |',
  '|---:|---|---:|---:|---:|---:|---:|---:|---:|---|',
  ...rows.map(
    (r) =>
      `| ${r.size} | ${r.engine} | ${fmt(r.buildMs, 0)} | ${fmt(r.memoryMB)} | ${fmt(r.serializedGzipKB)} | ${fmt(r.p50, 2)} | ${fmt(r.p95, 2)} | ${pct(r.recall10)} | ${pct(r.top3)} | ${r.note ?? ''} |`,
  ),
  '',
  '## Bundle cost (minified, gzip)',
  '',
  '| package | KB gzip |',
  '|---|---:|',
  ...[...bundle].map(([pkg, bytes]) => `| ${pkg} | ${(bytes / 1024).toFixed(1)} |`),
  `| this project's engine (src/search: MiniSearch + tokenizer, synonyms, ranking, filters, open-now) | ${(ours / 1024).toFixed(1)} |`,
  '',
];
if (browser) {
  lines.push(
    '## Real dataset in headless Chromium, 4x CPU throttling',
    '',
    `This project's engine, built in the page from the real dataset: first use of the word segmenter's CJK/Khmer ` +
      `dictionaries ${fmt(browser.dictionaryMs)} ms, documents ${fmt(browser.docsMs)} ms, index build (with documents) ${fmt(browser.buildMs)} ms, ` +
      `or ${fmt(browser.loadMs)} ms to load the same index saved as JSON (${fmt(browser.savedBytes / 1024)} KB); ` +
      `query p50 ${fmt(browser.p50, 2)} ms, p95 ${fmt(browser.p95, 2)} ms, max ${fmt(browser.max, 2)} ms over ${browser.samples} searches.`,
    '',
  );
}
mkdirSync(out.replace(/\/[^/]+$/, ''), { recursive: true });
writeFileSync(out, `${lines.join('\n')}\n`);
console.log(`\nReport: ${out}`);
