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

test('a shared link opens in the sharer language for that visit, and the QR code carries it', async ({ page, baseURL }) => {
  await page.goto('/');
  await waitForDirectory(page);
  const href = await page.locator('.service-card__name a').first().getAttribute('href');
  await page.getByRole('combobox', { name: 'Language', exact: true }).selectOption('es');
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await page.goto(href!);
  await page.locator('#share-heading ~ .share__actions button[aria-controls="share-qr"]').click();
  const qr = page.locator('svg.qr');
  await expect(qr).toBeVisible();
  const png = PNG.sync.read(await qr.screenshot());
  const shared = jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data;
  expect(shared).toBe(`${new URL(href!, baseURL).href}?lang=es`);

  // A visitor whose device is set to English opens it: Spanish for this visit, English still remembered.
  await page.evaluate(() => localStorage.setItem('lang', 'en'));
  await page.goto(shared!);
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  expect(await page.evaluate(() => localStorage.getItem('lang'))).toBe('en');
  // Choosing a language drops the link's choice, so a reload keeps the person's own.
  await page.getByRole('combobox', { name: 'Idioma', exact: true }).selectOption('ko');
  await expect(page).not.toHaveURL(/lang=/);
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
});
