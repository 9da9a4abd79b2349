/**
 * SEC-7, SEC-8, SEC-9 in the browser: hostile data and hostile translations show as text on every screen, run
 * nothing, and no link on the page uses a scheme outside the allow-list (src/model/links.ts).
 */
import { readdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, waitForDirectory } from './fixtures.ts';
import { HOSTILE_LINKS, XSS, hostileLinkDataset, hostileLocale, hostileTextDataset, type ServedDataset } from './fixtures/hostile.ts';
import { validate } from '../../src/data/validate.ts';

const ALLOWED = new Set(['https:', 'tel:', 'sms:', 'mailto:', 'geo:']);

/** Records every call of window.__xss (what each payload calls if it runs) and every dialog. */
async function watchForScript(page: Page) {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.addInitScript(() => {
    const w = window as unknown as { __xss(tag: string): void; __xssCalls: string[] };
    w.__xssCalls = [];
    w.__xss = (tag) => void w.__xssCalls.push(String(tag));
  });
  return {
    dialogs,
    calls: () => page.evaluate(() => (window as unknown as { __xssCalls: string[] }).__xssCalls),
  };
}

async function serveDataset(page: Page, dataset: ServedDataset) {
  // Context-level, so the service worker's own requests are answered too.
  await page.context().route('**/data/manifest.json', (route) => route.fulfill({ json: dataset.manifest }));
  await page.context().route(`**${dataset.url}`, (route) => route.fulfill({ body: dataset.body, contentType: 'application/json' }));
}

/** Everything on the current screen that could run code or leave the allow-list. */
function auditScreen(page: Page) {
  return page.evaluate((allowed) => {
    const handlers = [...document.querySelectorAll('*')].flatMap((el) =>
      [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `<${el.localName} ${a.name}>`),
    );
    const badLinks = [...document.querySelectorAll('[href], [src], [action], [formaction], [xlink\\:href]')]
      .flatMap((el) => ['href', 'src', 'action', 'formaction'].map((name) => el.getAttribute(name)).filter((v): v is string => v !== null))
      .filter((value) => {
        const url = new URL(value, location.href);
        return url.origin !== location.origin && !allowed.includes(url.protocol);
      });
    return {
      handlers,
      badLinks,
      injected: document.querySelectorAll('img[src="x"], svg[onload], b[onmouseover], script:not([src])').length,
      frames: document.querySelectorAll('iframe, object, embed, frame').length,
    };
  }, [...ALLOWED]);
}

async function expectClean(page: Page, where: string) {
  expect(await auditScreen(page), where).toEqual({ handlers: [], badLinks: [], injected: 0, frames: 0 });
}

test('markup and script in every text field of the data show as text on every screen and never run (SEC-7)', async ({ page }) => {
  const dataset = hostileTextDataset();
  // The fixture is a valid dataset: this is about rendering, not about the validator refusing it.
  expect(() => validate('base', JSON.parse(dataset.body))).not.toThrow();
  const watch = await watchForScript(page);
  await serveDataset(page, dataset);

  const service = dataset.payload.services.find((s) => s.url && s.email) ?? dataset.payload.services[0]!;
  const withLocation = dataset.payload.services.find((s) => Array.isArray(s.service_at_locations)) ?? service;
  const category = dataset.payload.taxonomy.find((t) => t.code)!.code!;
  const screens = ['/', '/?q=onerror', `/?category=${category}`, `/service/${service.id}`, `/service/${withLocation.id}`, '/about', '/saved'];
  for (const path of screens) {
    await page.goto(path);
    if (path === '/') await waitForDirectory(page);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    if (path.startsWith('/service/')) {
      // The payload is on the screen as the characters it is made of.
      await expect(page.getByRole('heading', { level: 1 })).toContainText(XSS);
      await page.getByRole('button', { name: 'Save' }).click();
    } else if (path !== '/about') {
      await expect(page.getByText(XSS).filter({ visible: true }).first(), path).toBeVisible();
    }
    await expectClean(page, path);
  }
  expect(await watch.calls()).toEqual([]);
  expect(watch.dialogs).toEqual([]);
});

test('a dataset with javascript:, data:, vbscript: or obfuscated links is refused whole (SEC-9, SEC-10)', async ({ page }) => {
  const dataset = hostileLinkDataset();
  expect(() => validate('base', JSON.parse(dataset.body))).toThrow(/not an https URL|not an email address|not a North American phone number/);
  const watch = await watchForScript(page);
  await serveDataset(page, dataset);
  await page.goto('/');
  await expect(page.getByText('The directory could not be loaded')).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('.service-card')).toHaveCount(0);
  await expectClean(page, '/');
  expect(await watch.calls()).toEqual([]);
});

test('hostile links that reach the stored directory anyway (an old version, a validator bug) still become no link (SEC-9)', async ({ page }) => {
  const watch = await watchForScript(page);
  await page.goto('/');
  await waitForDirectory(page);
  // Put every record back with a hostile value in each link field, straight into IndexedDB.
  const hostile = hostileLinkDataset().payload as unknown as Record<'services' | 'organizations' | 'locations', unknown[]>;
  await page.evaluate(async (records) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('la-directory');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const tx = db.transaction(['services', 'organizations', 'locations'], 'readwrite');
    for (const store of ['services', 'organizations', 'locations'] as const) for (const r of records[store]) tx.objectStore(store).put(r);
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, hostile);

  const services = hostile.services as Array<{ id: string; url?: string; email?: string }>;
  const withLinks = services.filter((s) => s.url || s.email).slice(0, 4);
  expect(withLinks.length).toBeGreaterThan(0);
  for (const path of ['/', ...withLinks.map((s) => `/service/${s.id}`)]) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    if (path === '/') await waitForDirectory(page);
    await expectClean(page, path);
    const hrefs = await page.locator('a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    for (const bad of HOSTILE_LINKS) expect(hrefs, path).not.toContain(bad);
  }
  // The screens really read the hostile records: a service whose website is now javascript: has no website link.
  const service = withLinks.find((s) => s.url && !s.url.startsWith('http'))!;
  await page.goto(`/service/${service.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Website' })).toHaveCount(0);
  expect(await watch.calls()).toEqual([]);
  expect(watch.dialogs).toEqual([]);
});

test('HTML and unescaped {{- }} placeholders in a translation show as text, with hostile data interpolated (SEC-8)', async ({ page }) => {
  const watch = await watchForScript(page);
  await serveDataset(page, hostileTextDataset());
  const file = readdirSync('dist/assets/locales/es').find((f) => f.startsWith('common-'))!;
  const body = hostileLocale(`locales/es/common.json`);
  await page.context().route(`**/assets/locales/es/${file}`, (route) => route.fulfill({ body, contentType: 'application/json' }));
  const dataset = hostileTextDataset();
  const service = dataset.payload.services[0]!;
  for (const path of ['/?lang=es', `/service/${service.id}?lang=es`]) {
    await page.goto(path);
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await expect(page.getByText('<b onmouseover="__xss(\'locale\')">').first()).toBeVisible({ timeout: 30_000 });
    await expectClean(page, path);
  }
  expect(await watch.calls()).toEqual([]);
  expect(watch.dialogs).toEqual([]);
});
