/**
 * Printed handouts, as a printer gets them: Chromium prints each handout to PDF on A4 and US Letter in English,
 * Spanish, Traditional Chinese and Farsi (right to left); pdf.js reads the pages back. The "Key numbers" sheet is
 * one page, every handout is in the reader's language without the app's controls, and its QR code (printed style)
 * opens the online page in that language. Printing works offline after the first visit.
 */
import { readFileSync } from 'node:fs';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import type { Page } from '@playwright/test';
import { test, expect, waitForDirectory, waitForServiceWorkerControl } from './fixtures.ts';
import { LANGUAGES } from '../../src/i18n/languages.ts';
import { printed, readPdf } from './pdf.ts';

// The QR code is 30 mm on paper: render it at 3 device pixels per CSS pixel so a module is several pixels wide.
test.use({ deviceScaleFactor: 3 });

const LOCALES = ['en', 'es', 'zh-Hant', 'fa'] as const;
const FORMATS = ['A4', 'Letter'] as const;

interface Strings {
  exit: { label: string };
  nav: { outreach: string };
  service: { about: string };
  handout: { keyNumbers: string; use: { text: string } };
}
const strings = (lang: string): Strings => JSON.parse(readFileSync(`locales/${lang}/common.json`, 'utf8'));
interface Entries {
  entries: Record<string, Record<string, { text: string } | undefined> | undefined>;
}
const dataText = (lang: string, id: string, field: string, english: string): string => {
  if (lang === 'en') return english;
  const translations = JSON.parse(readFileSync(`data/translations/${lang}.json`, 'utf8')) as Entries;
  return translations.entries[id]?.[field]?.text ?? english;
};
const read = <T>(file: string): T => JSON.parse(readFileSync(file, 'utf8'));
const lifeline = read<{ id: string; name: string; phones: Array<{ number: string }> }>('data/services/988-suicide-crisis-lifeline.json');
const mentalHealth = read<{ terms: Array<{ id: string; code: string; name: string }> }>('data/taxonomy.json').terms.find((t) => t.code === 'mental-health')!;

/** Opens a handout in `lang` and waits until its text is in that language (the data's translations are read). */
async function openHandout(page: Page, path: string, lang: string): Promise<void> {
  await page.goto(`${path}${lang === 'en' ? '' : `?lang=${lang}`}`);
  await expect(page.locator('.handout__foot')).toBeVisible({ timeout: 20_000 });
  if (lang !== 'en') await expect(page.locator(`.handout h1[lang="${lang}"], .handout__entry h2[lang="${lang}"]`).first()).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('dir', LANGUAGES.find((l) => l.code === lang)!.dir);
}

/** The QR code as it prints (print style sheet), decoded like a phone camera would. */
async function printedQr(page: Page): Promise<string | undefined> {
  await page.emulateMedia({ media: 'print' });
  const png = PNG.sync.read(await page.locator('.handout__foot svg.qr').screenshot());
  await page.emulateMedia({ media: null });
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data;
}

for (const lang of LOCALES) {
  test(`${lang}: key numbers (one page), a category and a service print on A4 and Letter, in ${lang}, with a QR code in ${lang}`, async ({ page, baseURL }) => {
    test.setTimeout(120_000);
    const s = strings(lang);
    const withLang = (path: string) => {
      const url = new URL(path, baseURL);
      if (lang !== 'en') url.searchParams.set('lang', lang);
      return url.href;
    };
    const noControls = (lines: readonly string[]) => {
      expect(printed(lines, s.exit.label), 'the exit button is not printed').toBe(false);
      expect(printed(lines, s.nav.outreach), 'the footer links are not printed').toBe(false);
    };
    await page.goto('/');
    await waitForDirectory(page);

    // Key numbers: exactly one page on either paper, the short numbers from the data, labels in the language.
    await openHandout(page, '/print/key-numbers', lang);
    for (const format of FORMATS) {
      const pdf = await readPdf(await page.pdf({ format }));
      expect(pdf.pages, `key numbers on ${format}`).toBe(1);
      const sheet = pdf.lines[0]!;
      expect(printed(sheet, s.handout.keyNumbers), `title "${s.handout.keyNumbers}" on ${format}`).toBe(true);
      expect(printed(sheet, s.handout.use.text)).toBe(true);
      for (const number of ['911', '988', '211', '(800) 540-4000']) expect(printed(sheet, number), number).toBe(true);
      if (lang !== 'en') expect(printed(sheet, 'Key numbers'), 'no English title').toBe(false);
      noControls(sheet);
    }
    expect(await printedQr(page)).toBe(withLang('/?category=hotlines'));

    // A category: its name in the language, every page with text, at most a few pages.
    await openHandout(page, `/print/category/${mentalHealth.code}`, lang);
    const categoryName = dataText(lang, mentalHealth.id, 'name', mentalHealth.name);
    for (const format of FORMATS) {
      const pdf = await readPdf(await page.pdf({ format }));
      expect(pdf.pages, `category on ${format}`).toBeGreaterThanOrEqual(1);
      expect(pdf.pages, `category on ${format}`).toBeLessThanOrEqual(4);
      expect(printed(pdf.lines[0]!, categoryName), `"${categoryName}" on ${format}`).toBe(true);
      for (const lines of pdf.lines) expect(lines.join('').trim().length).toBeGreaterThan(0);
      noControls(pdf.lines.flat());
    }
    expect(await printedQr(page)).toBe(withLang(`/?category=${mentalHealth.code}`));

    // One service: its headings in the language, its phone numbers.
    await openHandout(page, `/print/service/${lifeline.id}`, lang);
    for (const format of FORMATS) {
      const pdf = await readPdf(await page.pdf({ format }));
      expect(pdf.pages, `service on ${format}`).toBeLessThanOrEqual(3);
      const all = pdf.lines.flat();
      expect(printed(all, s.service.about), `"${s.service.about}" on ${format}`).toBe(true);
      expect(printed(all, '(800) 273-8255')).toBe(true);
      noControls(all);
    }
    expect(await printedQr(page)).toBe(withLang(`/service/${lifeline.id}`));
  });
}

