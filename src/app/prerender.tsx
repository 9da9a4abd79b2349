/**
 * Build-time only (scripts/vite/prerender-plugin.ts): the start screen as HTML, so the first paint needs no
 * JavaScript — the header, the crisis numbers, "Exit this page" (a plain link) and the footer links work while the
 * code is still loading. main.tsx then renders the same tree over it, reusing these elements.
 *
 * Rendered with the app's own components and strings; the directory itself is not in it (it comes from the
 * device or the network, and may be newer than the build).
 */
import i18next from 'i18next';
import { renderToString } from 'preact-render-to-string';
import { App } from './App.tsx';
import { i18nOptions } from '../i18n/i18n.ts';

/** `strings`: the contents of locales/<lang>/common.json (and of its fallbacks, keyed by language). */
export async function prerenderHome(lang: string, strings: Record<string, Record<string, unknown>>): Promise<{ body: string; title: string }> {
  const resources = Object.fromEntries(Object.entries(strings).map(([code, common]) => [code, { common }]));
  await i18next.init({ ...i18nOptions(lang), resources });
  // The router reads the address while rendering: the start screen's.
  const scope = globalThis as { location?: unknown };
  const saved = scope.location;
  scope.location = new URL('http://localhost/');
  try {
    return { body: renderToString(<App initialLanguage={lang} />), title: i18next.t('app.name') };
  } finally {
    scope.location = saved;
  }
}
