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

test('a damaged dataset update is refused and the stored directory stays as it was', async ({ page, context }) => {
  await page.goto('/');
  await waitForDirectory(page);
  const before = await page.evaluate(countStored);
  const cards = await page.locator('.service-card').count();

  // The server now announces a newer dataset whose download does not match its hash.
  // context.route: once the service worker controls the page, it makes the data requests.
  await context.route('**/data/manifest.json', async (route) => {
    const manifest = await (await route.fetch()).json();
    manifest.version = '2099-01-01.deadbeef';
    manifest.base = { ...manifest.base, url: '/data/en.0000000000.json' };
    await route.fulfill({ json: manifest });
  });
  await context.route('**/data/en.0000000000.json', (route) => route.fulfill({ body: '{"format":1,"services":[' }));
  await page.reload();
  await waitForDirectory(page);
  await expect(page.locator('.service-card')).toHaveCount(cards);
  expect(await page.evaluate(countStored)).toBe(before);
  await expect(page.getByRole('status').filter({ hasText: 'saved on this device' })).toBeVisible();
  await expect(page.getByText('The directory could not be updated right now. The saved copy is still here')).toBeVisible();
});

test('an update bigger than the storage left keeps the old directory and says the device is full', async ({ page, context, baseURL }) => {
  // Chromium lets a test set an origin's quota (DevTools protocol). It applies to storage opened after it is
  // set, so set it before the first visit: 2 MB holds the app and the directory, not a 6 MB update.
  const origin = new URL(baseURL!).origin;
  const cdp = await context.newCDPSession(page);
  await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: 2_000_000 });
  await page.goto('/');
  await waitForDirectory(page);
  const before = await page.evaluate(countStored);
  const cards = await page.locator('.service-card').count();

  // A valid, correctly hashed dataset far bigger than the quota.
  const manifest = await (await page.request.get('/data/manifest.json')).json();
  const base = await (await page.request.get(manifest.base.url)).json();
  const { createHash, randomBytes } = await import('node:crypto');
  // Random text: IndexedDB compresses values, so a repeated character would not fill anything.
  base.services = Array.from({ length: 400 }, (_, i) => ({
    ...base.services[i % base.services.length],
    id: `big-${i}`,
    description: randomBytes(7_500).toString('hex'),
    phones: undefined,
    schedules: undefined,
    attributes: undefined,
    languages: undefined,
    service_at_locations: undefined,
  })).map((s) => JSON.parse(JSON.stringify(s)));
  base.dataset.version = '2099-01-01.bbbbbbbb';
  const body = JSON.stringify(base);
  const big = { url: '/data/en.1111111111.json', bytes: Buffer.byteLength(body), sha256: createHash('sha256').update(body).digest('hex') };
  await context.route('**/data/manifest.json', (route) => route.fulfill({ json: { ...manifest, version: base.dataset.version, base: big } }));
  await context.route('**/data/en.1111111111.json', (route) => route.fulfill({ body, contentType: 'application/json' }));

  await page.reload();
  await waitForDirectory(page);
  // Downloading, checking and trying to write 6 MB takes a while on a busy 2-core CI machine.
  await expect(page.getByText('There is not enough space on this device to update the directory.')).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('.service-card')).toHaveCount(cards);
  expect(await page.evaluate(countStored)).toBe(before);
  await cdp.send('Storage.overrideQuotaForOrigin', { origin });
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

test('with no room even for the first copy, the app works online, says it cannot work offline, and its worker never half-installs', async ({ page, context, baseURL }) => {
  // 100 kB: less than the app's precache (the worker's install fails) and than the directory (IndexedDB refuses it).
  const origin = new URL(baseURL!).origin;
  const cdp = await context.newCDPSession(page);
  await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: 100_000 });
  await page.goto('/');
  await waitForDirectory(page);
  await expect(page.getByText('This device could not keep the app for offline use')).toBeVisible();
  expect(await page.evaluate(countStored)).toBe(0);
  // The failed install left no worker in charge and no half-filled precache that an offline visit would trust.
  await expect.poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.active ?? null)).toBeNull();
  expect(await page.evaluate(() => navigator.serviceWorker.controller)).toBeNull();
  await cdp.send('Storage.overrideQuotaForOrigin', { origin });
});

