import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { test, expect, waitForDirectory } from './fixtures.ts';

test('kiosk mode: a PIN to switch it on and off, and after 2 quiet minutes the next visitor starts fresh', async ({ page, baseURL }) => {
  await page.clock.install();
  await page.goto('/');
  await waitForDirectory(page);
  await page.getByRole('link', { name: 'For outreach workers' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'For outreach workers' })).toBeVisible();

  // The hand-over QR code is the app's address.
  const qr = page.getByRole('img', { name: 'QR code with the address of this app' });
  const png = PNG.sync.read(await qr.screenshot());
  expect(jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data).toBe(new URL('/', baseURL).href);

  // Switching on needs the same 4–8 digit PIN twice.
  await page.getByLabel('Choose a PIN').fill('12');
  await page.getByLabel('Type the PIN again').fill('12');
  await page.getByRole('button', { name: 'Start kiosk mode' }).click();
  await expect(page.getByRole('alert')).toHaveText('4 to 8 digits.');
  await page.getByLabel('Choose a PIN').fill('2468');
  await page.getByLabel('Type the PIN again').fill('2468');
  await page.getByRole('button', { name: 'Start kiosk mode' }).click();
  await expect(page.getByText('Kiosk mode is on. The app starts over after 2 minutes without a touch.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Exit this page' })).toHaveCount(0);
  await expect(page.getByText('Clear my data')).toHaveCount(0);

  // A visitor: Spanish, a search, a service.
  await page.getByRole('button', { name: 'Start over' }).click();
  await expect(page).toHaveURL(new URL('/', baseURL).href);
  await page.getByRole('combobox', { name: 'Language', exact: true }).selectOption('es');
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  const box = page.getByRole('searchbox');
  await box.fill('fraude notario');
  await page.locator('.result').first().getByRole('link').click();
  await expect(page).toHaveURL(/\/service\//);
  await expect(page.getByRole('button', { name: /Guardar|Save/ })).toBeHidden();

  // Two quiet minutes: back to the start, in English, nothing of the visitor left, and Back does not show it.
  await page.clock.fastForward('01:50');
  await expect(page).toHaveURL(/\/service\//);
  await page.clock.fastForward('00:15');
  await expect(page).toHaveURL(new URL('/', baseURL).href);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('searchbox', { name: 'Search for help' })).toHaveValue('');
  await page.goBack();
  await expect(page).not.toHaveURL(/\/service\/|q=/);

  // Switching off needs the PIN.
  await page.goto('/outreach');
  await page.getByLabel('PIN', { exact: true }).fill('1111');
  await page.getByRole('button', { name: 'Switch off kiosk mode' }).click();
  await expect(page.getByRole('alert')).toHaveText('That PIN is not right.');
  await expect(page.getByRole('button', { name: 'Start over' })).toBeVisible();
  await page.getByLabel('PIN', { exact: true }).fill('2468');
  await page.getByRole('button', { name: 'Switch off kiosk mode' }).click();
  await expect(page.getByRole('button', { name: 'Start over' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Exit this page' })).toBeVisible();
});
