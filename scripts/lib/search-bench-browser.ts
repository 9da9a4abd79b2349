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
  /** First use of Intl.Segmenter on CJK and Khmer text (dictionary load). */
  readonly dictionaryMs: number;
  readonly docsMs: number;
  /** Loading the same index saved as JSON (parse + MiniSearch.loadJS + documents), instead of building it. */
  readonly loadMs: number;
  readonly savedBytes: number;
  readonly buildMs: number;
  readonly p50: number;
  readonly p95: number;
  readonly max: number;
  readonly samples: number;
}

export async function throttledBrowserRun(records: SearchRecords, synonyms: SynonymFiles, queries: readonly string[]): Promise<BrowserRun> {
  const code = await bundle(
    `import { buildSearchDocs } from ${JSON.stringify(resolve('src/search/documents.ts'))};
import { SearchIndex } from ${JSON.stringify(resolve('src/search/engine.ts'))};
export { buildSearchDocs, SearchIndex };`,
    'iife',
  );
  const executablePath = findChromium();
  const browser = await chromium.launch({ headless: true, args: CHROMIUM_ARGS, ...(executablePath ? { executablePath } : {}) });
  try {
    const page = await browser.newPage();
    await page.addScriptTag({ content: code });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    // The page code is a string: tsx would otherwise wrap named functions in a helper the page does not have.
    const saved = JSON.stringify(SearchIndex.build(buildSearchDocs(records), synonyms).save());
    await page.evaluate(`window.__benchInput = ${JSON.stringify({ records, synonyms, queries, saved })}`);
    return (await page.evaluate(`(() => {
      const { records, synonyms, queries, saved } = window.__benchInput;
      const { buildSearchDocs, SearchIndex } = window.SearchBench;
      const t0 = performance.now();
      // ICU loads its Chinese/Japanese and Khmer dictionaries on first use: part of a cold start.
      [...new Intl.Segmenter(undefined, { granularity: 'word' }).segment('公证欺诈 ការរំលោភ')];
      const started = performance.now();
      const docs = buildSearchDocs(records);
      const docsMs = performance.now() - started;
      const index = SearchIndex.build(docs, synonyms);
      const buildMs = performance.now() - started;
      const dictionaryMs = started - t0;
      const loadStarted = performance.now();
      SearchIndex.load(JSON.parse(saved), buildSearchDocs(records), synonyms);
      const loadMs = performance.now() - loadStarted;
      const savedBytes = saved.length;
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
      return { dictionaryMs, docsMs, buildMs, loadMs, savedBytes, p50: at(0.5), p95: at(0.95), max: times[times.length - 1], samples: times.length };
    })()`)) as BrowserRun;
  } finally {
    await browser.close();
  }
}
