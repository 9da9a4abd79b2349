import { test, expect, waitForDirectory, waitForServiceWorkerControl } from './fixtures.ts';
import { openState } from '../../src/model/open-now.ts';
import type { Schedule } from '../../src/model/hsds.ts';

test('offline, a resident types a query, sees why results matched and opens the first one', async ({ page, context }) => {
  await page.goto('/');
  await waitForServiceWorkerControl(page);
  await waitForDirectory(page);

  await context.setOffline(true);
  await page.reload();
  await waitForDirectory(page);

  const box = page.getByRole('searchbox', { name: 'Search for help' });
  await box.fill('notaro fraud'); // one letter missing
  const results = page.locator('.result');
  await expect(results.first()).toBeVisible();
  await expect(page).toHaveURL(/\/\?q=notaro(\+|%20)fraud$/);
  await expect(page.getByRole('status').filter({ hasText: /\d+ results?/ })).toBeVisible();
  const first = results.first().getByRole('link');
  await expect(first).toContainText('Notario fraud');
  await expect(results.first().locator('mark').first()).toBeVisible();

  await first.click();
  await expect(page).toHaveURL(/\/service\/[0-9a-f-]+$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Notario fraud');
  await expect(page.getByText(/Information checked on/)).toBeVisible();

  // Back returns to the same results.
  await page.goBack();
  await expect(box).toHaveValue('notaro fraud');
  await expect(results.first().getByRole('link')).toContainText('Notario fraud');
});

test('crisis words put the 24/7 lines first and say so', async ({ page }) => {
  await page.goto('/');
  await waitForDirectory(page);
  await page.getByRole('searchbox', { name: 'Search for help' }).fill('suicide');
  await expect(page.locator('.result').first().getByRole('link')).toContainText('988');
  await expect(page.getByText('Crisis lines that answer 24 hours a day are shown first.')).toBeVisible();
});

test('a shared link to a service opens offline, and nothing found suggests 211', async ({ page, context }) => {
  await page.goto('/');
  await waitForServiceWorkerControl(page);
  await waitForDirectory(page);
  const href = await page.locator('.service-card__name a').first().getAttribute('href');
  const name = await page.locator('.service-card__name a').first().textContent();

  await context.setOffline(true);
  await page.goto(href!);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name!);

  await page.goto('/?q=zzzxqv');
  await expect(page.getByText('Nothing found for “zzzxqv”.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Call 211' })).toHaveAttribute('href', 'tel:211');
});

test('browsing a topic and filtering by "Free" show exactly the matching services, offline', async ({ page, context }) => {
  const { readFileSync } = await import('node:fs');
  const manifest = JSON.parse(readFileSync('dist/data/manifest.json', 'utf8')) as { base: { url: string } };
  const base = JSON.parse(readFileSync(`dist${manifest.base.url}`, 'utf8')) as {
    taxonomy: { id: string; code: string; name: string }[];
    services: { name: string; attributes?: { taxonomy_term_id: string }[]; cost_options?: { amount?: number }[] }[];
  };
  const victims = base.taxonomy.find((t) => t.code === 'victims')!;
  const inTopic = base.services.filter((s) => s.attributes?.some((a) => a.taxonomy_term_id === victims.id));
  const freeInTopic = inTopic.filter((s) => s.cost_options?.some((c) => c.amount === 0));
  expect(freeInTopic.length).toBeGreaterThan(0);
  expect(freeInTopic.length).toBeLessThan(inTopic.length);

  await page.goto('/');
  await waitForServiceWorkerControl(page);
  await waitForDirectory(page);
  await context.setOffline(true);
  await page.getByRole('navigation', { name: 'Browse by topic' }).getByRole('link', { name: victims.name }).click();
  await expect(page).toHaveURL(/\/\?category=victims$/);
  const names = page.locator('.result__name');
  await expect(names).toHaveCount(inTopic.length);
  expect((await names.allTextContents()).sort()).toEqual(inTopic.map((s) => s.name).sort());

  await page.getByRole('checkbox', { name: 'Free' }).check();
  await expect(page).toHaveURL(/category=victims&free=1$/);
  await expect(names).toHaveCount(freeInTopic.length);
  expect((await names.allTextContents()).sort()).toEqual(freeInTopic.map((s) => s.name).sort());
});

