/**
 * Lighthouse (mobile: emulated mid-range phone, simulated 4x CPU and slow 4G; performance, accessibility, best
 * practices, SEO) against the production build, served gzipped as a host would, with the
 * local Chromium. Three runs per page; the median is reported, since one run on a busy 2-core machine is noisy.
 * Reports are written to test/lighthouse/ and never uploaded. Run `npm run build` first.
 *
 *   npm run lighthouse [-- --runs 3] [--min 98]
 *
 * Lighthouse is fetched with npx (pinned 12.8.2): as a devDependency it breaks `npm ci` on this toolchain.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createStaticServer } from './lib/static-server.ts';
import { findChromium } from '../test/e2e/browser.ts';
import { CHROME_FLAGS, LIGHTHOUSE, auditedPages } from './lib/lighthouse-setup.ts';
import { firstViewFiles, gzipSize } from './lib/first-view.ts';

const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  console.log('Usage: npm run lighthouse [-- --runs 3] [--min 98]   (after npm run build; reports in test/lighthouse/)');
  process.exit(0);
}
const option = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1]! : fallback;
};
const runs = Number(option('runs', '3'));
const min = Number(option('min', '98'));
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const outDir = resolve('test/lighthouse');

if (!existsSync('dist/index.html')) {
  console.error('dist/ is missing: run `npm run build` first.');
  process.exit(1);
}
const chrome = findChromium();
if (!chrome) {
  console.error('No Chromium found: set PLAYWRIGHT_CHROMIUM_EXECUTABLE or install Debian\'s chromium.');
  process.exit(1);
}

const pages = auditedPages();

const server = createStaticServer(() => resolve('dist'));
await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
const port = (server.address() as { port: number }).port;
mkdirSync(outDir, { recursive: true });

function lighthouse(url: string, outPath: string): Promise<Record<string, number>> {
  return new Promise((done, fail) => {
    const child = spawn(
      'npx',
      ['-y', LIGHTHOUSE, url, '--form-factor=mobile', `--only-categories=${CATEGORIES.join(',')}`, `--chrome-flags=${CHROME_FLAGS.join(' ')}`,
        '--output=json', '--output=html', `--output-path=${outPath}`, '--quiet'],
      { env: { ...process.env, CHROME_PATH: chrome! }, stdio: ['ignore', 'inherit', 'inherit'] },
    );
    child.on('error', fail);
    child.on('exit', (code) => {
      if (code !== 0) return fail(new Error(`lighthouse exited with ${code} for ${url}`));
      const report = JSON.parse(readFileSync(`${outPath}.report.json`, 'utf8')) as {
        categories: Record<string, { score: number }>;
        environment: { benchmarkIndex: number };
      };
      done({
        ...Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((report.categories[c]?.score ?? 0) * 100)])),
        benchmark: Math.round(report.environment.benchmarkIndex),
      });
    });
  });
}

/** The first-view JS (gzip) of this build, counted as the size report counts it. */
const firstViewJs = `${(firstViewFiles('dist').js.reduce((sum, src) => sum + gzipSize(`dist${src}`), 0) / 1024).toFixed(1)} KB gzip`;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const lines = ['# Lighthouse', '', `Lighthouse 12.8.2, mobile, ${runs} runs per page, median score. Written by \`npm run lighthouse\` on ${new Date().toISOString().slice(0, 10)}.`, '', '| page | performance | accessibility | best practices | SEO | runs: perf (CPU benchmark) | first-view JS |', '|---|---|---|---|---|---|---|'];
let failed = false;
try {
  for (const [name, path] of pages) {
    const scores: Array<Record<string, number>> = [];
    for (let run = 1; run <= runs; run++) {
      const result = await lighthouse(`http://127.0.0.1:${port}${path}`, `${outDir}/${name}-${run}`);
      console.log(`${name} run ${run}: ${CATEGORIES.map((c) => `${c} ${result[c]}`).join(', ')} (CPU benchmark ${result.benchmark})`);
      scores.push(result);
    }
    const med = Object.fromEntries(CATEGORIES.map((c) => [c, median(scores.map((s) => s[c]!))]));
    for (const c of CATEGORIES) if (med[c]! < min) failed = true;
    lines.push(`| ${name} (\`${path}\`) | ${med.performance} | ${med.accessibility} | ${med['best-practices']} | ${med.seo} | ${scores.map((s) => `${s.performance} (${s.benchmark})`).join(', ')} | ${firstViewJs} |`);
  }
} finally {
  server.close();
}
lines.push(
  '',
  `Lighthouse simulates a phone by multiplying the CPU time it observes by 4: on a busy machine (a CPU benchmark under ~1000; an idle desktop scores ~2000 or more) every task looks longer and the performance score drops through Total Blocking Time alone. Compare runs made at a similar benchmark.`,
);
writeFileSync(`${outDir}/summary.md`, `${lines.join('\n')}\n`);
console.log(`\n${lines.join('\n')}\n\nReports: ${outDir}/`);
if (failed) {
  console.error(`A median score is below ${min}.`);
  process.exit(1);
}

