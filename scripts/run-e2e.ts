/**
 * npm run test:e2e — the Playwright browser tests against dist/. Checks first that there is a build and a
 * Chromium, and says how to get either when missing.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from '../test/e2e/browser.ts';

if (process.argv.includes('--help')) {
  console.log('Usage: npm run test:e2e [-- playwright options]   (needs `npm run build` first; see test/e2e/browser.ts)');
  process.exit(0);
}
if (!existsSync('dist/index.html')) {
  console.error('dist/ is missing: run `npm run build` first (npm test does this for you).');
  process.exit(1);
}
try {
  const found = findChromium();
  console.log(`Browser tests use ${found ?? "Playwright's own Chromium"}`);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
const result = spawnSync(process.execPath, ['node_modules/@playwright/test/cli.js', 'test', ...process.argv.slice(2)], {
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
