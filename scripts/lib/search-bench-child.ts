/**
 * One piece of `npm run bench:search`, run in its own Node process so that one engine at one size cannot take the
 * whole run down (a hang, a heap that runs out) and its memory is measured alone. The parent (scripts/bench-search.ts)
 * gives it a time budget and kills it when the budget is spent.
 *
 *   node --import tsx scripts/lib/search-bench-child.ts docs <size> <file>     write the documents (NDJSON)
 *   node --expose-gc --import tsx scripts/lib/search-bench-child.ts engine <size> <engine> <file>
 *   node --import tsx scripts/lib/search-bench-child.ts first <build|load> <file>  time to first result, cold
 *   node --import tsx scripts/lib/search-bench-child.ts bundle <package>        minified + gzip bytes of a library
 *
 * It reports on stdout, one JSON object a line, as it goes (`{"type":"built",…}`), so that what was measured before a
 * timeout is still reported.
 */
import { closeSync, openSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { buildSearchDocs, type SearchDoc } from '../../src/search/documents.ts';
import { SearchIndex } from '../../src/search/engine.ts';
import { ENGINES } from './search-engines.ts';
import { loadRelevanceQueries, loadSearchCorpus, loadSynonymFiles, withSynthetic } from './search-corpus.ts';
import { generateSynthetic } from './synthetic.ts';
import { libraryGzipBytes } from './search-bench-browser.ts';

const cpuMs = (usage: NodeJS.CpuUsage) => (usage.user + usage.system) / 1000;
const report = (message: Record<string, unknown>) => process.stdout.write(`${JSON.stringify(message)}\n`);
const [mode, ...rest] = process.argv.slice(2);

/** Latency passes over the query set: at most this many, and no more than this long in all. */
const MAX_PASSES = 5;
const LATENCY_MS = 10_000;

if (mode === 'docs') {
  const [size, file] = [Number(rest[0]), rest[1]!];
  const corpus = loadSearchCorpus('data');
  const records = size ? withSynthetic(corpus.records, generateSynthetic(size, corpus.records.taxonomy, 42)) : corpus.records;
  const docs = buildSearchDocs(records);
  const fd = openSync(file, 'w');
  for (const doc of docs) writeSync(fd, `${JSON.stringify(doc)}\n`);
  closeSync(fd);
  report({ type: 'docs', services: docs.length, locales: records.translations.length + 1 });
} else if (mode === 'bundle') {
  report({ type: 'bundle', bytes: await libraryGzipBytes(rest[0]!) });
} else if (mode === 'engine') {
  const [size, engineIndex, file] = [Number(rest[0]), Number(rest[1]), rest[2]!];
  const engine = ENGINES[engineIndex]!;
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('run with node --expose-gc');
  const corpus = loadSearchCorpus('data');
  const synonyms = loadSynonymFiles();
  const queries = loadRelevanceQueries();
  const expected = queries.map((q) => q.expect.map((key) => corpus.idByKey.get(key) ?? `missing:${key}`));
  let docs: SearchDoc[] | undefined = readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as SearchDoc);
  report({ type: 'ready', services: docs.length, size });

  // Memory: V8 heap plus ArrayBuffers (typed arrays live outside the heap), after a full GC, before and after.
  const memoryMB = () => {
    gc();
    const usage = process.memoryUsage();
    return (usage.heapUsed + usage.arrayBuffers) / 2 ** 20;
  };
  const before = memoryMB();
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  const index = engine.build(docs, synonyms);
  const buildMs = performance.now() - started;
  const buildCpuMs = cpuMs(process.cpuUsage(cpuStarted));
  report({ type: 'built', buildMs, buildCpuMs, memoryMB: memoryMB() - before });

  // Warm-up pass (JIT, caches), which also gives the results for recall.
  const warmStart = performance.now();
  const results: string[][] = [];
  let lastReport = warmStart;
  for (const q of queries) {
    results.push(index.search(q.q, 10));
    if (performance.now() - lastReport > 2000) {
      lastReport = performance.now();
      report({ type: 'progress', phase: 'warm-up pass', done: results.length, of: queries.length });
    }
  }
  const warmMs = performance.now() - warmStart;
  const hit = (n: number) => results.filter((ids, i) => ids.slice(0, n).some((id) => expected[i]!.includes(id))).length / queries.length;
  report({ type: 'recall', recall10: hit(10), top3: hit(3), warmMs });

  // Wall-clock time per query, and the CPU time this process spent on it: on a shared machine the first includes
  // waiting for a core, the second does not.
  const latencies: number[] = [];
  const cpuLatencies: number[] = [];
  const timedStart = performance.now();
  let passes = 0;
  while (passes < MAX_PASSES && (passes === 0 || performance.now() - timedStart < LATENCY_MS)) {
    for (const q of queries) {
      const cpu = process.cpuUsage();
      const t = performance.now();
      index.search(q.q, 10);
      latencies.push(performance.now() - t);
      cpuLatencies.push(cpuMs(process.cpuUsage(cpu)));
    }
    passes++;
    report({ type: 'progress', phase: 'latency passes', done: passes });
  }
  const at = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))]!;
  report({
    type: 'latency',
    p50: at(latencies, 0.5),
    p95: at(latencies, 0.95),
    max: Math.max(...latencies),
    cpuP50: at(cpuLatencies, 0.5),
    cpuP95: at(cpuLatencies, 0.95),
    passes,
    samples: latencies.length,
  });

  let parts: string[] | undefined;
  try {
    parts = index.serialize();
  } catch (error) {
    // A JavaScript string holds at most ~512 MB: an index bigger than that cannot be saved as one JSON text.
    if (!(error instanceof RangeError)) throw error;
    report({ type: 'serialized', note: 'too big to save as one JSON text' });
  }
  if (parts) {
    const gzipKB = parts.reduce((sum, part) => sum + gzipSync(part).length, 0) / 1024;
    const rawKB = parts.reduce((sum, part) => sum + Buffer.byteLength(part), 0) / 1024;
    report({ type: 'serialized', gzipKB, rawKB });
    // This project's saved index, for the cold "time to first result" runs (mode `first`).
    if (engineIndex === 0 && parts.length === 1) writeFileSync(`${file}.saved.json`, parts[0]!);
  }
  docs = undefined;
  report({ type: 'done' });
} else if (mode === 'first') {
  // A fresh process: nothing warm (JIT, word-folding cache, the segmenter's dictionaries), like a page opening.
  const [how, file] = [rest[0]!, rest[1]!];
  const synonyms = loadSynonymFiles();
  const first = loadRelevanceQueries()[0]!.q;
  const docs = readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as SearchDoc);
  const started = performance.now();
  const index = how === 'load' ? SearchIndex.load(JSON.parse(readFileSync(`${file}.saved.json`, 'utf8')), docs, synonyms) : SearchIndex.build(docs, synonyms);
  const readyMs = performance.now() - started;
  index.search({ text: first, limit: 10 });
  report({ type: 'first-result', how, readyMs, firstResultMs: performance.now() - started });
} else {
  console.error('usage: search-bench-child.ts docs <size> <file> | engine <size> <engine> <file> | bundle <package>');
  process.exit(2);
}
