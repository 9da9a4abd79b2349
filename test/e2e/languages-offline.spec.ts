import { readFileSync } from 'node:fs';
import { test, expect, waitForDirectory, waitForServiceWorkerControl } from './fixtures.ts';

const manifest = JSON.parse(readFileSync('dist/data/manifest.json', 'utf8')) as { locales: Record<string, { bytes: number }> };

const keptLocales = () =>
  new Promise<string[]>((resolve, reject) => {
    const open = indexedDB.open('la-directory');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const req = open.result.transaction('locales').objectStore('locales').getAllKeys();
      req.onsuccess = () => {
        open.result.close();
        resolve(req.result.map(String));
      };
    };
  });

test('a language downloads with a real progress bar, can be cancelled (nothing kept), and is then kept offline', async ({ page, context }) => {
  test.skip(!manifest.locales.vi, 'needs Vietnamese data translations');
  await page.goto('/');
  await waitForDirectory(page);
  await page.getByText('Storage and data').click();
  const download = page.getByRole('button', { name: 'Download Tiếng Việt' });
  await expect(download).toBeEnabled();

  // Slow network (DevTools protocol) so the transfer can be watched and cancelled part-way.
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 50, downloadThroughput: 8 * 1024, uploadThroughput: 8 * 1024 });
  await download.click();
  const bar = page.getByRole('progressbar', { name: /Downloading Tiếng Việt/ });
  await expect(bar).toBeVisible();
  await expect.poll(async () => Number(await bar.getAttribute('value'))).toBeGreaterThan(0);
  expect(Number(await bar.getAttribute('max'))).toBe(manifest.locales.vi!.bytes);
  await page.getByRole('button', { name: 'Cancel' }).first().click();
  await expect(page.getByText('Download of Tiếng Việt cancelled. Nothing was saved.')).toBeVisible();
  expect(await page.evaluate(keptLocales)).not.toContain('vi');

  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
  await page.getByRole('button', { name: 'Download Tiếng Việt' }).click();
  await expect(page.getByText('Tiếng Việt is saved for offline use.')).toBeVisible();
  expect(await page.evaluate(keptLocales)).toContain('vi');
});

test('offline, switching to a language that is not saved says so and offers English', async ({ page, context }) => {
  test.skip(!manifest.locales.ko, 'needs Korean data translations');
  await page.goto('/');
  await waitForDirectory(page);
  await waitForServiceWorkerControl(page);
  await context.setOffline(true);
  await page.getByRole('combobox', { name: 'Language', exact: true }).selectOption('ko');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  const notice = page.locator('.notice--languageNotSaved');
  await expect(notice).toBeVisible();
  await notice.getByRole('button').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('.notice--languageNotSaved')).toHaveCount(0);
  await context.setOffline(false);
});
