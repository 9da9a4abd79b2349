/**
 * npm run size (also runs after `npm run build`) — what a phone downloads:
 *   - first view: the JS and CSS that index.html loads (scripts + modulepreloads), gzip;
 *   - the whole precache (what "works offline after one visit" costs), raw and gzip.
 * Fails when the first-view JS is over budget, when the precache is over budget, lists a file the build lacks,
 * leaves out a file the app needs offline (every JS, CSS, HTML and UI locale file; none dropped for its size), or
 * lists the service worker itself (SW-8).
 */
import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { firstViewFiles, gzipSize } from './lib/first-view.ts';

export const FIRST_VIEW_JS_BUDGET = 32 * 1024;
/** Everything a first visit stores for offline use (app, UI strings of all languages, the English directory). */
export const PRECACHE_GZIP_BUDGET = 400 * 1024;
const FIRST_VIEW_JS_GOAL = 30 * 1024;

const dir = process.argv.find((a, i) => i > 1 && !a.startsWith('-')) ?? 'dist';
if (process.argv.includes('--help')) {
  console.log('Usage: npm run size [-- DIR]   (default dist/; fails if first-view JS > 32 KB gzip)');
  process.exit(0);
}
if (!existsSync(join(dir, 'index.html'))) {
  console.error(`${dir}/index.html not found: run \`npm run build\` first.`);
  process.exit(1);
}

const raw = (path: string) => readFileSync(path).length;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

const { js: firstJs, css: firstCss } = firstViewFiles(dir);
const jsGzip = firstJs.reduce((sum, r) => sum + gzipSize(join(dir, r)), 0);
const cssGzip = firstCss.reduce((sum, r) => sum + gzipSize(join(dir, r)), 0);

const sw = readFileSync(join(dir, 'sw.js'), 'utf8');
const precached = [...new Set([...sw.matchAll(/"?url"?\s*:\s*"([^"]+)"/g)].map((m) => m[1]!.replace(/^\//, '')))];
const missing = precached.filter((u) => !existsSync(join(dir, u)));
const files = (d: string): string[] =>
  readdirSync(join(dir, d)).flatMap((f) => (statSync(join(dir, d, f)).isDirectory() ? files(join(d, f)) : [join(d, f)]));
// Data payloads of other languages are downloaded on demand into IndexedDB, and the data manifest is always
// fetched fresh; everything else the app loads must work offline.
const needed = files('').filter((f) => /\.(?:js|css|html|json)$/.test(f) && f !== 'sw.js' && !f.startsWith('data/'));
const notPrecached = needed.filter((f) => !precached.includes(f));
const precacheRaw = precached.reduce((s, u) => s + (existsSync(join(dir, u)) ? raw(join(dir, u)) : 0), 0);
const precacheGzip = precached.reduce((s, u) => s + (existsSync(join(dir, u)) ? gzipSize(join(dir, u)) : 0), 0);
const swGzip = gzipSize(join(dir, 'sw.js'));

console.log('\nSize report (gzip -9)');
for (const r of firstJs) console.log(`  first view JS   ${r.padEnd(44)} ${kb(gzipSize(join(dir, r)))}`);
for (const r of firstCss) console.log(`  first view CSS  ${r.padEnd(44)} ${kb(gzipSize(join(dir, r)))}`);
console.log(`  first view JS total: ${kb(jsGzip)} (budget ${kb(FIRST_VIEW_JS_BUDGET)}, goal ${kb(FIRST_VIEW_JS_GOAL)}); CSS ${kb(cssGzip)}`);
console.log(`  service worker: ${kb(swGzip)}`);
console.log(`  precache: ${precached.length} files, ${kb(precacheRaw)} raw, ${kb(precacheGzip)} gzip (budget ${kb(PRECACHE_GZIP_BUDGET)}); all ${needed.length} app files included`);

// Per language: what choosing it downloads (UI strings; the directory's translated data, kept offline on request).
const localeDirs = existsSync(join(dir, 'assets/locales')) ? readdirSync(join(dir, 'assets/locales')).sort() : [];
if (localeDirs.length) {
  console.log('  per language (gzip): UI common + search + translator files | data (en: the directory itself; others: its translations)');
  for (const code of localeDirs) {
    const ui = readdirSync(join(dir, 'assets/locales', code)).sort();
    const part = (ns: string) => {
      const f = ui.find((n) => n.startsWith(`${ns}-`));
      return f ? kb(gzipSize(join(dir, 'assets/locales', code, f))) : '-';
    };
    const data = readdirSync(join(dir, 'data')).find((f) => f.startsWith(`${code}.`) && f !== 'manifest.json');
    console.log(
      `    ${code.padEnd(8)} UI ${part('common').padStart(8)} + ${part('search').padStart(7)} + ${part('translator').padStart(7)} | data ${data ? kb(gzipSize(join(dir, 'data', data))) : '-'}`,
    );
  }
}

let failed = false;
if (!firstJs.length) {
  console.error('error: index.html loads no JS: the size report cannot find the entry');
  failed = true;
}
if (jsGzip > FIRST_VIEW_JS_BUDGET) {
  console.error(`error: first-view JS is ${kb(jsGzip)} gzip, over the ${kb(FIRST_VIEW_JS_BUDGET)} budget: lazy-load what the first screen does not need`);
  failed = true;
}
if (notPrecached.length) {
  console.error(`error: these files are not in the precache, so they would not work offline: ${notPrecached.join(', ')}`);
  failed = true;
}
if (precached.includes('sw.js')) {
  console.error('error: the service worker precaches itself (it must always be checked on the network)');
  failed = true;
}
if (precacheGzip > PRECACHE_GZIP_BUDGET) {
  console.error(`error: the precache is ${kb(precacheGzip)} gzip, over the ${kb(PRECACHE_GZIP_BUDGET)} budget`);
  failed = true;
}
if (missing.length) {
  console.error(`error: the precache lists files that are not in ${dir}/: ${missing.join(', ')}`);
  failed = true;
}
process.exit(failed ? 1 : 0);
