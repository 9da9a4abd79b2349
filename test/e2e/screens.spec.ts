/**
 * The main screens at a small phone's size (360 × 740) in English, Spanish, Chinese (Simplified) and Farsi (right
 * to left). Pixel comparisons break across machines and fonts, so each screen is saved for a person to look at
 * (test-results/screens/<lang>-<screen>.png: the first screen; -full.png: the whole page) and checked for layout facts that must hold everywhere:
 *   - no horizontal scrolling;
 *   - "Exit this page" and both crisis-line links are on screen and at least 44 px tall (and wide);
 *   - no heading, button, link-button or label is wider than its box (clipped or spilling text);
 *   - nothing sticks out of the viewport sideways;
 *   - the app's lists have their styles (a screen opened first brings its lazy chunk's CSS).
 */
import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, waitForDirectory } from './fixtures.ts';

const LANGS = ['en', 'es', 'zh-Hans', 'fa'] as const;
const OUT = 'test-results/screens';

interface LayoutFacts {
  overflowX: number;
  touchTargets: Array<{ name: string; width: number; height: number; onScreen: boolean }>;
  clipped: string[];
  outside: string[];
  unstyled: string[];
}

function layoutFacts(page: Page): Promise<LayoutFacts> {
  return page.evaluate(() => {
    const describe = (el: Element) => `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).split(' ')[0]}` : ''} "${(el.textContent ?? '').trim().slice(0, 40)}"`;
    const visible = (el: Element) => {
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden' && !el.closest('.visually-hidden, [hidden]');
    };
    const targets = [document.querySelector('.quick-exit__button'), ...document.querySelectorAll('.crisis-strip__call')].filter((e): e is Element => !!e);
    const touchTargets = targets.map((el) => {
      const r = el.getBoundingClientRect();
      return { name: describe(el), width: r.width, height: r.height, onScreen: r.top >= 0 && r.left >= 0 && r.right <= innerWidth && r.bottom <= innerHeight };
    });
    const texty = document.querySelectorAll('h1, h2, h3, button, .button, .call-button, summary, label, select, .crisis-strip__call, .quick-exit__button, nav a');
    const clipped = [...texty].filter((el) => visible(el) && el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 0).map(describe);
    const outside = [...document.querySelectorAll('body *')]
      .filter((el) => visible(el) && !el.closest('select'))
      .filter((el) => {
        const r = el.getBoundingClientRect();
        return r.right > innerWidth + 1 || r.left < -1;
      })
      .map(describe);
    // A screen opened first must bring its own styles (a lazy chunk's CSS): one of the app's unbulleted lists drawn
    // with browser bullets means its style sheet is missing.
    const unstyled = [...document.querySelectorAll('main :is(.result-list, .service-list, .service-card__phones, .phone-list)')]
      .filter((el) => visible(el) && getComputedStyle(el).listStyleType !== 'none')
      .map(describe);
    return { overflowX: document.documentElement.scrollWidth - document.documentElement.clientWidth, touchTargets, clipped, outside, unstyled };
  });
}

async function check(page: Page, lang: string, screen: string): Promise<void> {
  await page.evaluate(() => document.fonts.ready);
  await page.evaluate(() => window.scrollTo(0, 0));
  // What a phone shows first, and the whole page.
  await page.screenshot({ path: `${OUT}/${lang}-${screen}.png` });
  await page.screenshot({ path: `${OUT}/${lang}-${screen}-full.png`, fullPage: true });
  const facts = await layoutFacts(page);
  const where = `${lang} ${screen}`;
  expect(facts.overflowX, `${where}: horizontal scroll in px`).toBeLessThanOrEqual(0);
  expect(facts.touchTargets.length, `${where}: "Exit this page" and the two crisis links`).toBe(3);
  for (const target of facts.touchTargets) {
    expect(target.onScreen, `${where}: ${target.name} is on the first screen`).toBe(true);
    expect(target.height, `${where}: ${target.name} height`).toBeGreaterThanOrEqual(44);
    expect(target.width, `${where}: ${target.name} width`).toBeGreaterThanOrEqual(44);
  }
  expect(facts.clipped, `${where}: text wider than its box`).toEqual([]);
  expect(facts.outside, `${where}: elements outside the viewport`).toEqual([]);
  expect(facts.unstyled, `${where}: lists without their styles`).toEqual([]);
}

test.describe('main screens at 360 × 740', () => {
  test.describe.configure({ timeout: 150_000 });
  test.use({ viewport: { width: 360, height: 740 } });
  test.beforeAll(() => mkdirSync(OUT, { recursive: true }));

  for (const lang of LANGS) {
    test(`${lang}: home, results, service, saved, about, safety, outreach`, async ({ page }) => {
      const q = (path: string) => `${path}${path.includes('?') ? '&' : '?'}lang=${lang}`;
      await page.goto(q('/'));
      await waitForDirectory(page);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await check(page, lang, 'home');

      await page.goto(q('/?q=court'));
      await expect(page.locator('.result-list > li').first()).toBeVisible();
      await check(page, lang, 'results');

      const serviceHref = await page.locator('.result-list a[href^="/service/"]').first().getAttribute('href');
      await page.goto(q(serviceHref!));
      await expect(page.locator('main h1')).toBeVisible();
      // Saved, so the favorites screen shows a list, not only its empty state.
      await page.locator('.save button').click();
      await expect(page.locator('.save button')).toHaveAttribute('aria-pressed', 'true');
      await check(page, lang, 'service');

      for (const [path, screen] of [['/saved', 'saved'], ['/about', 'about'], ['/safety', 'safety'], ['/outreach', 'outreach']] as const) {
        await page.goto(q(path));
        await expect(page.locator('main h1')).toBeVisible();
        await check(page, lang, screen);
      }
    });
  }
});
