import { test, expect, waitForDirectory, waitForServiceWorkerControl } from './fixtures.ts';

test('a saved service is listed under "Saved", offline too, and can be removed', async ({ page, context }) => {
  await page.goto('/');
  await waitForServiceWorkerControl(page);
  await waitForDirectory(page);
  const link = page.locator('.service-card__name a').first();
  const name = (await link.textContent())!;
  await link.click();
  const save = page.getByRole('button', { name: 'Save' });
  await expect(save).toHaveAttribute('aria-pressed', 'false');
  await save.click();
  await expect(page.getByRole('button', { name: 'Saved ✓' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByText('Saved on this device only.')).toBeVisible();

  await context.setOffline(true);
  await page.goto('/saved');
  await expect(page.getByRole('heading', { level: 1, name: 'Saved services' })).toBeVisible();
  await expect(page.getByRole('link', { name })).toBeVisible();
  await page.getByRole('button', { name: 'Remove' }).click();
  await expect(page.getByText('Nothing saved yet.')).toBeVisible();
  await page.reload();
  await expect(page.getByText('Nothing saved yet.')).toBeVisible();
});
