import { readFileSync } from 'node:fs';
import { test, expect, waitForDirectory, waitForServiceWorkerControl } from './fixtures.ts';

const manifest = JSON.parse(readFileSync('dist/data/manifest.json', 'utf8')) as {
  base: { url: string };
  locales: Record<string, { url: string }>;
};
const read = <T>(url: string) => JSON.parse(readFileSync(`dist${url}`, 'utf8')) as T;

test('in Spanish, service names come from the Spanish data, marked as machine translations, and stay offline', async ({ page, context }) => {
  test.skip(!manifest.locales.es, 'needs Spanish data translations');
  const es = read<{ entries: Record<string, Record<string, { text: string; status: string }>> }>(manifest.locales.es!.url);
  const base = read<{ services: { id: string; name: string }[] }>(manifest.base.url);
  const translated = base.services.find((s) => es.entries[s.id]?.name?.status === 'machine')!;
  await page.goto('/');
  await waitForDirectory(page);
  await waitForServiceWorkerControl(page);
  await page.getByRole('combobox', { name: 'Language', exact: true }).selectOption('es');
  const heading = page.getByRole('heading', { level: 2, name: es.entries[translated.id]!.name!.text });
  await expect(heading).toBeVisible();
  await expect(heading).toHaveAttribute('lang', 'es');
  await expect(page.getByText('Traducido automáticamente').first()).toBeVisible();

  // The translations were stored with the directory: a reload without network still shows them.
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 2, name: es.entries[translated.id]!.name!.text })).toBeVisible();
  await context.setOffline(false);
});
