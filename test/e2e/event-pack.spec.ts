/**
 * The event pack on the outreach page: the worker keeps languages for the day and the "Ready for offline" check
 * says whether the app, the directory (with its version and date) and every chosen language are on the device —
 * checked against what really works with the network off, and shown not ready when a language is out of date.
 */
import { readFileSync } from 'node:fs';
import { test, expect, waitForDirectory, waitForServiceWorkerControl } from './fixtures.ts';

const manifest = JSON.parse(readFileSync('dist/data/manifest.json', 'utf8')) as { version: string; date: string };
const longDate = (iso: string) => new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));

test('a worker keeps Spanish and Farsi for the day, sees "Ready for offline", and the app then works in both with no network', async ({ page, context }) => {
  test.setTimeout(90_000);
  await page.goto('/');
  await waitForServiceWorkerControl(page);
  await waitForDirectory(page);
  await page.getByRole('link', { name: 'For outreach workers' }).click();
  const pack = page.locator('section[aria-labelledby="pack-heading"]');
  await expect(pack.getByRole('heading', { name: 'Event pack: ready for offline' })).toBeVisible();
  const status = pack.locator('.readiness');
  await expect(status).toContainText('Ready for offline.');
  await expect(status).toContainText('Languages saved: English.');
  await expect(status).toContainText(`version \u2068${manifest.version}\u2069`); // isolated for right-to-left sentences
  await expect(status).toContainText(`information checked as of ${longDate(manifest.date)}`);

  for (const name of ['Español', 'فارسی']) {
    await pack.getByRole('button', { name: `Download ${name}` }).click();
    await expect(pack.getByText(`${name} is saved for offline use.`)).toBeVisible({ timeout: 20_000 });
  }
  await expect(status).toContainText('Languages saved: English, Español, and فارسی.');
  await expect(status).toContainText('Ready for offline.');
  await expect(status).toContainText('The app is saved on this device.');

  // No network: the check still says ready, and both languages really show the directory in them.
  await context.setOffline(true);
  await page.reload();
  await expect(status).toContainText('Ready for offline.');
  // What a visitor gets from the hand-over QR code (/?lang=fa): the whole list, in Farsi.
  await page.goto('/?lang=fa');
  await expect(page.locator('.service-card__name').first()).toHaveAttribute('lang', 'fa', { timeout: 20_000 });
  for (const lang of ['es', 'fa']) {
    await page.goto(`/?category=hotlines&lang=${lang}`);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page.locator('.result__name, .service-card__name').first()).toHaveAttribute('lang', lang, { timeout: 20_000 });
    await expect(page.locator('.notice--languageNotSaved')).toHaveCount(0);
  }
  await context.setOffline(false);
});

test('the check says "Not ready" and names a kept language whose data is for an older directory', async ({ page }) => {
  await page.goto('/');
  await waitForServiceWorkerControl(page);
  await waitForDirectory(page);
  await page.goto('/outreach');
  const pack = page.locator('section[aria-labelledby="pack-heading"]');
  await pack.getByRole('button', { name: 'Download Español' }).click();
  await expect(pack.getByText('Español is saved for offline use.')).toBeVisible({ timeout: 20_000 });
  await expect(pack.locator('.readiness')).toContainText('Ready for offline.');

  // As after a directory update that the Spanish download has not followed yet.
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('la-directory');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const store = open.result.transaction('locales', 'readwrite').objectStore('locales');
          const get = store.get('es');
          get.onsuccess = () => {
            const put = store.put({ ...get.result, version: '2000-01-01.00000000' });
            put.onsuccess = () => {
              open.result.close();
              resolve();
            };
            put.onerror = () => reject(put.error);
          };
        };
      }),
  );
  await pack.getByRole('button', { name: 'Check again' }).click();
  await expect(pack.locator('.readiness')).toContainText('Not ready for offline yet.');
  await expect(pack.locator('.readiness')).toContainText('Español must be downloaded again for this version of the directory.');
  await expect(pack.locator('.readiness')).toContainText('Languages saved: English.');
});

test('in kiosk mode the event pack is hidden from visitors', async ({ page }) => {
  await page.goto('/outreach');
  await expect(page.getByRole('heading', { name: 'Event pack: ready for offline' })).toBeVisible();
  await page.getByLabel('Choose a PIN').fill('2468');
  await page.getByLabel('Type the PIN again').fill('2468');
  await page.getByRole('button', { name: 'Start kiosk mode' }).click();
  await expect(page.getByRole('button', { name: 'Start over' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Event pack: ready for offline' })).toHaveCount(0);
});
