import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, waitForDirectory } from './fixtures.ts';

/**
 * axe-core on every screen, in light and dark themes, in English and in right-to-left languages (Farsi light,
 * Arabic dark), at a phone's width.
 * WCAG 2.0–2.2 A and AA rules, including `target-size` (2.2 AA), which must have run on every screen.
 */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function audit(page: Page, screen: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const ran = [...results.passes, ...results.violations, ...results.incomplete].map((r) => r.id);
  expect(ran, `${screen}: target-size was not checked`).toContain('target-size');
  const problems = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => `${n.target.join(' ')} — ${n.failureSummary?.split('\n').join(' ')}`).join('\n    ')}`,
  );
  expect(problems, `${screen}: axe violations`).toEqual([]);
  // No horizontal scrolling at this width.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, `${screen}: horizontal overflow in px`).toBeLessThanOrEqual(0);
}

/** Every screen a resident reaches, each audited once it has settled. */
async function auditAllScreens(page: Page, label: string): Promise<void> {
  await page.goto('/');
  await waitForDirectory(page);
  await audit(page, `${label} home`);

  await page.locator('details.storage-details > summary').click();
  await expect(page.locator('details.storage-details')).toHaveAttribute('open', '');
  await audit(page, `${label} home with "Storage and data" open`);

  const serviceHref = await page.locator('.service-card__name a').first().getAttribute('href');

  await page.goto('/?q=violence');
  await expect(page.locator('.result').first()).toBeVisible();
  await audit(page, `${label} results`);

  await page.goto('/?q=zzzxqv');
  await expect(page.locator('.search-empty, [role="status"]').first()).toBeVisible();
  await audit(page, `${label} nothing found`);

  await page.goto(serviceHref!);
  await expect(page.locator('main h1')).toBeVisible();
  await audit(page, `${label} service`);

  // The sources open, and the service saved, so "Saved" is audited with its list too.
  await page.locator('.service-page__provenance summary').click();
  await page.locator('.save button').click();
  await expect(page.locator('.save button')).toHaveAttribute('aria-pressed', 'true');
  // From the top, as every other screen is audited (scrolled, the sticky exit bar covers the header's controls).
  await page.evaluate(() => window.scrollTo(0, 0));
  await audit(page, `${label} service, sources open, saved`);

  for (const path of ['/saved', '/about', '/safety', '/outreach']) {
    await page.goto(path);
    await expect(page.locator('main h1')).toBeVisible();
    if (path === '/saved') await expect(page.locator('main a[href^="/service/"]').first()).toBeVisible();
    await audit(page, `${label} ${path}`);
  }

  // The printable handouts, as they show on screen before printing.
  for (const path of ['/print/key-numbers', '/print/category/mental-health']) {
    await page.goto(path);
    await expect(page.locator('.handout__foot')).toBeVisible();
    await audit(page, `${label} ${path}`);
  }
}

test.describe('accessibility (axe, WCAG 2.2 AA) at 320 px', () => {
  // axe takes a few seconds a screen on a 2-core machine; ten screens each.
  test.describe.configure({ timeout: 180_000 });
  test.use({ viewport: { width: 320, height: 640 } });

  test('every screen in English, light theme', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await auditAllScreens(page, 'en light');
  });

  /** Start in a right-to-left language, chosen the way a resident does (the picker). */
  async function chooseRightToLeft(page: Page, code: 'fa' | 'ar') {
    await page.goto('/');
    await waitForDirectory(page);
    await page.getByRole('combobox', { name: 'Language', exact: true }).selectOption(code);
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  }

  test('every screen in English, dark theme', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await auditAllScreens(page, 'en dark');
  });

  test('every screen in Farsi (right to left), light theme', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await chooseRightToLeft(page, 'fa');
    await auditAllScreens(page, 'fa light');
  });

  test('every screen in Arabic (right to left), dark theme', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await chooseRightToLeft(page, 'ar');
    await expect(page.locator('.service-card__name').first()).toHaveAttribute('lang', 'ar');
    await auditAllScreens(page, 'ar dark');
  });
});
