import { readFileSync } from 'node:fs';
import { test, expect, waitForServiceWorkerControl, waitForDirectory } from './fixtures.ts';

const baseDataset = JSON.parse(readFileSync('dist/data/manifest.json', 'utf8')) as { base: { url: string } };
const firstServiceName = (
  JSON.parse(readFileSync(`dist${baseDataset.base.url}`, 'utf8')) as { services: { name: string }[] }
).services
  .map((s) => s.name)
  .sort((a, b) => a.localeCompare(b))[0]!;

test('the service worker controls the page after the first load', async ({ page }) => {
  await page.goto('/');
  await waitForServiceWorkerControl(page);
  const scriptURL = await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL);
  expect(new URL(scriptURL!).pathname).toBe('/sw.js');
});

test('with the network off, a reload still shows the app and the directory from IndexedDB', async ({ page, context }) => {
  await page.goto('/');
  await waitForDirectory(page);
  await waitForServiceWorkerControl(page);
  // The data shown comes from IndexedDB, stored by the first visit.
  const stored = await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('la-directory');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const count = await new Promise<number>((resolve, reject) => {
      const req = db.transaction('services').objectStore('services').count();
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    db.close();
    return count;
  });
  expect(stored).toBeGreaterThan(0);

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('LA Help Directory');
  await expect(page.getByRole('heading', { level: 2, name: firstServiceName })).toBeVisible();
  await expect(page.locator('.service-card')).toHaveCount(stored);
  // A deep link opens the shell offline too.
  await page.goto('/some/deep/link');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await context.setOffline(false);
});

test('the web app manifest is valid and the app is installable', async ({ page, request }) => {
  await page.goto('/');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(href).toBe('/manifest.webmanifest');
  const response = await request.get(href!);
  expect(response.ok()).toBe(true);
  expect(response.headers()['content-type']).toContain('application/manifest+json');
  const manifest = await response.json();
  expect(manifest).toMatchObject({
    name: 'LA Help Directory',
    short_name: 'LA Help',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    lang: 'en',
    dir: 'ltr',
  });
  expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/i);
  expect(manifest.background_color).toMatch(/^#[0-9a-f]{6}$/i);

  const icons = manifest.icons as { src: string; sizes: string; type: string; purpose?: string }[];
  for (const size of ['192x192', '512x512']) expect(icons.some((i) => i.sizes === size && i.purpose !== 'maskable')).toBe(true);
  expect(icons.some((i) => i.purpose?.split(' ').includes('maskable'))).toBe(true);
  for (const icon of icons) {
    const img = await request.get(icon.src);
    expect(img.ok(), icon.src).toBe(true);
    expect(img.headers()['content-type']).toBe(icon.type);
    // The PNG's own header says its size (bytes 16-23: width, height).
    const body = await img.body();
    const [w, h] = [body.readUInt32BE(16), body.readUInt32BE(20)];
    expect(`${w}x${h}`).toBe(icon.sizes);
  }

  // Installability also needs a service worker with a fetch handler controlling the start URL.
  await waitForServiceWorkerControl(page);
  const sw = await (await request.get('/sw.js')).text();
  expect(sw).toMatch(/addEventListener\(\s*["'`]fetch["'`]/);
  expect(await page.evaluate(() => navigator.serviceWorker.getRegistration('/').then((r) => r?.active?.state))).toBe('activated');
});

test('switching to Farsi or Arabic sets dir="rtl" and lang on <html>, and back to English restores ltr', async ({ page }) => {
  await page.goto('/');
  await waitForDirectory(page);
  const picker = page.getByRole('combobox', { name: 'Language', exact: true });
  await picker.selectOption('fa');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fa');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('راهنمای کمک لس‌آنجلس');

  await page.getByRole('combobox', { name: 'زبان', exact: true }).selectOption('ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');

  await page.getByRole('combobox', { name: 'اللغة', exact: true }).selectOption('en');
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  // The choice is remembered on this device.
  await page.getByRole('combobox', { name: 'Language', exact: true }).selectOption('ar');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
});

test('no request leaves the origin during a whole visit, offline reload included', async ({ page, context, guard }) => {
  await page.goto('/');
  await waitForDirectory(page);
  await waitForServiceWorkerControl(page);
  await page.getByRole('combobox', { name: 'Language', exact: true }).selectOption('es');
  await context.setOffline(true);
  await page.reload();
  await waitForDirectory(page);
  await context.setOffline(false);
  // The guard fixture fails the test on any off-origin request; make sure it really saw this visit's traffic.
  expect(guard.requests.some((u) => u.endsWith('/data/manifest.json'))).toBe(true);
  expect(guard.requests.some((u) => /\/assets\/locales\/es\/common-[\w-]+\.json$/.test(u))).toBe(true);
});