test('the crisis strip calls 911 and 988 from every screen', async ({ page }) => {
  await page.goto('/');
  await waitForDirectory(page);
  const strip = page.getByRole('navigation', { name: 'In a crisis' });
  await expect(strip.getByRole('link', { name: 'Emergency: call 911' })).toHaveAttribute('href', 'tel:911');
  await expect(strip.getByRole('link', { name: /988/ })).toHaveAttribute('href', 'tel:988');
  await page.locator('.service-card__name a').first().click();
  await expect(page.getByRole('navigation', { name: 'In a crisis' }).getByRole('link', { name: 'Emergency: call 911' })).toBeVisible();
});

test('offline, in Chinese, a query with no spaces finds the program and opens it in Chinese', async ({ page, context }) => {
  const { readFileSync } = await import('node:fs');
  const manifest = JSON.parse(readFileSync('dist/data/manifest.json', 'utf8')) as { locales: Record<string, { url: string }> };
  test.skip(!manifest.locales['zh-Hans'], 'needs Simplified Chinese data translations');
  const chinese = JSON.parse(readFileSync(`dist${manifest.locales['zh-Hans']!.url}`, 'utf8')) as {
    entries: Record<string, { name?: { text: string } }>;
  };
  const notario = JSON.parse(readFileSync('data/services/notario-fraud.json', 'utf8')) as { id: string };
  const name = chinese.entries[notario.id]?.name?.text;
  expect(name, 'the notario fraud service has a Chinese name').toBeTruthy();

  await page.goto('/');
  await waitForServiceWorkerControl(page);
  await waitForDirectory(page);
  await page.getByRole('combobox', { name: 'Language', exact: true }).selectOption('zh-Hans');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
  // The Chinese translations of the directory are stored once a service shows its Chinese name.
  await expect(page.locator('.service-card__name a').filter({ hasText: name! })).toBeVisible();

  await context.setOffline(true);
  await page.reload();
  await waitForDirectory(page);
  // "公证欺诈" (notary fraud): Intl.Segmenter splits it into 公证 | 欺诈 in the search worker.
  await page.getByRole('searchbox').fill('公证欺诈');
  const first = page.locator('.result').first().getByRole('link');
  await expect(first).toHaveText(name!);
  await first.click();
  await expect(page).toHaveURL(new RegExp(`/service/${notario.id}`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name!);
});

test('a topic filtered by "Open now" shows exactly the services open at that moment in Los Angeles, and a result calls the right number', async ({ page }) => {
  const { readFileSync } = await import('node:fs');
  const manifest = JSON.parse(readFileSync('dist/data/manifest.json', 'utf8')) as { base: { url: string } };
  const base = JSON.parse(readFileSync(`dist${manifest.base.url}`, 'utf8')) as {
    taxonomy: { id: string; code: string; name: string }[];
    services: {
      name: string;
      attributes?: { taxonomy_term_id: string }[];
      schedules?: Schedule[];
      phones?: { number: string }[];
      service_at_locations?: { location_id: string; schedules?: Schedule[] }[];
    }[];
    locations: { id: string; schedules?: Schedule[] }[];
  };
  // Hours can be the service's, or those of the places it is given (HSDS service_at_location and location).
  const hours = (s: (typeof base.services)[number]) => [
    ...(s.schedules ?? []),
    ...(s.service_at_locations ?? []).flatMap((sal) => [...(sal.schedules ?? []), ...(base.locations.find((l) => l.id === sal.location_id)?.schedules ?? [])]),
  ];
  // A Tuesday at 23:30 in Los Angeles (07:30 UTC on Wednesday): the 24/7 lines are open, office hours are not.
  const now = new Date('2026-12-09T07:30:00Z');
  const topic = base.taxonomy.find((t) => t.code === 'mental-health')!;
  const inTopic = base.services.filter((s) => s.attributes?.some((a) => a.taxonomy_term_id === topic.id));
  const openInTopic = inTopic.filter((s) => openState(hours(s), now)?.open === true);
  expect(openInTopic.length).toBeGreaterThan(0);
  expect(openInTopic.length).toBeLessThan(inTopic.length);

  await page.clock.setFixedTime(now);
  await page.goto('/');
  await waitForDirectory(page);
  await page.getByRole('navigation', { name: 'Browse by topic' }).getByRole('link', { name: topic.name }).click();
  const names = page.locator('.result__name');
  await expect(names).toHaveCount(inTopic.length);
  await page.getByRole('checkbox', { name: 'Open now' }).check();
  await expect(page).toHaveURL(/category=mental-health&open=1$/);
  await expect(names).toHaveCount(openInTopic.length);
  expect((await names.allTextContents()).sort()).toEqual(openInTopic.map((s) => s.name).sort());

  // Search → service → its call button dials the service's own number.
  const first = openInTopic.find((s) => s.name === (openInTopic.map((o) => o.name).sort()[0]))!;
  await names.filter({ hasText: first.name }).first().getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(first.name);
  const digits = first.phones![0]!.number.replace(/\D/g, '');
  const call = page.locator('main a[href^="tel:"]').first();
  expect((await call.getAttribute('href'))!.replace(/\D/g, '')).toContain(digits.slice(-7));
});

test('the "language spoken" filter names each language in the reader\'s language and shows exactly the services that speak it', async ({ page }) => {
  const { readFileSync } = await import('node:fs');
  const manifest = JSON.parse(readFileSync('dist/data/manifest.json', 'utf8')) as { base: { url: string } };
  const base = JSON.parse(readFileSync(`dist${manifest.base.url}`, 'utf8')) as {
    services: { name: string; languages?: { code?: string }[] }[];
  };
  const codes = [...new Set(base.services.flatMap((s) => (s.languages ?? []).flatMap((l) => (l.code ? [l.code] : []))))].sort();
  expect(codes.length).toBeGreaterThan(1);
  const code = codes.includes('ko') ? 'ko' : codes.find((c) => c !== 'en')!;
  const speaking = base.services.filter((s) => s.languages?.some((l) => l.code === code));
  const spanishName = new Intl.DisplayNames(['es'], { type: 'language' }).of(code)!;

  await page.goto('/?lang=es');
  await waitForDirectory(page);
  const select = page.getByRole('combobox', { name: 'Idioma que se habla' });
  await select.focus();
  const labels = await select.locator('option').allTextContents();
  expect(labels.slice(1)).toEqual(codes.map((c) => new Intl.DisplayNames(['es'], { type: 'language' }).of(c)));
  await select.selectOption({ label: spanishName });
  await expect(page).toHaveURL(new RegExp(`[?&]spoken=${code}(&|$)`));
  await expect(page.locator('.result__name')).toHaveCount(speaking.length);

  // A shared link with the filter names the chosen language at once.
  await page.reload();
  await expect(page.locator('.result__name')).toHaveCount(speaking.length);
  await expect(page.getByRole('combobox', { name: 'Idioma que se habla' }).locator('option:checked')).toHaveText(spanishName);
});

test('a long result list is drawn in two steps and ends complete: every result the status counts is listed', async ({ page }) => {
  await page.goto('/?free=1');
  const status = page.getByRole('status').filter({ hasText: /\d+ results?/ });
  await expect(status).toBeVisible({ timeout: 30_000 });
  const total = Number(/(\d+) results?/.exec((await status.textContent()) ?? '')?.[1]);
  expect(total, 'enough free services to need the second step').toBeGreaterThan(12);
  await expect(page.locator('.result')).toHaveCount(Math.min(total, 60));
  await expect(page.locator('.result-list[aria-busy="true"]')).toHaveCount(0);
});
