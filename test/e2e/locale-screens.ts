/**
 * What every language's screens must get right, checked the same way for the 13 locales and the pseudo-locale:
 * no i18n key shown instead of its text, and nothing wider than the screen.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';

function flatKeys(value: unknown, prefix = ''): string[] {
  if (!value || typeof value !== 'object') return [prefix];
  return Object.entries(value).flatMap(([k, v]) => flatKeys(v, prefix ? `${prefix}.${k}` : k));
}

const english = JSON.parse(readFileSync('locales/en/common.json', 'utf8')) as Record<string, unknown>;
const keys = new Set(flatKeys(english).flatMap((k) => [k, k.replace(/_(zero|one|two|few|many|other)$/, '')]));
/** "service.call", or a key mistyped under a known section ("service.cal"): what i18next shows for a missing key. */
const KEY_LIKE = new RegExp(`(?<![\\w.@/-])(?:${Object.keys(english).join('|')})\\.[A-Za-z_][\\w.]*`, 'g');

/** Raw i18n keys visible on the page (text, labels, the title). */
export async function rawKeys(page: Page): Promise<string[]> {
  const text = await page.evaluate(() => {
    const labels = [...document.querySelectorAll('[aria-label],[placeholder],[title]')].flatMap((e) =>
      ['aria-label', 'placeholder', 'title'].map((a) => e.getAttribute(a) ?? ''),
    );
    return [document.body.innerText, document.title, ...labels].join('\n');
  });
  return [...new Set([...text.matchAll(KEY_LIKE)].map((m) => m[0]).filter((k) => keys.has(k) || !/\.(?:gov|org|com|net|us)$/.test(k)))];
}

/** How many CSS pixels the page is wider than the viewport (0 = no horizontal scrolling). */
export async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}
