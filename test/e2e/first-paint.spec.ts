/**
 * What the reader sees first is already in their language: the service heading never shows the English name
 * before the translation (stored or, on a first visit, downloaded before the page is shown), and with the service
 * worker installed the prerendered start screen is served in the chosen language (lang, dir and text).
 * Every text is recorded by a MutationObserver from before the document is parsed, so a flash of one frame counts.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, waitForDirectory, waitForServiceWorkerControl } from './fixtures.ts';

const manifest = JSON.parse(readFileSync('dist/data/manifest.json', 'utf8')) as {
  base: { url: string };
  locales: Record<string, { url: string }>;
};
const read = <T>(url: string) => JSON.parse(readFileSync(`dist${url}`, 'utf8')) as T;
const base = read<{ services: { id: string; name: string }[] }>(manifest.base.url);
const es = manifest.locales.es ? read<{ entries: Record<string, Record<string, { text: string }>> }>(manifest.locales.es.url) : undefined;
/** A service whose Spanish name differs from its English one. */
const service = base.services.find((s) => es?.entries[s.id]?.name && es.entries[s.id]!.name!.text !== s.name);

/** Records, from the start of every document, each text `selector` shows and the <html> lang/dir it first had. */
async function recordFromStart(page: Page, selector: string): Promise<void> {
  await page.addInitScript((sel) => {
    const w = window as unknown as { __seen: string[]; __firstLang?: string; __firstDir?: string };
    w.__seen = [];
    const look = () => {
      const html = document.documentElement;
      if (html && w.__firstLang === undefined && document.querySelector(sel)) {
        w.__firstLang = html.lang;
        w.__firstDir = html.dir;
      }
      for (const el of document.querySelectorAll(sel)) {
        const text = el.textContent?.trim() ?? '';
        if (text && w.__seen.at(-1) !== text) w.__seen.push(text);
      }
    };
    new MutationObserver(look).observe(document, { childList: true, subtree: true, characterData: true });
  }, selector);
}
const seen = (page: Page) => page.evaluate(() => (window as unknown as { __seen: string[] }).__seen);

test('a service opened directly in Spanish shows its Spanish name first, never the English one', async ({ page }) => {
  test.skip(!service, 'needs a Spanish service name that differs from the English one');
  const spanish = es!.entries[service!.id]!.name!.text;
  // First visit, straight from a shared link: the Spanish data is fetched before the page is shown.
  await recordFromStart(page, 'main h1');
  await page.goto(`/service/${service!.id}?lang=es`);
  await expect(page.getByRole('heading', { level: 1, name: spanish })).toBeVisible();
  expect(await seen(page)).not.toContain(service!.name);
  expect(await seen(page)).toContain(spanish);

  // Again with the directory and the Spanish data stored: read from the device before the page is drawn.
  await waitForServiceWorkerControl(page);
  await page.goto(`/service/${service!.id}?lang=es`);
  await expect(page.getByRole('heading', { level: 1, name: spanish })).toBeVisible();
  expect(await seen(page)).toEqual([spanish]);
});

test('with the worker installed, the start screen arrives in the chosen language and direction (no English flash)', async ({ page }) => {
  await recordFromStart(page, '.app-title');
  await page.goto('/');
  await waitForDirectory(page);
  await waitForServiceWorkerControl(page);
  // The English start screen is in index.html itself: painted before any script runs.
  expect((await seen(page))[0]).toBe('LA Help Directory');
  // The app took over the prerendered elements: nothing is there twice.
  for (const selector of ['.quick-exit__button', 'header.app-header', '.crisis-strip', 'main', 'footer', '.language-picker select']) {
    await expect(page.locator(selector), selector).toHaveCount(1);
  }

  await page.getByRole('combobox', { name: 'Language', exact: true }).selectOption('fa');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  const farsiTitle = (await page.locator('.app-title').textContent())!.trim();
  // The choice reaches the worker through Cache Storage (src/i18n/chosen-language.ts).
  await expect.poll(() => page.evaluate(async () => (await (await caches.open('la-help-settings')).match('/settings/language'))?.text())).toBe('fa');
  await page.reload();
  await expect(page.locator('.app-title')).toHaveText(farsiTitle);
  expect(await seen(page)).toEqual([farsiTitle]);
  expect(await page.evaluate(() => [(window as unknown as { __firstLang: string }).__firstLang, (window as unknown as { __firstDir: string }).__firstDir])).toEqual(['fa', 'rtl']);

  // A shared link's language wins over the remembered one, from the first paint too.
  await page.goto('/?lang=es');
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  const spanishTitle = (await page.locator('.app-title').textContent())!.trim();
  expect(await seen(page)).toEqual([spanishTitle]);
});
