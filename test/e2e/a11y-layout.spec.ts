/**
 * What axe cannot see (A11Y-2, A11Y-4, A11Y-5, A11Y-7), on every screen at a phone's width: primary actions are
 * big enough for a thumb, WCAG 1.4.12 text spacing clips nothing, keyboard focus is never hidden behind the
 * sticky exit bar, and the crisis lines are in the same place on every screen.
 */
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, waitForDirectory } from './fixtures.ts';
import { NEUTRAL_SITE } from '../../src/app/neutral-site.ts';

test.use({ viewport: { width: 320, height: 640 } });

async function screens(page: Page): Promise<string[]> {
  await page.goto('/');
  await waitForDirectory(page);
  const service = await page.locator('.service-card__name a').first().getAttribute('href');
  return ['/', '/?q=violence', '/?category=hotlines', service!, '/saved', '/about', '/safety', '/outreach'];
}

async function open(page: Page, path: string) {
  await page.goto(path);
  await expect(page.locator('main h1, h1').first()).toBeVisible();
  if (path === '/') await waitForDirectory(page);
  // Search and topic screens: let the results arrive before looking at the layout (they move what is below).
  if (/^\/\?(q|category)=/.test(path)) await expect(page.locator('.result, .service-card').first()).toBeVisible();
  const lang = /[?&]lang=([\w-]+)/.exec(path)?.[1];
  if (lang) await expect(page.locator('html')).toHaveAttribute('lang', lang);
}

