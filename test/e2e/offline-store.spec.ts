import { test, expect, waitForDirectory, waitForServiceWorkerControl } from './fixtures.ts';

const countStored = () =>
  new Promise<number>((resolve, reject) => {
    const open = indexedDB.open('la-directory');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const req = open.result.transaction('services').objectStore('services').count();
      req.onsuccess = () => {
        open.result.close();
        resolve(req.result);
      };
      req.onerror = () => reject(req.error);
    };
  });

test('a damaged dataset update is refused and the stored directory stays as it was', async ({ page }) => {
  await page.goto('/');
  await waitForDirectory(page);
  const before = await page.evaluate(countStored);
  const cards = await page.locator('.service-card').count();

  // The server now announces a newer dataset whose download does not match its hash.
  await page.route('**/data/manifest.json', async (route) => {
    const manifest = await (await route.fetch()).json();
    manifest.version = '2099-01-01.deadbeef';
    manifest.base = { ...manifest.base, url: '/data/en.0000000000.json' };
    await route.fulfill({ json: manifest });
  });
  await page.route('**/data/en.0000000000.json', (route) => route.fulfill({ body: '{"format":1,"services":[' }));
  await page.reload();
  await waitForDirectory(page);
  await expect(page.locator('.service-card')).toHaveCount(cards);
  expect(await page.evaluate(countStored)).toBe(before);
  await expect(page.getByRole('status').filter({ hasText: 'saved on this device' })).toBeVisible();
});

test('when IndexedDB cannot be used, the directory still shows and the app says nothing is saved', async ({ page }) => {
  await page.addInitScript(() => {
    // What private modes and disabled storage look like to the page.
    IDBFactory.prototype.open = function () {
      throw new DOMException('A mutation operation was attempted on a database that did not allow mutations.', 'InvalidStateError');
    };
  });
  await page.goto('/');
  await waitForDirectory(page);
  await expect(page.getByText('This browser does not let the app save anything')).toBeVisible();
});

test('if the browser evicted the stored data, the next online start downloads it again by itself', async ({ page, context }) => {
  await page.goto('/');
  await waitForDirectory(page);
  await waitForServiceWorkerControl(page);
  const before = await page.evaluate(countStored);
  // Eviction: the database is gone (the service worker and its caches may survive, as in Safari's 7-day rule).
  await page.evaluate(() => new Promise<void>((resolve, reject) => {
    const req = indexedDB.deleteDatabase('la-directory');
    req.onsuccess = () => resolve();
    req.onerror = () => reject(req.error);
    req.onblocked = () => resolve();
  }));
  const second = await context.newPage();
  await page.close();
  await second.goto('/');
  await waitForDirectory(second);
  expect(await second.evaluate(countStored)).toBe(before);
});
