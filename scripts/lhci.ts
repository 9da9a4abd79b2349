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
 * them. Neither is a devDependency (Lighthouse as one breaks npm ci). Not part of `npm test`: a performance
 * score depends on how busy the machine is.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
let status = 0;
try {
  for (const path of paths) {
    for (let i = 1; i <= runs; i++) {
      console.log(`Lighthouse ${path} (run ${i} of ${runs})`);
      const lighthouse = () =>
        run('npx', ['-y', LIGHTHOUSE, `${origin}${path}`, '--form-factor=mobile', '--output=json', `--output-path=.lighthouseci/lhr-${Date.now()}.json`, `--chrome-flags=${CHROME_FLAGS.join(' ')}`, '--quiet']);
      // Lighthouse sometimes fails to record a trace at all ("NO_NAVSTART"): that run says nothing about the app,
      // so it is made again once (a score is never retried: the assertions judge every recorded run).
      let code = await lighthouse();
      if (code !== 0) {
        console.log(`Lighthouse could not record ${path} (exit ${code}); once more`);
        code = await lighthouse();
      }
      if (code !== 0) throw new Error(`lighthouse exited with ${code} for ${path}`);
    }
  }
} finally {
  server.close();
}
// --performance-advisory (CI): the performance score is reported as a warning instead of failing. It depends on
// how fast the machine happens to be (Lighthouse's CPU benchmark swings 1,600-2,900 on the same machine kind, and
// the home screen with it from 87 to 100); every other assertion still fails the run.
let config = 'lighthouserc.json';
if (args.includes('--performance-advisory')) {
  const rc = JSON.parse(readFileSync(config, 'utf8')) as { ci: { assert: { assertions: Record<string, [string, unknown]> } } };
  const perf = rc.ci.assert.assertions['categories:performance']!;
  rc.ci.assert.assertions['categories:performance'] = ['warn', perf[1]];
  config = '.lighthouseci/lighthouserc.advisory.json';
  writeFileSync(config, JSON.stringify(rc));
}
status = await run('npx', ['-y', LHCI, 'assert', `--config=${config}`]);
const uploaded = await run('npx', ['-y', LHCI, 'upload', `--config=${config}`]);
console.log(`\nReports: test/lhci/ (assertions: .lighthouseci/assertion-results.json)`);
process.exit(status || uploaded);
