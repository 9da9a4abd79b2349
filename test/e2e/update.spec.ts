/**
 * Build A -> build B: a new version never reloads the page by itself; the toast offers it; accepting reloads
 * exactly once, under the new worker; one precache remains. Runs its own server (the port after the suite's) whose root switches
 * from dist/ (A) to a copy of it changed like a new deploy (B).
 */
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { APP } from '../../app.config.ts';
import { createStaticServer } from '../../scripts/lib/static-server.ts';
import type { Page, Response } from '@playwright/test';
import { test, expect, waitForDirectory, waitForServiceWorkerControl } from './fixtures.ts';

const A = 'dist';
const B = 'test-results/dist-b';
/** B as it is served after the deploy removed the old version's hashed files (here: all of them). */
const B_WITHOUT_OLD_FILES = 'test-results/dist-b-pruned';
let root = A;
let server: Server;
const PORT = Number(process.env.E2E_PORT ?? APP.port) + 1;

test.beforeAll(async () => {
  rmSync(B, { recursive: true, force: true });
  cpSync(A, B, { recursive: true });
  // What a deploy changes: the shell's content and therefore its precache revision, and so sw.js itself.
  writeFileSync(`${B}/index.html`, readFileSync(`${B}/index.html`, 'utf8').replace('<head>', '<head>\n    <meta name="build" content="B" />'));
  const sw = readFileSync(`${B}/sw.js`, 'utf8');
  const next = sw.replace(/("revision":")[0-9a-f]+(","url":"index\.html")/, '$1bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb$2');
  expect(next).not.toBe(sw);
  writeFileSync(`${B}/sw.js`, next);
  rmSync(B_WITHOUT_OLD_FILES, { recursive: true, force: true });
  cpSync(B, B_WITHOUT_OLD_FILES, { recursive: true });
  rmSync(`${B_WITHOUT_OLD_FILES}/assets`, { recursive: true });
  server = createStaticServer(() => root);
  await new Promise<void>((resolve) => server.listen(PORT, '127.0.0.1', resolve));
});

test.afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  rmSync(B, { recursive: true, force: true });
  rmSync(B_WITHOUT_OLD_FILES, { recursive: true, force: true });
});

const english = JSON.parse(readFileSync('locales/en/common.json', 'utf8')) as Record<string, Record<string, string>>;
const dataManifest = JSON.parse(readFileSync('dist/data/manifest.json', 'utf8')) as { base: { url: string } };
const firstService = (JSON.parse(readFileSync(`dist${dataManifest.base.url}`, 'utf8')) as { services: { id: string; name: string }[] }).services[0]!;

/** Follows a link inside the app (no page load), as a person tapping through the open tab would. */
async function follow(page: Page, path: string) {
  await page.evaluate((href) => {
    const link = document.createElement('a');
    link.href = href;
    document.body.append(link);
    link.click();
    link.remove();
  }, path);
}

test.use({ baseURL: `http://localhost:${PORT}` });

test('a new version waits for consent, then reloads exactly once under the new worker', async ({ page }) => {
  expect((server.address() as AddressInfo).port).toBe(PORT);
  root = A;
  await page.goto('/');
  await waitForDirectory(page);
  await waitForServiceWorkerControl(page);
  let loads = 0;
  page.on('load', () => loads++);

  root = B; // deploy
  await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));
  const toast = page.getByRole('status').filter({ hasText: 'A new version of this app is ready.' });
  await expect(toast).toBeVisible();
  // No reload without consent, and the old page keeps working (its lazy language files come from its cache).
  await page.waitForTimeout(1000);
  expect(loads).toBe(0);
  await expect(page.locator('meta[name="build"]')).toHaveCount(0);
  await page.getByRole('combobox', { name: 'Language', exact: true }).selectOption('es');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Directorio de Ayuda de LA');
  await page.getByRole('combobox', { name: 'Idioma', exact: true }).selectOption('en');

  // The deploy removed the old version's files from the server: the old tab still opens every lazily loaded
  // screen, from its own precache (SW-5).
  root = B_WITHOUT_OLD_FILES;
  const screens: [string, string][] = [
    [`/service/${firstService.id}`, firstService.name],
    ['/saved', english.favorites!.title!],
    ['/about', english.about!.title!],
    ['/safety', english.safety!.title!],
    ['/outreach', english.outreach!.title!],
    ['/print/key-numbers', english.handout!.keyNumbers!],
  ];
  const chunks: { url: string; fromWorker: boolean; status: number }[] = [];
  const onResponse = (response: Response) => {
    if (new URL(response.url()).pathname.startsWith('/assets/')) chunks.push({ url: response.url(), fromWorker: response.fromServiceWorker(), status: response.status() });
  };
  page.on('response', onResponse);
  for (const [path, heading] of screens) {
    await follow(page, path);
    await expect(page.getByRole('heading', { level: 1, name: heading }), path).toBeVisible();
  }
  page.off('response', onResponse);
  // Those screens did need files the server no longer has (so this proves something), and got them all.
  expect(chunks.length).toBeGreaterThan(0);
  expect(chunks.filter((c) => !c.fromWorker || c.status !== 200)).toEqual([]);
  await follow(page, '/');
  expect(loads).toBe(0);
  root = B;

  await page.getByRole('button', { name: 'Update' }).click();
  await expect(page.locator('meta[name="build"]')).toHaveAttribute('content', 'B');
  await waitForDirectory(page);
  await page.waitForTimeout(2000);
  expect(loads).toBe(1);
  const cacheNames: string[] = await page.evaluate(() => caches.keys());
  expect(cacheNames.filter((name) => name.includes('precache'))).toHaveLength(1);
  expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toBe(`http://localhost:${PORT}/sw.js`);
});
