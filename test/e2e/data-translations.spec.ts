import { readFileSync } from 'node:fs';
import { test, expect, waitForDirectory, waitForServiceWorkerControl } from './fixtures.ts';

const manifest = JSON.parse(readFileSync('dist/data/manifest.json', 'utf8')) as { locales: Record<string, { url: string }> };
const es = JSON.parse(readFileSync(`dist${manifest.locales.es!.url}`, 'utf8')) as {
  entries: Record<string, Record<string, { text: string; status: string }>>;
};
const base = JSON.parse(readFileSync(`dist${JSON.parse(readFileSync('dist/data/manifest.json', 'utf8')).base.url}`, 'utf8')) as {
  services: { id: string; name: string }[];
};
const translated = base.services.find((s) => es.entries[s.id]?.name)!;

test('in Spanish, service names come from the Spanish data, marked as machine translations, and stay offline', async ({ page, context }) => {
  await page.goto('/');
  await waitForDirectory(page);
  await waitForServiceWorkerControl(page);
  await page.getByRole('combobox', { name: 'Language' }).selectOption('es');
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