test('the key numbers sheet is one page on A4 and on Letter in every language of the app', async ({ page }) => {
  test.setTimeout(150_000);
  const all = LANGUAGES.map((l) => l.code);
  expect(all.length).toBe(13);
  await page.goto('/');
  await waitForDirectory(page);
  for (const lang of all) {
    await openHandout(page, '/print/key-numbers', lang);
    for (const format of FORMATS) {
      const pdf = await readPdf(await page.pdf({ format }));
      expect(pdf.pages, `${lang} on ${format}`).toBe(1);
      expect(printed(pdf.lines[0]!, strings(lang).handout.keyNumbers), `${lang} title on ${format}`).toBe(true);
    }
  }
});

test('translator tools on screen are not printed on a handout', async ({ page }) => {
  await page.goto('/');
  await waitForDirectory(page);
  await page.evaluate(() => localStorage.setItem('translator-mode', '1'));
  await openHandout(page, '/print/key-numbers', 'en');
  const tools = page.locator('details.translator summary');
  await expect(tools).toBeVisible();
  const pdf = await readPdf(await page.pdf({ format: 'Letter' }));
  expect(pdf.pages).toBe(1);
  expect(printed(pdf.lines[0]!, (await tools.textContent())!)).toBe(false);
});

test('offline after the first visit, the Print button on a service page opens its handout and it prints in the chosen language', async ({ page, context }) => {
  await page.goto('/');
  await waitForServiceWorkerControl(page);
  await waitForDirectory(page);
  await page.goto(`/service/${lifeline.id}?lang=es`);
  await expect(page.locator('.service-page h1')).toHaveAttribute('lang', 'es');
  await context.setOffline(true);
  await page.reload();
  await page.getByRole('link', { name: 'Imprimir' }).click();
  await expect(page).toHaveURL(new RegExp(`/print/service/${lifeline.id}$`));
  await expect(page.locator('.handout h1')).toHaveAttribute('lang', 'es');
  await expect(page.getByRole('button', { name: 'Imprimir' })).toBeVisible();
  const pdf = await readPdf(await page.pdf({ format: 'Letter' }));
  expect(printed(pdf.lines.flat(), strings('es').service.about)).toBe(true);

  await openHandout(page, '/print/key-numbers', 'es');
  const sheet = await readPdf(await page.pdf({ format: 'A4' }));
  expect(sheet.pages).toBe(1);
  expect(printed(sheet.lines[0]!, strings('es').handout.keyNumbers)).toBe(true);
});

test('the outreach page links to the key numbers sheet and to a handout for every category; a category list links to its handout', async ({ page }) => {
  await page.goto('/outreach');
  await expect(page.getByRole('heading', { name: 'Handouts to print' })).toBeVisible();
  const categories = read<{ terms: unknown[] }>('data/taxonomy.json').terms.length;
  await expect(page.locator('.handout-links a[href^="/print/category/"]')).toHaveCount(categories, { timeout: 20_000 });
  await page.getByRole('link', { name: 'Key numbers' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Key numbers' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Print' })).toBeVisible();

  // Browsing a category, the list prints as that category's handout.
  await page.goto(`/?category=${mentalHealth.code}`);
  await page.getByRole('link', { name: 'Print this category (handout)' }).click();
  await expect(page).toHaveURL(new RegExp(`/print/category/${mentalHealth.code}$`));
  await expect(page.getByRole('heading', { level: 1, name: mentalHealth.name })).toBeVisible();
});
