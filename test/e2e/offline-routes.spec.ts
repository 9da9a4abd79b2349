/**
 * After one visit, every screen opens with the network off, in every language the person keeps (SW-1); a repeat
 * visit takes the app from the precache, not the network (SW-2); and the service worker's app-shell fallback never
 * answers for the worker itself, the data or any file (SW-10).
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, waitForDirectory, waitForServiceWorkerControl } from './fixtures.ts';

const manifest = JSON.parse(readFileSync('dist/data/manifest.json', 'utf8')) as { base: { url: string }; locales: Record<string, unknown> };
const base = JSON.parse(readFileSync(`dist${manifest.base.url}`, 'utf8')) as { services: { id: string; name: string }[]; taxonomy: { code: string }[] };
const serviceId = base.services[0]!.id;
const categoryCode = base.taxonomy[0]!.code;

/** The app's screens, as a resident reaches them by link or by typing the address. */
const ROUTES = [
  '/',
  '/?q=fraud',
  `/?category=${categoryCode}`,
  `/service/${serviceId}`,
  '/saved',
  '/about',
  '/safety',
  '/outreach',
  '/print/key-numbers',
  `/print/service/${serviceId}`,
];

/** The service's name as the data says it in `lang` (its translation, else the English). */
const serviceName = (lang: string): string => {
  const file = (manifest.locales as Record<string, { url: string }>)[lang];
  const entries = file ? (JSON.parse(readFileSync(`dist${file.url}`, 'utf8')) as { entries: Record<string, { name?: { text: string } }> }).entries : {};
  return entries[serviceId]?.name?.text ?? base.services[0]!.name;
};

const loadingText = (lang: string): string =>
  (JSON.parse(readFileSync(`locales/${lang}/common.json`, 'utf8')) as { status: { loading: string } }).status.loading;

/** What a screen shows once loaded: its main heading, how many services it lists, the page's language and direction. */
async function screen(page: Page, route: string, lang: string) {
  if (route === '/' || route.startsWith('/?')) await expect(page.locator('main a[href^="/service/"]').first()).toBeVisible();
  await expect(page.locator('h1').first()).toBeVisible();
  await expect(page.locator('body')).not.toContainText(loadingText(lang));
  return page.evaluate(() => ({
    heading: document.querySelector('h1')?.textContent?.trim(),
    services: document.querySelectorAll('main a[href^="/service/"]').length,
    lang: document.documentElement.lang,
    dir: document.documentElement.dir,
  }));
}

const keptLocales = () =>
  new Promise<string[]>((resolve, reject) => {
    const open = indexedDB.open('la-directory');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const request = open.result.transaction('locales').objectStore('locales').getAllKeys();
      request.onsuccess = () => {
        open.result.close();
        resolve(request.result.map(String));
      };
    };
  });

async function chooseLanguage(page: Page, code: string) {
  await page.locator('.language-picker select').first().selectOption(code);
  await expect(page.locator('html')).toHaveAttribute('lang', code);
}

test('every screen opens offline after one visit, in each language kept on the device', async ({ page, context }) => {
  test.setTimeout(120_000);
  const languages = ['en', 'es', 'ar'].filter((code) => code === 'en' || manifest.locales[code]);
  await page.goto('/');
  await waitForDirectory(page);
  await waitForServiceWorkerControl(page);

  // Online: what each screen shows in each language (choosing a language keeps it on the device).
  const online = new Map<string, Awaited<ReturnType<typeof screen>>>();
  for (const lang of languages) {
    await page.goto('/');
    await waitForDirectory(page);
    await chooseLanguage(page, lang);
    // Choosing a language keeps its data translations on the device; wait until they are stored.
    if (lang !== 'en') await expect.poll(() => page.evaluate(keptLocales)).toContain(lang);
    for (const route of ROUTES) {
      await page.goto(route);
      // The data's translation arrives a moment after the screen: wait for the service's name in that language.
      if (route.includes('/service/')) await expect(page.locator('h1').first()).toHaveText(serviceName(lang));
      online.set(`${lang} ${route}`, await screen(page, route, lang));
    }
  }

  expect(online.get(`ar /service/${serviceId}`)?.dir).toBe('rtl');
  // Offline: the same screens, the same words, the same services — from the reload and from a typed address.
  await context.setOffline(true);
  for (const lang of languages) {
    await page.goto('/');
    await chooseLanguage(page, lang);
    for (const route of ROUTES) {
      await page.goto(route);
      await expect.poll(() => screen(page, route, lang), { message: `${route} in ${lang}, offline` }).toEqual(online.get(`${lang} ${route}`));
    }
    await page.reload();
    await expect(page.locator('h1').first()).toBeVisible();
  }
  await context.setOffline(false);
});

test('a repeat visit takes every precached file from the service worker, none from the network', async ({ page, context }) => {
  const precached = new Set(
    [...readFileSync('dist/sw.js', 'utf8').matchAll(/"url":"([^"]+)"/g)].map((m) => `/${m[1]!.replace(/^\//, '')}`),
  );
  expect(precached.size).toBeGreaterThan(20);
  expect(precached.has('/index.html')).toBe(true);

  await page.goto('/');
  await waitForDirectory(page);
  await waitForServiceWorkerControl(page);
  // Let the first install finish its precaching before counting.
  await page.evaluate(() => navigator.serviceWorker.ready);

  const fromNetwork: string[] = [];
  const pageLoads: { path: string; fromWorker: boolean }[] = [];
  context.on('request', (request) => {
    // With PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS the worker's own fetches are reported here too.
    if (request.serviceWorker()) fromNetwork.push(new URL(request.url()).pathname);
  });
  page.on('response', (response) => {
    const path = new URL(response.url()).pathname;
    if (precached.has(path) || path === '/') pageLoads.push({ path, fromWorker: response.fromServiceWorker() });
  });

  await page.reload();
  await waitForDirectory(page);
  await page.goto(`/service/${serviceId}`);
  await expect(page.locator('h1').first()).toBeVisible();
  await page.goto('/about');
  await expect(page.locator('h1').first()).toBeVisible();

  expect(pageLoads.length).toBeGreaterThan(3);
  expect(pageLoads.filter((load) => !load.fromWorker), 'files the page got around the service worker').toEqual([]);
  expect(fromNetwork.filter((path) => precached.has(path)), 'precached files the worker fetched again').toEqual([]);
});

test('the app-shell fallback never answers for the worker, the data or a file', async ({ page }) => {
  await page.goto('/');
  await waitForServiceWorkerControl(page);
  const shell = readFileSync('dist/index.html', 'utf8');

  const worker = await page.goto('/sw.js');
  expect(worker!.headers()['content-type']).toContain('javascript');
  expect(await worker!.text()).not.toBe(shell);

  const data = await page.goto('/data/manifest.json');
  expect(data!.headers()['content-type']).toContain('application/json');
  expect(JSON.parse(await data!.text())).toHaveProperty('base');

  for (const missing of ['/no-such-file.txt', '/data/no-such-payload.json', '/assets/no-such-chunk.js']) {
    const response = await page.goto(missing);
    expect(response!.status(), missing).toBe(404);
    expect(await response!.text(), missing).not.toContain('<div id="app"');
  }

  // A path without an extension is a screen of the app: the shell answers, offline too.
  const deep = await page.goto('/service/not-a-real-id');
  expect(deep!.status()).toBe(200);
  expect(await deep!.text()).toBe(shell);
});
