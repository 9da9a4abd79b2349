/**
 * The parts of the search benchmark that need a bundler or a browser: the minified+gzip cost of a library, and
 * the query set run in headless Chromium with the CPU slowed 4x (a cheap phone, roughly).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { build, type Rolldown } from 'vite';
import { buildSearchDocs, type SearchRecords } from '../../src/search/documents.ts';
import { SearchIndex } from '../../src/search/engine.ts';
import type { SynonymFiles } from '../../src/search/synonyms.ts';
import { CHROMIUM_ARGS, findChromium } from '../../test/e2e/browser.ts';

async function bundle(entrySource: string, format: 'es' | 'iife'): Promise<string> {
  // Inside the project, so the bundler resolves packages from node_modules.
  const cache = resolve('node_modules/.cache');
  mkdirSync(cache, { recursive: true });
  const dir = mkdtempSync(join(cache, 'bench-bundle-'));
  try {
    const entry = join(dir, 'entry.ts');
    writeFileSync(entry, entrySource);
    const output = await build({
      configFile: false,
      logLevel: 'silent',
      root: process.cwd(),
      build: {
        write: false,
        minify: true,
        lib: { entry, formats: [format], name: 'SearchBench', fileName: 'bundle' },
      },
    });
    const outputs = (Array.isArray(output) ? output : [output]) as Rolldown.RolldownOutput[];
    return outputs
      .flatMap((o) => o.output)
      .map((chunk) => (chunk.type === 'chunk' ? chunk.code : ''))
      .join('\n');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Bytes of the whole library (or module), minified and gzipped, as a page would download it. */
export async function libraryGzipBytes(specifier: string): Promise<number> {
  const target = specifier.startsWith('.') ? resolve(specifier) : specifier;
  const code = await bundle(`import * as lib from ${JSON.stringify(target)};\n(globalThis as any).__lib = lib;\n`, 'es');
  return gzipSync(code).length;
}

export interface BrowserRun {
  /** Cold runs each way (fresh page). */
  readonly firstRuns: number;
  /** Documents + index build + first query, median of the cold runs. */
  readonly buildFirstMs: number;
  /** Documents + JSON.parse of the saved index + load + first query, median of the cold runs. */
  readonly loadFirstMs: number;
  readonly savedBytes: number;
  readonly savedGzipBytes: number;
  readonly p50: number;
  readonly p95: number;
  readonly max: number;
  readonly samples: number;
}

const COLD_RUNS = 3;

export async function throttledBrowserRun(records: SearchRecords, synonyms: SynonymFiles, queries: readonly string[]): Promise<BrowserRun> {
  const code = await bundle(
    `import { buildSearchDocs } from ${JSON.stringify(resolve('src/search/documents.ts'))};
import { SearchIndex } from ${JSON.stringify(resolve('src/search/engine.ts'))};
export { buildSearchDocs, SearchIndex };`,
    'iife',
  );
  const saved = JSON.stringify(SearchIndex.build(buildSearchDocs(records), synonyms).save());
  const input = `window.__benchInput = ${JSON.stringify({ records, synonyms, queries, saved })}`;
  const executablePath = findChromium();
  const browser = await chromium.launch({ headless: true, args: CHROMIUM_ARGS, ...(executablePath ? { executablePath } : {}) });
  /** A fresh page (own context) with the engine and the input loaded and the CPU slowed 4x. */
  const freshPage = async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.addScriptTag({ content: code });
    await page.evaluate(input);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    return { page, context };
  };
  try {
    // The page code is a string: tsx would otherwise wrap named functions in a helper the page does not have.
    const cold = { build: [] as number[], load: [] as number[] };
    for (let run = 0; run < COLD_RUNS; run++) {
      for (const how of ['build', 'load'] as const) {
        const { page, context } = await freshPage();
        cold[how].push(
          (await page.evaluate(`(() => {
            const { records, synonyms, queries, saved } = window.__benchInput;
            const { buildSearchDocs, SearchIndex } = window.SearchBench;
            const started = performance.now();
            const docs = buildSearchDocs(records);
            const index = ${how === 'load' ? 'SearchIndex.load(JSON.parse(saved), docs, synonyms)' : 'SearchIndex.build(docs, synonyms)'};
            index.search({ text: queries[0], limit: 10 });
            return performance.now() - started;
          })()`)) as number,
        );
        await context.close();
      }
    }
    const { page, context } = await freshPage();
    const timing = (await page.evaluate(`(() => {
      const { records, synonyms, queries } = window.__benchInput;
      const { buildSearchDocs, SearchIndex } = window.SearchBench;
      const index = SearchIndex.build(buildSearchDocs(records), synonyms);
      for (const q of queries) index.search({ text: q, limit: 10 });
      const times = [];
      for (let pass = 0; pass < 5; pass++) {
        for (const q of queries) {
          const t = performance.now();
          index.search({ text: q, limit: 10 });
          times.push(performance.now() - t);
        }
      }
      times.sort((a, b) => a - b);
      const at = (p) => times[Math.min(times.length - 1, Math.floor(p * times.length))];
      return { p50: at(0.5), p95: at(0.95), max: times[times.length - 1], samples: times.length };
    })()`)) as Pick<BrowserRun, 'p50' | 'p95' | 'max' | 'samples'>;
    await context.close();
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    return {
      firstRuns: COLD_RUNS,
      buildFirstMs: median(cold.build),
      loadFirstMs: median(cold.load),
      savedBytes: Buffer.byteLength(saved),
      savedGzipBytes: gzipSync(saved).length,
      ...timing,
    };
  } finally {
    await browser.close();
  }
}
