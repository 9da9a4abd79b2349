/**
 * The kill switch (SW-12): deploying `npm run kill-switch`'s sw.js removes the service worker and every cache
 * from a device that had the app, and the app then loads from the network. Runs its own server (the suite's port
 * + 2) whose root switches from dist/ to a copy with the kill switch.
 */
import { cpSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { APP } from '../../app.config.ts';
import { createStaticServer } from '../../scripts/lib/static-server.ts';
import { installKillSwitch } from '../../scripts/kill-switch.ts';
import { test, expect, waitForDirectory, waitForServiceWorkerControl } from './fixtures.ts';

const KILLED = 'test-results/dist-kill-switch';
const PORT = Number(process.env.E2E_PORT ?? APP.port) + 2;
let root = 'dist';
let server: Server;

test.beforeAll(async () => {
  rmSync(KILLED, { recursive: true, force: true });
  cpSync('dist', KILLED, { recursive: true });
  installKillSwitch(KILLED);
  server = createStaticServer(() => root);
  await new Promise<void>((resolve) => server.listen(PORT, '127.0.0.1', resolve));
});

test.afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  rmSync(KILLED, { recursive: true, force: true });
});

test.use({ baseURL: `http://localhost:${PORT}` });

test('deploying the kill switch removes the worker and every cache, and the app still loads from the network', async ({ page }) => {
  root = 'dist';
  await page.goto('/');
  await waitForDirectory(page);
  await waitForServiceWorkerControl(page);
  expect((await page.evaluate(() => caches.keys())).length).toBeGreaterThan(0);

  root = KILLED;
  await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));
  await expect.poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length), { timeout: 20_000 }).toBe(0);
  await expect.poll(() => page.evaluate(() => caches.keys())).toEqual([]);

  // The next visit (the kill switch still deployed) comes from the network with no worker in between; the saved
  // directory is still there.
  await page.reload();
  await waitForDirectory(page);
  expect(await page.evaluate(() => navigator.serviceWorker.controller)).toBeNull();
  await expect.poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length), { timeout: 20_000 }).toBe(0);
});
