import { test, expect, waitForDirectory, waitForServiceWorkerControl, type Guard } from './fixtures.ts';
import { NEUTRAL_SITE as NEUTRAL } from '../../src/app/neutral-site.ts';

/** The exit is the one navigation allowed to leave the origin: check it went to the neutral site, and only there. */
function expectOnlyNeutralExit(guard: Guard) {
  expect(guard.offOrigin.every((url) => url === NEUTRAL)).toBe(true);
  expect(guard.offOrigin.length).toBeGreaterThan(0);
  (guard.offOrigin as string[]).length = 0;
}

test.describe('quick exit', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test('is the first thing in focus order and visible at 320 px, on the home and service screens', async ({ page }) => {
    await page.goto('/');
    await waitForDirectory(page);
    for (const path of ['/', await page.locator('.service-card__name a').first().getAttribute('href')]) {
      await page.goto(path!);
      await expect(page.getByRole('button', { name: 'Exit this page' })).toBeVisible();
      await page.keyboard.press('Tab');
      const focused = page.locator(':focus');
      await expect(focused).toHaveText('Exit this page');
      await expect(focused).toBeInViewport();
      await page.mouse.wheel(0, 2000);
      await expect(page.getByRole('button', { name: 'Exit this page' })).toBeInViewport();
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
      return { main: hidden('main'), header: hidden('header'), title: document.title };
    });
    expect(blanked).toEqual({ main: true, header: true, title: '' });
    release();
    await expect(page).toHaveURL(NEUTRAL);
    await expect(page).toHaveTitle('Weather');
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
