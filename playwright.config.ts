import { defineConfig } from '@playwright/test';
import { APP } from './app.config.ts';
import { CHROMIUM_ARGS, findChromium } from './test/e2e/browser.ts';

// The browser tests run against the production build (dist/) served with production headers, never the dev
// server, so the service worker, CSP and caching are the real ones. `npm test` builds first.
// Let the request guard (test/e2e/fixtures.ts) see the service worker's own requests too (Chromium only).
process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS ??= '1';

// E2E_PORT lets two checkouts run their browser tests side by side (update.spec uses the next port too).
const port = Number(process.env.E2E_PORT ?? APP.port);
const baseURL = `http://localhost:${port}`;

export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '**/*.spec.ts',
  timeout: 45_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: process.env.CI ? 1 : 2,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  use: {
    baseURL,
    browserName: 'chromium',
    serviceWorkers: 'allow',
    launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS },
    trace: 'off',
  },
  webServer: {
    command: `node --import tsx scripts/serve.ts --port ${port}`,
    url: `${baseURL}/index.html`,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
    stdout: 'ignore',
  },
});
