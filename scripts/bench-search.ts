/**
 * npm run bench:search — this project's search engine against MiniSearch, FlexSearch, Orama and Fuse.js, on the real
 * dataset plus 1k / 10k / 50k synthetic services with text in every locale, and the relevance query set in 13
 * languages. Writes test/bench/search-report.md. A benchmark, not a test: numbers vary from machine to machine.
 *
 * Every engine at every size runs in its own Node process (scripts/lib/search-bench-child.ts) with a time budget:
 * one that runs out is stopped and reported as "timed out at N s" with what it had measured by then, instead of
 * holding up the run, and an engine that timed out is not tried again at a larger size.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { performance } from 'node:perf_hooks';
import { ENGINES } from './lib/search-engines.ts';
import { loadRelevanceQueries, loadSearchCorpus, loadSynonymFiles } from './lib/search-corpus.ts';
import { throttledBrowserRun } from './lib/search-bench-browser.ts';

const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  console.log(`Usage: npm run bench:search -- [--sizes 0,1000,10000,50000] [--engines N,N] [--budget SECONDS] [--stop-after MINUTES] [--no-browser] [--out FILE]

Builds each engine's index over the real dataset (data/) plus N synthetic services (0 = the real dataset alone),
each engine and size in its own Node process with a budget of CPU time (default: 120 s for the real dataset and 1k, 300 s
for 10k, 420 s for 50k; --budget sets one for all; --stop-after skips what is left after that many minutes). Runs the relevance query set (test/fixtures/search/queries.json)
and reports build time, memory, serialized size (gzip), p50/p95 query latency, recall@10 and top-3 accuracy, each
library's bundle cost (gzip), this engine's cold time to first result built vs loaded, and the query set with this
engine in headless Chromium at 4x CPU throttling (unless --no-browser). Default output: test/bench/search-report.md`);
  process.exit(0);
}
const option = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1]! : fallback;
};
const sizes = option('sizes', '0,1000,10000,50000').split(',').map(Number);
const engineFilter = option('engines', '');
const engines = ENGINES.map((engine, index) => ({ ...engine, index })).filter(
  (e) => !engineFilter || engineFilter.split(',').map(Number).includes(e.index),
);
const budgetSeconds = (size: number) => Number(option('budget', '0')) || (size <= 1000 ? 120 : size <= 10_000 ? 300 : 420);
const out = option('out', 'test/bench/search-report.md');
/** Minutes after which engines not yet run are skipped (and reported so): a run must end on a busy day too. */
const stopAfterMs = Number(option('stop-after', '0')) * 60_000;
const runStartedAt = performance.now();
const cache = 'node_modules/.cache/bench-search';
mkdirSync(cache, { recursive: true });

type Message = Record<string, unknown> & { type: string };
interface ChildRun {
  readonly messages: Message[];
  /** Set when the budget ran out: seconds, and what the child was doing. */
  readonly timedOut?: { seconds: number; wallSeconds: number; phase: string };
  readonly failed?: string;
}

const CHILD = 'scripts/lib/search-bench-child.ts';
const NODE_FLAGS = ['--expose-gc', '--max-old-space-size=8192', '--import', 'tsx'];

// A stopped run stops its children too.
const running = new Set<ReturnType<typeof spawn>>();
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    for (const child of running) child.kill('SIGKILL');
    process.exit(1);
  });
}

/** CPU seconds (user + system) a process has used so far, from /proc (Linux); undefined elsewhere. */
function cpuSecondsOf(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // Fields 14 and 15 of stat (utime, stime), in clock ticks of 1/100 s on Linux.
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return undefined;
  }
}

/**
 * Runs one child and collects its messages. The budget is CPU time (on a shared machine, wall-clock time depends on
 * who else runs), counted from when the child says it is `ready` (its documents are read), or from the start for
 * children that never say so; a child also stops at twice its budget in wall-clock time, so that nothing hangs.
 * `nice` lowers its priority (work that is not timed).
 */
