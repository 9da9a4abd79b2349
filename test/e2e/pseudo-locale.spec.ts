import { test, expect, waitForDirectory } from './fixtures.ts';
import { horizontalOverflow, rawKeys } from './locale-screens.ts';

/**
 * The pseudo-locales (English, accented, 40 % longer, bracketed; made from English when loaded) on the main screens
 * at 320 px: the longer text still fits, every app string goes through i18n, and they are not offered to residents.
 * en-XA is left to right, ar-XB right to left. Screenshots: test-results/pseudo-locale/<code>-<screen>.png (look at
 * them after a change to the layout).
 */
test.use({ viewport: { width: 320, height: 640 } });

for (const [code, dir] of [
  ['en-XA', 'ltr'],
  ['ar-XB', 'rtl'],
] as const) {
  test(`${code}: home, search results and a service page fit at 320 px, show no raw keys and no unbracketed app text`, async ({ page }) => {
    test.setTimeout(90_000);
    await page.goto(`/?lang=${code}`);
    await waitForDirectory(page);
    await expect(page.locator('html')).toHaveAttribute('lang', code);
    await expect(page.locator('html')).toHaveAttribute('dir', dir);
    // Made from English at load time: accented, padded, in brackets (ar-XB inside bidi overrides).
    const title = (await page.locator('h1.app-title').textContent())!.replace(/[\u202A-\u202E]/g, '');
    expect(title).toMatch(/^\[ĻÅ Ĥḗļƥ Ḓîŕḗçţŏŕẏ .+\]$/);
    // Not in the picker's list; shown only as the current choice.
    const picker = page.locator('.language-picker select');
    await expect(picker).toHaveValue(code);
    await expect(picker.locator('option[lang]')).toHaveCount(13);
    await expect(picker.locator(`option[lang][value="${code}"]`)).toHaveCount(0);

    const serviceHref = await page.locator('.service-card__name a').first().getAttribute('href');
    const screens: [string, () => Promise<void>][] = [
      ['home', async () => {}],
      ['results', async () => {
        await page.getByRole('searchbox').fill('violence');
        await expect(page.locator('.result').first()).toBeVisible();
      }],
      ['service', async () => {
        await page.goto(`${serviceHref}?lang=${code}`);
        await expect(page.locator('main h1')).toBeVisible();
      }],
    ];
    for (const [name, open] of screens) {
      await open();
      await expect(page.locator('html')).toHaveAttribute('lang', code);
      await page.screenshot({ path: `test-results/pseudo-locale/${code}-${name}.png`, fullPage: name !== 'home' });
      expect(await horizontalOverflow(page), `${name}: horizontal overflow in px`).toBeLessThanOrEqual(0);
      expect(await rawKeys(page), `${name}: raw i18n keys`).toEqual([]);
      // The app's own words (header, crisis lines, footer, headings, buttons, labels) all came through i18n: each
      // piece of text is bracketed. Data (marked with its own lang) stays English.
      const unbracketed = await page.evaluate(() => {
        const out: string[] = [];
        for (const root of document.querySelectorAll('.app-header, .crisis-strip, .app-footer, main h2:not([lang]), main button, main label, .app-status')) {
          const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
          for (let n = walker.nextNode(); n; n = walker.nextNode()) {
            const text = n.textContent!.trim();
            if (text && !n.parentElement!.closest('select, [lang]:not(html)') && !/[[\]]/.test(text)) out.push(text);
          }
        }
        return out;
      });
      expect(unbracketed, `${name}: app text that does not go through i18n`).toEqual([]);
    }
  });
}
