import { readFileSync } from 'node:fs';
import { test, expect, waitForDirectory } from './fixtures.ts';
import { LANGUAGES } from '../../src/i18n/languages.ts';
import { horizontalOverflow, rawKeys } from './locale-screens.ts';

/**
 * Every one of the 13 languages, on the home screen and a service page, at 320 px: the app's words are that
 * language's (not English fallback, not raw keys), <html lang dir> name it, and nothing is wider than the screen.
 * One browser page for all of them, to keep it fast.
 */
test.use({ viewport: { width: 320, height: 640 } });

type Strings = { app: { name: string }; service: { about: string } };
const strings = (code: string) => JSON.parse(readFileSync(`locales/${code}/common.json`, 'utf8')) as Strings;

test('each of the 13 languages: home and a service page show its words, no raw keys, right lang/dir, no horizontal scroll', async ({ page }) => {
  test.setTimeout(180_000);
  expect(LANGUAGES).toHaveLength(13);
  await page.goto('/');
  await waitForDirectory(page);
  const serviceHref = await page.locator('.service-card__name a').first().getAttribute('href');

  const problems: string[] = [];
  for (const { code, dir } of LANGUAGES) {
    const own = strings(code);
    for (const [screen, url] of [
      ['home', `/?lang=${code}`],
      ['service', `${serviceHref}?lang=${code}`],
    ] as const) {
      await page.goto(url);
      await expect(page.locator('html'), `${code} ${screen}`).toHaveAttribute('lang', code);
      await expect(page.locator('html'), `${code} ${screen}`).toHaveAttribute('dir', dir);
      // The app's name in this language: its file loaded, not the English fallback.
      await expect(page.locator('.app-title'), `${code} ${screen}`).toHaveText(own.app.name);
      if (screen === 'home') await waitForDirectory(page);
      else await expect(page.getByRole('heading', { level: 2, name: own.service.about }), `${code} service`).toBeVisible();
      const keys = await rawKeys(page);
      if (keys.length) problems.push(`${code} ${screen}: raw keys ${keys.join(', ')}`);
      const overflow = await horizontalOverflow(page);
      if (overflow > 0) problems.push(`${code} ${screen}: ${overflow} px wider than the screen`);
    }
  }
  expect(problems).toEqual([]);
});