test('primary actions (call, text, exit, buttons) are at least 44 by 44 px on every screen (A11Y-2)', async ({ page }) => {
  for (const path of await screens(page)) {
    await open(page, path);
    const small = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.call-button, .crisis-strip__call, .quick-exit__button, .button, button, select, input:not([type=hidden])')]
        .filter((el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden' && !el.closest('.visually-hidden'))
        // A checkbox's target is its whole label (clicking the text ticks it).
        .map((el) => ({ el, target: el.matches('input[type=checkbox], input[type=radio]') ? (el.closest('label') ?? el) : el }))
        .map(({ el, target }) => ({ el: `${el.localName}.${el.className} "${(target.textContent ?? '').trim().slice(0, 30)}"`, r: target.getBoundingClientRect() }))
        .filter(({ r }) => r.width < 44 || r.height < 44)
        .map(({ el, r }) => `${el} ${Math.round(r.width)}x${Math.round(r.height)}`),
    );
    expect(small, path).toEqual([]);
  }
});

test('WCAG 1.4.12 text spacing clips no text and adds no sideways scrolling, in English and Armenian (A11Y-4)', async ({ page }) => {
  const paths = await screens(page);
  for (const lang of ['en', 'hy']) {
    for (const path of paths) {
      await open(page, `${path}${path.includes('?') ? '&' : '?'}lang=${lang}`);
      // Through the CSSOM, as a user style sheet or extension would: the CSP (rightly) refuses an inline <style>.
      await page.evaluate(() => {
        const sheet = new CSSStyleSheet();
        sheet.replaceSync('* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-block-end: 2em !important; }');
        document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
      });
      expect(await page.locator('main p').first().evaluate((p) => getComputedStyle(p).letterSpacing)).not.toBe('normal');
      const clipped = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('body *')]
          .filter((el) => {
            const style = getComputedStyle(el);
            if (el.closest('.visually-hidden') || el.getClientRects().length === 0) return false;
            const hides = (o: string) => o === 'hidden' || o === 'clip';
            const hasText = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim());
            return hasText && ((hides(style.overflowY) && el.scrollHeight > el.clientHeight + 1) || (hides(style.overflowX) && el.scrollWidth > el.clientWidth + 1));
          })
          .map((el) => `${el.localName}.${el.className}`),
      );
      expect(clipped, `${lang} ${path}`).toEqual([]);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${lang} ${path}: sideways scrolling in px`).toBeLessThanOrEqual(0);
    }
  }
});

test('keyboard focus is never hidden behind the sticky exit bar, tabbing forward or back (A11Y-5)', async ({ page }) => {
  test.setTimeout(120_000);
  for (const path of await screens(page)) {
    await open(page, path);
    const hidden: string[] = [];
    const check = async (direction: string) => {
      const state = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const bar = document.querySelector('.quick-exit')!.getBoundingClientRect();
        const r = el.getBoundingClientRect();
        const inBar = !!el.closest('.quick-exit');
        // Entirely hidden: the whole element is under the bar, or outside the viewport.
        const underBar = !inBar && r.top >= bar.top - 0.5 && r.bottom <= bar.bottom + 0.5;
        const offScreen = r.bottom <= 0 || r.top >= innerHeight;
        return { what: `${el.localName} "${(el.textContent ?? el.getAttribute('aria-label') ?? '').trim().slice(0, 30)}"`, hidden: underBar || offScreen };
      });
      if (state?.hidden) hidden.push(`${direction} ${state.what}`);
      return state?.what;
    };
    const seen: string[] = [];
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press('Tab');
      const what = await check('Tab');
      if (what && seen.includes(what) && seen.length > 3 && what === seen[0]) break;
      if (what) seen.push(what);
    }
    for (let i = 0; i < seen.length; i++) {
      await page.keyboard.press('Shift+Tab');
      await check('Shift+Tab');
    }
    expect(seen.length, `${path}: nothing took focus`).toBeGreaterThan(3);
    expect(hidden, path).toEqual([]);
  }
});

test('the crisis lines (911, 988) are in the same place on every screen (A11Y-7, WCAG 3.2.6)', async ({ page }) => {
  const orders = new Map<string, string>();
  for (const path of await screens(page)) {
    await open(page, path);
    const order = await page.evaluate(() =>
      [...document.querySelectorAll('.quick-exit, header, nav.crisis-strip, main, footer')]
        .filter((el) => !el.parentElement?.closest('main'))
        .map((el) => el.localName + (el.classList.contains('crisis-strip') ? '.crisis-strip' : '') + (el.classList.contains('quick-exit') ? '.quick-exit' : ''))
        .join(' > '),
    );
    orders.set(path, order);
    await expect(page.locator('nav.crisis-strip a[href="tel:911"]')).toBeVisible();
    await expect(page.locator('nav.crisis-strip a[href="tel:988"]')).toBeVisible();
  }
  expect(new Set(orders.values()).size, JSON.stringify(Object.fromEntries(orders), null, 1)).toBe(1);
  expect([...orders.values()][0]).toMatch(/div\.quick-exit > header > nav\.crisis-strip > main/);
});

test('axe finds nothing with the update toast shown (English, Farsi) or with the exit overlay shown (A11Y-1, A11Y-8)', async ({ page, guard }) => {
  const audit = async (what: string) => {
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), what).toEqual([]);
  };
  for (const lang of ['en', 'fa']) {
    const strings = JSON.parse(readFileSync(`locales/${lang}/common.json`, 'utf8')) as { update: Record<string, string> };
    await page.goto(`/?lang=${lang}`);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    // The toast as UpdateToast.tsx draws it (update.spec.ts shows the real one after a deploy).
    await page.evaluate((u) => {
      const toast = document.createElement('div');
      toast.className = 'toast';
      toast.setAttribute('role', 'status');
      toast.setAttribute('aria-live', 'polite');
      const message = document.createElement('p');
      message.className = 'toast__message';
      message.textContent = u.available!;
      toast.append(message);
      for (const [label, kind] of [[u.action!, 'button button--primary'], [u.dismiss!, 'button']] as const) {
        const button = document.createElement('button');
        button.type = 'button';
        button.className = kind;
        button.textContent = label;
        toast.append(button);
      }
      document.body.append(toast);
    }, strings.update);
    await audit(`${lang} with the update toast`);
  }
  // The exit overlay as it stays when the neutral site sends nothing back (204 No Content: the browser keeps the
  // blanked page; a page with a navigation in flight cannot be inspected).
  await page.route(`${NEUTRAL_SITE}**`, (route) => route.fulfill({ status: 204 }));
  await page.goto('/?lang=en');
  await page.getByRole('button', { name: 'Exit this page' }).click({ noWaitAfter: true });
  await expect(page.locator('.exit-overlay[role=alert]')).toHaveText('Leaving this page…');
  await expect(page.locator('main')).toBeHidden();
  await audit('exit overlay');
  expect(guard.offOrigin).toEqual([NEUTRAL_SITE]);
  (guard.offOrigin as string[]).length = 0;
});