function runChild(childArgs: string[], { budgetMs, nice = false }: { budgetMs: number; nice?: boolean }): Promise<ChildRun> {
  return new Promise((resolve) => {
    const command = nice ? 'nice' : process.execPath;
    const commandArgs = nice ? ['-n', '10', process.execPath, ...NODE_FLAGS, CHILD, ...childArgs] : [...NODE_FLAGS, CHILD, ...childArgs];
    const child = spawn(command, commandArgs, { stdio: ['ignore', 'pipe', 'pipe'] });
    running.add(child);
    const messages: Message[] = [];
    let stderr = '';
    let buffered = '';
    let phase = 'starting';
    let wallStart = performance.now();
    let cpuStart = 0;
    // Before `ready`, reading the documents gets its own allowance (50k services: ~1 GB of JSON lines).
    let allowance = childArgs[0] === 'engine' ? 180_000 : budgetMs;
    let timedOut: ChildRun['timedOut'];
    const stop = (cpuSeconds: number) => {
      const wall = Math.round((performance.now() - wallStart) / 1000);
      timedOut = { seconds: Math.round(cpuSeconds), wallSeconds: wall, phase };
      child.kill('SIGKILL');
    };
    const watch = setInterval(() => {
      if (timedOut || child.pid === undefined) return;
      const used = (cpuSecondsOf(child.pid) ?? (performance.now() - wallStart) / 1000) - cpuStart;
      if (used * 1000 > allowance || performance.now() - wallStart > 2 * allowance) stop(used);
    }, 500);
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString('utf8');
      let newline: number;
      while ((newline = buffered.indexOf('\n')) >= 0) {
        const line = buffered.slice(0, newline);
        buffered = buffered.slice(newline + 1);
        if (!line.trim()) continue;
        const message = JSON.parse(line) as Message;
        messages.push(message);
        if (message.type === 'ready') {
          wallStart = performance.now();
          cpuStart = (child.pid !== undefined ? cpuSecondsOf(child.pid) : undefined) ?? 0;
          allowance = budgetMs;
          phase = 'index build';
        } else if (message.type === 'built') phase = 'warm-up pass';
        else if (message.type === 'recall') phase = 'latency passes';
        else if (message.type === 'latency') phase = 'saving the index';
        if (message.type === 'progress') {
          phase = message.of ? `${String(message.phase)}, ${String(message.done)} of ${String(message.of)} queries` : `${String(message.phase)}, ${String(message.done)} done`;
        }
        console.log(`    ${line.length > 160 ? `${line.slice(0, 160)}…` : line}`);
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('close', (code) => {
      running.delete(child);
      clearInterval(watch);
      // The line that says what went wrong (a crash prints a stack of addresses after it).
      const reason = stderr.split('\n').find((line) => /FATAL ERROR|Error:|Error \[/.test(line))?.trim();
      const failed = timedOut || code === 0 ? undefined : (reason ?? (stderr.trim().split('\n').slice(-3).join(' ') || `exit code ${code}`));
      resolve({ messages, ...(timedOut ? { timedOut } : {}), ...(failed ? { failed } : {}) });
    });
  });
}

const find = (run: ChildRun, type: string) => run.messages.find((m) => m.type === type) as Record<string, number> | undefined;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

interface Row {
  size: number;
  services: number;
  engine: string;
  buildMs?: number;
  buildCpuMs?: number;
  memoryMB?: number;
  cpuP50?: number;
  cpuP95?: number;
  gzipKB?: number;
  p50?: number;
  p95?: number;
  recall10?: number;
  top3?: number;
  note: string[];
}
const rows: Row[] = [];
const stoppedAt = new Map<number, string>();
const firstResult: { size: number; build: number[]; load: number[]; buildReady: number[]; loadReady: number[] }[] = [];
const load0 = loadavg();
const runStarted = new Date();

for (const size of sizes) {
  const file = `${cache}/docs-${size}.ndjson`;
  console.log(`\n${size} synthetic services: writing the documents (nice -n 10)…`);
  const docsRun = await runChild(['docs', String(size), file], { budgetMs: 900_000, nice: true });
  const info = find(docsRun, 'docs');
  if (!info) {
    console.log(`  could not make the documents: ${docsRun.failed ?? 'timed out'}`);
    continue;
  }
  for (const engine of engines) {
    const row: Row = { size, services: info.services!, engine: engine.name, note: [] };
    rows.push(row);
    const earlier = stoppedAt.get(engine.index);
    if (earlier) {
      row.note.push(`not run: ${earlier}`);
      continue;
    }
    if (stopAfterMs && performance.now() - runStartedAt > stopAfterMs) {
      row.note.push(`not run: the run's limit (--stop-after ${stopAfterMs / 60_000} min) was reached`);
      continue;
    }
    const budget = budgetSeconds(size);
    console.log(`  ${engine.name} (budget ${budget} s)`);
    const run = await runChild(['engine', String(size), String(engine.index), file], { budgetMs: budget * 1000 });
    const built = find(run, 'built');
    const recall = find(run, 'recall');
    const latency = find(run, 'latency');
    const serialized = run.messages.find((m) => m.type === 'serialized') as { gzipKB?: number; note?: string } | undefined;
    Object.assign(row, {
      buildMs: built?.buildMs,
      buildCpuMs: built?.buildCpuMs,
      cpuP50: latency?.cpuP50,
      cpuP95: latency?.cpuP95,
      memoryMB: built?.memoryMB,
      recall10: recall?.recall10,
      top3: recall?.top3,
      p50: latency?.p50,
      p95: latency?.p95,
      gzipKB: serialized?.gzipKB,
    });
    if (serialized?.note) row.note.push(`index: ${serialized.note}`);
    if (latency && latency.passes! < 5) row.note.push(`${latency.passes} timed pass${latency.passes === 1 ? '' : 'es'}`);
    if (run.timedOut) {
      row.note.push(`timed out at ${run.timedOut.seconds} s CPU, ${run.timedOut.wallSeconds} s wall (${run.timedOut.phase})`);
      stoppedAt.set(engine.index, `timed out at ${info.services} services`);
    } else if (run.failed) {
      row.note.push(`failed: ${run.failed.slice(0, 160)}`);
      stoppedAt.set(engine.index, `failed at ${info.services} services`);
    }
  }
  // This engine's cold time to first result, built from the documents vs loaded from its saved index (three
  // fresh processes each way, alternating, median).
  if (size <= 1000 && engines.some((e) => e.index === 0) && !stoppedAt.has(0)) {
    const entry = { size: info.services!, build: [] as number[], load: [] as number[], buildReady: [] as number[], loadReady: [] as number[] };
    for (let i = 0; i < 3; i++) {
      for (const how of ['build', 'load'] as const) {
        const run = await runChild(['first', how, file], { budgetMs: 120_000 });
        const result = find(run, 'first-result');
        if (result) {
          entry[how].push(result.firstResultMs!);
          entry[`${how}Ready`].push(result.readyMs!);
        }
      }
    }
    if (entry.build.length && entry.load.length) firstResult.push(entry);
  }
  rmSync(file, { force: true });
  rmSync(`${file}.saved.json`, { force: true });
}

console.log('\nBundle cost (minified + gzip) of each library (nice -n 10)…');
const bundle = new Map<string, number>();
for (const pkg of new Set(engines.map((e) => e.pkg))) {
  const run = await runChild(['bundle', pkg], { budgetMs: 300_000, nice: true });
  const bytes = find(run, 'bundle')?.bytes;
  if (bytes !== undefined) bundle.set(pkg, bytes);
}

const corpus = loadSearchCorpus('data');
const queries = loadRelevanceQueries();
let browser: Awaited<ReturnType<typeof throttledBrowserRun>> | undefined;
if (!args.includes('--no-browser')) {
  console.log('Headless Chromium, 4x CPU throttling, real dataset…');
  browser = await throttledBrowserRun(corpus.records, loadSynonymFiles(), queries.map((q) => q.q));
}
const load1 = loadavg();

const pct = (n: number | undefined) => (n === undefined ? '—' : `${(n * 100).toFixed(0)}%`);
const fmt = (n: number | undefined, digits = 1) => (n === undefined || Number.isNaN(n) ? '—' : n.toFixed(digits));
const cpu = cpus();
const lines = [
  '# Search benchmark',
  '',
  `Written by \`npm run bench:search\` on ${runStarted.toISOString().slice(0, 16).replace('T', ' ')} UTC (Node ${process.version}, ${process.arch}; ` +
    `${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GB).`,
  '',
  `**Machine note:** a shared machine (other builds and browser tests ran beside this one); load average ${load0.map((l) => l.toFixed(1)).join(' / ')} ` +
    `(1 / 5 / 15 min) when the run started and ${load1.map((l) => l.toFixed(1)).join(' / ')} when it ended, on ${cpu.length} cores. ` +
    'Times (build, latency) are therefore noisy and pessimistic, and comparable only within one run; recall, top-3 and sizes do not depend on load. ' +
    'Timed work ran at normal priority; making the documents and bundling ran under `nice -n 10`.',
  '',
  `Corpus: the real dataset in \`data/\` (${corpus.records.services.length} services, translations in ${corpus.records.translations.length} locales)`,
  'plus N synthetic services from `scripts/lib/synthetic.ts` with text in all 13 locales. Queries: the',
  `${queries.length} queries of \`test/fixtures/search/queries.json\` (${new Set(queries.map((q) => q.lang)).size} languages: exact, prefix, typo, accent-free, CJK, Khmer, Arabic/Farsi, synonyms),`,
  'each naming the program(s) a resident needs. recall@10 / top-3: share of queries with a right program in the first 10 / 3 results.',
  'Every library gets the same documents and, where it accepts one, the same tokenizer (`src/search/tokenize.ts`).',
  'Each engine at each size runs in its own Node process with a budget of CPU time (120 s up to 1k, 300 s at 10k, 420 s at',
  '50k, counted from when its documents are read; and at most twice that in wall-clock time); one that runs out is',
  'stopped, reported with what it measured by then, and not run at larger sizes. Memory: V8 heap plus ArrayBuffers grown by',
  'building, after a full GC. Latency: one warm-up pass, then up to 5 timed passes over the query set (at most ~10 s);',
  'in brackets, the CPU time the process itself spent (without the waits for a core that a loaded machine adds).',
  'Index gzip: the index as the engine saves it, gzipped.',
  '',
  '| services | engine | build ms (CPU) | memory MB | index gzip KB | p50 ms (CPU) | p95 ms (CPU) | recall@10 | top-3 | note |',
  '|---:|---|---:|---:|---:|---:|---:|---:|---:|---|',
  ...rows.map(
    (r) =>
      `| ${r.services} | ${r.engine} | ${fmt(r.buildMs, 0)} (${fmt(r.buildCpuMs, 0)}) | ${fmt(r.memoryMB)} | ${fmt(r.gzipKB)} | ` +
      `${fmt(r.p50, 2)} (${fmt(r.cpuP50, 2)}) | ${fmt(r.p95, 2)} (${fmt(r.cpuP95, 2)}) | ${pct(r.recall10)} | ${pct(r.top3)} | ${r.note.join('; ')} |`,
  ),
  '',
  '## Bundle cost (minified, gzip)',
  '',
  '| package | KB gzip |',
  '|---|---:|',
  ...[...bundle].map(([pkg, bytes]) =>
    pkg.startsWith('.')
      ? `| this project's engine (\`src/search\`: own index, tokenizer, synonyms, ranking, filters, open-now) | ${(bytes / 1024).toFixed(1)} |`
      : `| ${pkg} | ${(bytes / 1024).toFixed(1)} |`,
  ),
  '',
];
if (firstResult.length) {
  lines.push(
    '## Time to first result: build at start-up or load a saved index',
    '',
    "This project's engine, each way in a fresh Node process (nothing warm: JIT, word-folding cache, ICU's word dictionaries),",
    'three runs each, median. "Ready" is the index usable; "first result" adds the first query. Both start from the documents',
    '(the app needs them for filters either way); loading starts from the saved JSON text.',
    '',
    '| services | build: ready ms | build: first result ms | load: ready ms | load: first result ms |',
    '|---:|---:|---:|---:|---:|',
    ...firstResult.map((f) => `| ${f.size} | ${fmt(median(f.buildReady))} | ${fmt(median(f.build))} | ${fmt(median(f.loadReady))} | ${fmt(median(f.load))} |`),
    '',
  );
}
if (browser) {
  lines.push(
    '## Real dataset in headless Chromium, 4x CPU throttling',
    '',
    `This project's engine in a page, from the real dataset's records. Cold start, each way in a fresh page (median of ${browser.firstRuns}): ` +
      `**build** (documents + index + first query, including ICU's CJK/Khmer dictionaries on first use) ${fmt(browser.buildFirstMs)} ms to the first result; ` +
      `**load** (documents + parse the saved index, ${fmt(browser.savedBytes / 1024)} KB of JSON, ${fmt(browser.savedGzipBytes / 1024)} KB gzip + first query) ${fmt(browser.loadFirstMs)} ms. ` +
      `Queries on the built index: p50 ${fmt(browser.p50, 2)} ms, p95 ${fmt(browser.p95, 2)} ms, max ${fmt(browser.max, 2)} ms over ${browser.samples} searches.`,
    '',
    '(Chromium coarsens `performance.now()` to 0.1 ms in a page that is not cross-origin isolated: a p50 of 0.00 means',
    'under 0.1 ms.)',
    '',
  );
}
// The written decision (build at start-up or ship a saved index) is kept from the previous report: it cites these
// numbers but is a judgement, not a measurement.
const DECISION = /<!-- decision -->[\s\S]*?<!-- \/decision -->/;
const kept = existsSync(out) ? DECISION.exec(readFileSync(out, 'utf8'))?.[0] : undefined;
if (kept) lines.push(kept, '');
mkdirSync(out.replace(/\/[^/]+$/, ''), { recursive: true });
writeFileSync(out, `${lines.join('\n')}\n`);
console.log(`\nReport: ${out}`);
