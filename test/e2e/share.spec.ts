import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { test, expect, waitForDirectory, waitForServiceWorkerControl } from './fixtures.ts';

test('offline, a service page copies its own link and shows a QR code that a camera reads as that link', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  await page.goto('/');
  await waitForServiceWorkerControl(page);
  await waitForDirectory(page);
  const href = await page.locator('.service-card__name a').first().getAttribute('href');
  await context.setOffline(true);
  await page.goto(href!);
  const url = new URL(href!, baseURL).href;

  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied.' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);

  const qrButton = page.getByRole('button', { name: 'QR code' });
  await expect(qrButton).toHaveAttribute('aria-expanded', 'false');
  await qrButton.click(); // loads the QR code's own script, from the service worker's cache
  await expect(qrButton).toHaveAttribute('aria-expanded', 'true');
  const qr = page.getByRole('img', { name: /^QR code with the link to/ });
  await expect(qr).toBeVisible();

  const png = PNG.sync.read(await qr.screenshot());
  const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  expect(decoded?.data).toBe(url);

  await qrButton.click();
  await expect(qr).toBeHidden();
});
