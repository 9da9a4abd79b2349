import { readFileSync } from 'node:fs';
import { test, expect, waitForDirectory, waitForServiceWorkerControl } from './fixtures.ts';

const es = JSON.parse(readFileSync('locales/es/common.json', 'utf8')) as { app: { tagline: string } };

test('translator preview, offline: shows keys, a new Spanish text appears on the home screen, stays after a reload and downloads as a locale file', async ({ page, context }) => {
  test.setTimeout(90_000);
  // What the page itself asks for (the service worker's precaching fetches every file, this one included).
  const pageRequests: string[] = [];
  const sent: string[] = [];
  page.on('request', (r) => {
    pageRequests.push(r.url());
    if (r.method() !== 'GET') sent.push(`${r.method()} ${r.url()}`);
  });
  await page.goto('/');
  await waitForServiceWorkerControl(page);
  await waitForDirectory(page);
  // Not part of the first view: the translator's code and strings load only when the mode is opened.
  expect(pageRequests.filter((u) => /TranslatorPanel|translator-/.test(u))).toEqual([]);
  await context.setOffline(true);

  await page.getByRole('link', { name: 'About', exact: true }).click();
  await page.getByRole('button', { name: 'Open translator preview' }).click();
  const panel = page.locator('details.translator');
  await expect(panel.locator('summary')).toHaveText('Translator preview');

  // Keys next to the text, on the real screen.
  await panel.getByLabel("Show each text's key next to it").check();
  await expect(page.locator('main h1')).toHaveText('About this directory ⟦about.title⟧');
  await panel.getByLabel("Show each text's key next to it").uncheck();
  await expect(page.locator('main h1')).toHaveText('About this directory');

  // Pick Spanish: the app and the panel switch to it.
  await panel.locator('select').selectOption('es');
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(panel.locator('summary')).toHaveText('Vista previa para traductores');

  const key = panel.locator('input[list="translator-keys"]');
  const text = panel.locator('textarea');
  await key.fill('app.tagline');
  await expect(text).toHaveValue(es.app.tagline);
  await expect(panel.locator('.translator__source')).toContainText('Justice, safety and help programs in Los Angeles County');

  // Markup is flagged, and shown as typed (text, never HTML).
  await text.fill('<b>Ayuda</b> cerca de usted');
  await expect(panel.locator('.translator__warning')).toHaveText('Solo texto: las etiquetas se muestran tal como se escriben, sin formato.');
  await panel.locator('button[type="submit"]').click();
  await expect(page.locator('.app-tagline')).toHaveText('<b>Ayuda</b> cerca de usted');
  await expect(page.locator('.app-tagline b')).toHaveCount(0);

  await text.fill('Ayuda cerca de usted, en su idioma');
  await expect(panel.locator('.translator__warning')).toHaveCount(0);
  await panel.locator('button[type="submit"]').click();
  await expect(panel.getByRole('status')).toHaveText('Cambiado. Abra cualquier pantalla para verlo.');

  // Seen live on the home screen.
  await page.locator('.app-title a').click();
  await waitForDirectory(page);
  await expect(page.locator('.app-tagline')).toHaveText('Ayuda cerca de usted, en su idioma');
  await expect(panel.getByRole('heading', { name: 'Textos cambiados en este idioma: 1' })).toBeVisible();

  const before = pageRequests.length;
  // Downloaded as nested i18next JSON v4 with only the changed strings.
  const downloading = page.waitForEvent('download');
  await panel.getByRole('button', { name: 'Descargar los textos cambiados (archivo JSON)' }).click();
  const file = await downloading;
  expect(file.suggestedFilename()).toBe('es-common.json');
  const content = readFileSync((await file.path())!, 'utf8');
  expect(JSON.parse(content)).toEqual({ app: { tagline: 'Ayuda cerca de usted, en su idioma' } });
  expect(content).toBe('{\n  "app": {\n    "tagline": "Ayuda cerca de usted, en su idioma"\n  }\n}\n');
  // The file is made in the page (a blob: URL): no request for it, and nothing was ever posted anywhere.
  // (The app's own code may still load lazily meanwhile, e.g. the search worker once the page is idle.)
  expect(pageRequests.slice(before).filter((u) => !u.startsWith('blob:') && !new URL(u).pathname.startsWith('/assets/'))).toEqual([]);
  expect(sent).toEqual([]);

  // Kept on this device: after a reload (still offline) the edit is back in the app.
  await page.reload();
  await waitForDirectory(page);
  await expect(page.locator('.app-tagline')).toHaveText('Ayuda cerca de usted, en su idioma');

  // Closing the mode gives residents' text back; the edit stays stored for next time.
  await panel.getByRole('button', { name: 'Cerrar la vista previa para traductores' }).click();
  await expect(panel).toHaveCount(0);
  await expect(page.locator('.app-tagline')).toHaveText(es.app.tagline);
  expect(await page.evaluate(() => localStorage.getItem('translator-edits'))).toContain('Ayuda cerca de usted');
  await context.setOffline(false);
});

test.describe('at 320 px, right to left', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test('the translator panel in Arabic fits the screen, passes axe (WCAG 2.2 AA) and shows keys on the home screen', async ({ page }) => {
    test.setTimeout(90_000);
    await page.goto('/about?lang=ar');
    await page.locator('main button.button').click(); // "Open translator preview", in Arabic
    const panel = page.locator('details.translator');
    await expect(panel.locator('summary')).toHaveText('معاينة المترجم');
    await panel.locator('input[type="checkbox"]').check();
    await page.locator('.app-title a').click();
    await waitForDirectory(page);
    await expect(page.locator('h1.app-title')).toContainText('⟦app.name⟧');
    await panel.locator('input[list="translator-keys"]').fill('status.ready_few'); // a form Arabic has and English lacks
    await expect(panel.locator('.translator__source')).toContainText('{{count}} services saved on this device');
    await page.screenshot({ path: 'test-results/translator/panel-ar-320.png' });
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    const { default: AxeBuilder } = await import('@axe-core/playwright');
    const results = await new AxeBuilder({ page }).include('details.translator').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});