test('a directory last checked more than six months ago says so, with its date (IDB-10)', async ({ page }) => {
  await page.goto('/');
  await waitForDirectory(page);
  await expect(page.getByRole('note')).toHaveCount(0);
  // What a device that has been offline for a long time holds: the same version, checked long ago.
  await page.evaluate(() => new Promise<void>((resolve, reject) => {
    const open = indexedDB.open('la-directory');
    open.onsuccess = () => {
      const tx = open.result.transaction('meta', 'readwrite');
      const store = tx.objectStore('meta');
      const get = store.get('dataset');
      get.onsuccess = () => store.put({ ...get.result, info: { ...get.result.info, date: '2025-01-15' } }, 'dataset');
      tx.oncomplete = () => {
        open.result.close();
        resolve();
      };
      tx.onerror = () => reject(tx.error);
    };
  }));
  await page.reload();
  await waitForDirectory(page);
  await expect(page.getByRole('note')).toContainText('This information was last checked on January 15, 2025, more than six months ago.');
});

/** The stored dataset's version, read straight from IndexedDB. */
const storedVersion = () =>
  new Promise<string | undefined>((resolve, reject) => {
    const open = indexedDB.open('la-directory');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const req = open.result.transaction('meta').objectStore('meta').get('dataset');
      req.onsuccess = () => {
        open.result.close();
        resolve(req.result?.info?.version);
      };
      req.onerror = () => reject(req.error);
    };
  });

/** Serves a changed, correctly hashed copy of the directory as a newer version. Returns the renamed service's new name. */
async function announceNewVersion(page: import('@playwright/test').Page, version: string): Promise<string> {
  // context.route, not page.route: once the service worker controls the page, data requests go through it, and
  // only context-level routes see the worker's requests.
  const context = page.context();
  const manifest = await (await page.request.get('/data/manifest.json')).json();
  const base = await (await page.request.get(manifest.base.url)).json();
  const renamed = `Renamed in version ${version}`;
  base.services[0].name = renamed;
  base.dataset.version = version;
  const body = JSON.stringify(base);
  const { createHash } = await import('node:crypto');
  const file = { url: '/data/en.2222222222.json', bytes: Buffer.byteLength(body), sha256: createHash('sha256').update(body).digest('hex') };
  await context.route('**/data/manifest.json', (route) => route.fulfill({ json: { ...manifest, version, base: file } }));
  await context.route('**/data/en.2222222222.json', (route) => route.fulfill({ body, contentType: 'application/json' }));
  return renamed;
}

test('a newer directory replaces the stored one and the app says "Directory updated" with the date', async ({ page }) => {
  await page.goto('/');
  await waitForDirectory(page);
  const before = await page.evaluate(countStored);
  const renamed = await announceNewVersion(page, '2099-03-03.cccccccc');
  await page.reload();
  await expect(page.getByRole('status').filter({ hasText: /^Directory updated\. Information checked as of .+\d/ })).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('.service-card', { hasText: renamed })).toBeVisible();
  expect(await page.evaluate(storedVersion)).toBe('2099-03-03.cccccccc');
  expect(await page.evaluate(countStored)).toBe(before);
});

test('an update cut off in the middle of writing (aborted at the 10th record) leaves the old directory whole (IDB-3)', async ({ page }) => {
  await page.goto('/');
  await waitForDirectory(page);
  const before = await page.evaluate(countStored);
  const versionBefore = await page.evaluate(storedVersion);
  const firstCard = await page.locator('.service-card h3, .service-card h2').first().innerText();
  const renamed = await announceNewVersion(page, '2099-04-04.dddddddd');
  // From the next load on: the tenth record written into the services store kills the transaction, as a tab
  // closing or the browser giving up mid-write would. The directory is written by the dataset worker
  // (src/data/dataset-worker.ts), so the fault goes into every worker as it starts, and into the page (where the
  // app writes when workers are missing).
  const abortAtTenthPut = () => {
    let puts = 0;
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      const request = put.apply(this, args);
      if (this.name === 'services' && ++puts === 10) this.transaction.abort();
      return request;
    } as IDBObjectStore['put'];
  };
  await page.addInitScript(abortAtTenthPut);
  page.on('worker', (worker) => void worker.evaluate(abortAtTenthPut).catch(() => undefined));
  await page.reload();
  await expect(page.getByText('The directory could not be updated right now. The saved copy is still here')).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('.service-card', { hasText: renamed })).toHaveCount(0);
  await expect(page.locator('.service-card').first()).toContainText(firstCard);
  expect(await page.evaluate(countStored)).toBe(before);
  expect(await page.evaluate(storedVersion)).toBe(versionBefore);
});
