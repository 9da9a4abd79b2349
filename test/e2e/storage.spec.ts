import { test, expect, waitForDirectory, waitForServiceWorkerControl } from './fixtures.ts';

test('"Storage and data" shows what is saved, and "Clear my data" leaves no database, cache, setting or worker (PRIV-5)', async ({ page, context }) => {
  await page.goto('/');
  await waitForDirectory(page);
  await waitForServiceWorkerControl(page);
  // Something of the person's own to clear too: a saved service.
  await page.locator('.service-card__name a').first().click();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('button', { name: 'Saved ✓' })).toBeVisible();
  await page.goto('/');
  await waitForDirectory(page);
  await page.getByRole('combobox', { name: 'Language', exact: true }).selectOption('en');

  await page.getByText('Storage and data').click();
  const version = await page.evaluate(async () => {
    const manifest = await (await fetch('/data/manifest.json')).json();
    return manifest.version as string;
  });
  await expect(page.locator('.storage-panel')).toContainText(version);
  await expect(page.locator('.storage-panel')).toContainText('English');
  await expect(page.locator('.storage-panel dd').nth(2)).toContainText(/MB/);

  const before = await page.evaluate(async () => ({
    databases: (await indexedDB.databases()).length,
    caches: (await caches.keys()).length,
    workers: (await navigator.serviceWorker.getRegistrations()).length,
    local: localStorage.length,
  }));
  expect(before.databases).toBeGreaterThan(0);
  expect(before.caches).toBeGreaterThan(0);
  expect(before.workers).toBe(1);
  expect(before.local).toBeGreaterThan(0);

  await page.getByRole('button', { name: 'Clear my data' }).click();
  await page.getByRole('button', { name: 'Yes, clear everything' }).click();
  await expect(page.getByText('Everything this app saved on this device has been removed.')).toBeVisible();
  const leftovers = () =>
    page.evaluate(async () => ({
      databases: (await indexedDB.databases()).map((d) => d.name),
      caches: await caches.keys(),
      workers: (await navigator.serviceWorker.getRegistrations()).length,
      local: localStorage.length,
      session: sessionStorage.length,
      cookie: document.cookie,
    }));
  const nothing = { databases: [], caches: [], workers: 0, local: 0, session: 0, cookie: '' };
  expect(await leftovers()).toEqual(nothing);
  expect(await context.cookies()).toEqual([]);
  // And the page still open does not quietly write anything back a moment later.
  await page.waitForTimeout(1500);
  expect(await leftovers()).toEqual(nothing);
});
