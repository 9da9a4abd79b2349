import { test, expect, waitForDirectory, waitForServiceWorkerControl, type Guard } from './fixtures.ts';
import { readFileSync } from 'node:fs';
import { NEUTRAL_SITE as NEUTRAL } from '../../src/app/neutral-site.ts';

type Strings = { exit: { label: string }; update: { available: string; action: string; dismiss: string } };
const LOCALES = Object.fromEntries(
  ['en', 'fa'].map((lang) => [lang, JSON.parse(readFileSync(`locales/${lang}/common.json`, 'utf8')) as Strings]),
) as Record<'en' | 'fa', Strings>;

/** The exit is the one navigation allowed to leave the origin: check it went to the neutral site, and only there. */
function expectOnlyNeutralExit(guard: Guard) {
  expect(guard.offOrigin.every((url) => url === NEUTRAL)).toBe(true);
  expect(guard.offOrigin.length).toBeGreaterThan(0);
  (guard.offOrigin as string[]).length = 0;
}

test.describe('quick exit', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test('is the first thing in focus order, visible and never covered, on every screen in English and Farsi (PRIV-6)', async ({ page }) => {
    test.setTimeout(90_000);
    await page.goto('/');
    await waitForDirectory(page);
    const service = await page.locator('.service-card__name a').first().getAttribute('href');
    const screens = ['/', '/?q=housing', '/?category=hotlines', service!, '/saved', '/about', '/safety', '/outreach'];
    for (const lang of ['en', 'fa'] as const) {
      const strings = LOCALES[lang];
      for (const path of screens) {
        const where = `${lang} ${path}`;
        await page.goto(`${path}${path.includes('?') ? '&' : '?'}lang=${lang}`);
        await expect(page.locator('html'), where).toHaveAttribute('lang', lang);
        const exit = page.getByRole('button', { name: strings.exit.label });
        await expect(exit, where).toBeVisible();
        // PRIV-10: the page that says what the exit cannot hide is one tap away on every screen.
        await expect(page.locator('a[href="/safety"]').first(), where).toBeAttached();
        await page.keyboard.press('Tab');
        await expect(page.locator(':focus'), where).toHaveText(strings.exit.label);
        await expect(page.locator(':focus'), where).toBeInViewport();
        // The update toast, as the app draws it, in this language (update.spec.ts shows the real one after a
        // deploy; here it is placed on every screen to check the two never overlap).
        await page.evaluate((toast) => {
          const el = document.createElement('div');
          el.className = 'toast';
          el.setAttribute('role', 'status');
          el.innerText = toast.available;
          for (const label of [toast.action, toast.dismiss]) {
            const button = document.createElement('button');
            button.className = 'button';
            button.textContent = label;
            el.append(button);
          }
          document.body.append(el);
        }, strings.update);
        for (const scroll of [0, 3000]) {
          await page.mouse.wheel(0, scroll);
          await expect(exit, where).toBeInViewport({ ratio: 1 });
          const uncovered = await exit.evaluate((button) => {
            const r = button.getBoundingClientRect();
            // The centre and points well inside each corner (rounded corners are not the button's to hit).
            const hit = [
              [0.5, 0.5],
              [0.15, 0.25],
              [0.85, 0.25],
              [0.15, 0.75],
              [0.85, 0.75],
            ].map(([x, y]) => document.elementFromPoint(r.left + r.width * x!, r.top + r.height * y!));
            return hit.every((el) => el === button || button.contains(el));
          });
          expect(uncovered, `${where}: something covers the exit`).toBe(true);
        }
        await page.locator('.toast').evaluate((el) => el.remove());
      }
    }
  });

  test('a tap blanks the page at once and replaces it with a neutral site', async ({ page, guard }) => {
    // Hold the neutral site's response, to see the page blanked while it loads.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(`${NEUTRAL}**`, async (route) => {
      await held;
      await route.fulfill({ contentType: 'text/html', body: '<title>Weather</title>' });
    });
    await page.goto('/');
    await waitForDirectory(page);
    // Click and look in the same turn: the page must already be blank when the tap's handler returns.
    const blanked = await page.getByRole('button', { name: 'Exit this page' }).evaluate((button) => {
      (button as HTMLElement).click();
      const hidden = (selector: string) => getComputedStyle(document.querySelector(selector)!).visibility === 'hidden';
      const overlay = document.querySelector('.exit-overlay');
      return {
        main: hidden('main'),
        header: hidden('header'),
        title: document.title,
        // Announced (A11Y-8): an alert with what is happening, the only thing still shown.
        overlay: overlay && { role: overlay.getAttribute('role'), text: overlay.textContent, shown: getComputedStyle(overlay).visibility === 'visible' },
      };
    });
    expect(blanked).toEqual({ main: true, header: true, title: 'Leaving this page…', overlay: { role: 'alert', text: 'Leaving this page…', shown: true } });
    release();
    await expect(page).toHaveURL(NEUTRAL);
    await expect(page).toHaveTitle('Weather');
    expectOnlyNeutralExit(guard);
  });

  test('typing capitals or Shift with another key does not count, and Back after an exit does not return to the service (PRIV-7, PRIV-8)', async ({ page, guard }) => {
    await page.route(`${NEUTRAL}**`, (route) => route.fulfill({ contentType: 'text/html', body: '<title>Weather</title>' }));
    await page.goto('/');
    await waitForDirectory(page);
    // Typing capitals is not pressing Shift: "LA DA" in the search box (three letters typed with Shift) stays.
    const search = page.getByRole('searchbox', { name: 'Search for help' });
    await search.click();
    for (const key of ['Shift+L', 'Shift+A', 'Space', 'Shift+D', 'Shift+A']) await page.keyboard.press(key);
    await expect(search).toHaveValue('LA DA');
    // Shift, Shift, then a capital letter: the count starts again, so one more Shift does not exit.
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift+A');
    await page.keyboard.press('Shift');
    await page.waitForTimeout(300);
    await expect(page).not.toHaveURL(NEUTRAL);
    await page.goto('/');
    await waitForDirectory(page);

    // home -> a service -> exit: the service's entry is replaced by the neutral site, so Back lands on home.
    const service = await page.locator('.service-card__name a').first().getAttribute('href');
    await page.locator(`a[href="${service}"]`).first().click();
    await expect(page).toHaveURL(service!);
    await page.getByRole('button', { name: 'Exit this page' }).click();
    await expect(page).toHaveURL(NEUTRAL);
    await page.goBack();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    // Nothing of the exit is stuck on the page Back showed.
    expect(await page.evaluate(() => document.documentElement.classList.contains('exiting'))).toBe(false);
    await expect(page.locator('.exit-overlay')).toBeHidden();
    await expect(page.getByRole('alert')).toHaveCount(0);
    expectOnlyNeutralExit(guard);
  });

  test('Shift pressed three times exits too', async ({ page, guard }) => {
    await page.route(`${NEUTRAL}**`, (route) => route.fulfill({ contentType: 'text/html', body: '<title>Weather</title>' }));
    await page.goto('/');
    await waitForDirectory(page);
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await expect(page.getByText('Shift, press 1 more time to exit.')).toBeAttached();
    await page.keyboard.press('Shift');
    await expect(page).toHaveURL(NEUTRAL);
    expectOnlyNeutralExit(guard);
  });
});

test('"Browse safely" says honestly what the exit does not hide, and About states the privacy promise, offline', async ({ page, context }) => {
  await page.goto('/');
  await waitForServiceWorkerControl(page);
  await waitForDirectory(page);
  await context.setOffline(true);
  await page.getByRole('link', { name: 'Browse safely' }).click();
  await expect(page).toHaveURL(/\/safety$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Browse safely' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'What it does not hide' })).toBeVisible();
  await expect(page.getByText(/browser history still shows/)).toBeVisible();
  await expect(page.getByText(/icon stays on your home screen/)).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toHaveText('Exit this page');

  await page.getByRole('link', { name: 'About' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'About this directory' })).toBeVisible();
  await expect(page.getByText(/does not track you/)).toBeVisible();
});
