/**
 * PRIV-1, PRIV-3, PRIV-4, SEC-2 over a whole session in which the person saves nothing: what is on the device
 * afterwards is the public directory, the app's own files and the language setting — no cookie, no search, no
 * visited page — and nothing was sent anywhere else (the guard of fixtures.ts fails the test on any request to
 * another origin, from the page or the service worker, and on any CSP violation).
 */
import { test, expect, waitForDirectory, waitForServiceWorkerControl } from './fixtures.ts';

/** Words typed into search in this session: they must not be stored anywhere. */
const QUERY = 'eviction zqxwv';

test('after a session with nothing saved, the device holds only the public directory and the language setting, and no cookie', async ({ page, context, guard }) => {
  await page.goto('/');
  await waitForDirectory(page);
  await waitForServiceWorkerControl(page);

  // A resident's session: search, a category, a service, the information pages, another language and back.
  const firstService = await page.locator('.service-card__name a').first().getAttribute('href');
  await page.getByRole('searchbox', { name: 'Search for help' }).fill(QUERY);
  await expect(page).toHaveURL(/q=eviction/);
  await expect(page.getByRole('status').filter({ hasText: /result/ })).toBeVisible();
  await page.goto('/?category=hotlines');
  await page.goto(firstService!);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const serviceId = firstService!.split('/').pop()!;
  for (const path of ['/about', '/safety', '/outreach', '/saved']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  }
  await page.goto('/');
  await page.getByRole('combobox', { name: 'Language', exact: true }).selectOption('es');
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await page.getByRole('combobox', { name: 'Idioma', exact: true }).selectOption('en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  // The choice reaches the service worker's copy of the setting too (written asynchronously).
  await expect.poll(() => page.evaluate(async () => (await (await caches.open('la-help-settings')).match('/settings/language'))?.text())).toBe('en');

  // PRIV-3: no cookie, from the server or from script.
  expect(await context.cookies()).toEqual([]);
  expect(await page.evaluate(() => document.cookie)).toBe('');

  const stored = await page.evaluate(async () => {
    const local = Object.fromEntries(Object.entries(localStorage));
    const session = Object.keys(sessionStorage);
    const databases = (await indexedDB.databases()).map((d) => d.name);
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('la-directory');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const stores: Record<string, { keys: string[]; json: string }> = {};
    for (const name of [...db.objectStoreNames]) {
      const store = db.transaction(name).objectStore(name);
      const [keys, values] = await Promise.all(
        [store.getAllKeys(), store.getAll()].map((req) => new Promise<unknown[]>((resolve) => (req.onsuccess = () => resolve(req.result)))),
      );
      stores[name] = { keys: keys!.map(String), json: JSON.stringify(values) };
    }
    db.close();
    const cached: string[] = [];
    for (const name of await caches.keys()) {
      for (const request of await (await caches.open(name)).keys()) cached.push(`${name} ${new URL(request.url).pathname}${new URL(request.url).search}`);
    }
    return { local, session, databases, stores, cached, cacheNames: await caches.keys() };
  });

  // localStorage: the language setting, nothing else.
  expect(stored.local).toEqual({ lang: 'en' });
  expect(stored.session).toEqual([]);
  // IndexedDB: one database; the directory stores hold the public dataset, the favorites store is empty.
  expect(stored.databases).toEqual(['la-directory']);
  expect(Object.keys(stored.stores).sort()).toEqual(['favorites', 'locales', 'locations', 'meta', 'organizations', 'services', 'taxonomy']);
  expect(stored.stores.favorites!.keys).toEqual([]);
  expect(stored.stores.meta!.keys).toEqual(['dataset']);
  // The public translations of the directory for the language used in this session.
  // (Only if its download finished before the switch back to English: either way, nothing else.)
  expect(['es']).toEqual(expect.arrayContaining(stored.stores.locales!.keys));
  const allStored = JSON.stringify(stored);
  expect(allStored).not.toContain('zqxwv');
  // The visited service is stored as one record among all the others, never as "last seen".
  expect(stored.stores.meta!.json).not.toContain(serviceId);
  // Cache Storage: the app's own files (the precache, with the start screen in each language), no visited page, no
  // query; and the language setting again, for the service worker (src/i18n/chosen-language.ts), nothing else.
  expect(stored.cacheNames.every((name) => name.startsWith('workbox-precache') || name === 'la-help-settings')).toBe(true);
  const settings = stored.cached.filter((entry) => entry.startsWith('la-help-settings '));
  expect(settings).toEqual(['la-help-settings /settings/language']);
  for (const entry of stored.cached.filter((e) => !settings.includes(e))) {
    expect(entry).toMatch(/ \/(?:index\.html|shell\/[\w-]+\.html|manifest\.webmanifest|assets\/[\w./-]+|data\/en\.[0-9a-f]{10}\.json|icons\/[\w.-]+)(?:\?__WB_REVISION__=\w+)?$/);
  }

  // The guard saw this session's traffic, the service worker's included (so "nothing off-origin" means something).
  expect(guard.requests.some((u) => u.endsWith('/sw.js'))).toBe(true);
  expect(guard.requests.filter((u) => u.includes('/assets/')).length).toBeGreaterThan(5);
  expect(guard.offOrigin).toEqual([]);
  expect(guard.cspViolations).toEqual([]);
});

test.describe('with the service worker blocked', () => {
  // PRIV-1's second run: what the page itself requests, every request visible to the guard, none cached away.
  test.use({ serviceWorkers: 'block' });

  test('a session asks nothing of any other origin', async ({ page, guard }) => {
    await page.goto('/');
    await waitForDirectory(page);
    const service = await page.locator('.service-card__name a').first().getAttribute('href');
    for (const path of ['/?q=housing', '/?category=hotlines', service!, '/about', '/safety', '/outreach', '/saved', '/?lang=ar']) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
    }
    expect(await page.evaluate(() => navigator.serviceWorker.controller)).toBeNull();
    expect(guard.requests.some((u) => u.endsWith('/data/manifest.json'))).toBe(true);
    expect(guard.requests.filter((u) => u.includes('/assets/')).length).toBeGreaterThan(5);
    expect(guard.offOrigin).toEqual([]);
  });
});
