/// <reference lib="webworker" />
/**
 * The service worker (vite-plugin-pwa injectManifest entry). Precaches every file of the build (app, locale
 * files, dataset payloads), serves the app shell for navigations, and waits for the page to say SKIP_WAITING:
 * a new version never takes over an open tab by itself, so the old tab's lazy chunks stay loadable.
 */
import { clientsClaim } from 'workbox-core';
import { addRoute, cleanupOutdatedCaches, createHandlerBoundToURL, matchPrecache, precache } from 'workbox-precaching';
import { DEFAULT_LANGUAGE, LANGUAGES, pickLanguage } from '../i18n/languages.ts';
import { LANGUAGE_PARAM, chosenLanguage } from '../i18n/chosen-language.ts';
import { NavigationRoute, registerRoute } from 'workbox-routing';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: Array<{ url: string; revision: string | null }> };

// Precache now; the precache's own route is added after the navigation route below, which must answer `/` too.
precache(self.__WB_MANIFEST);
cleanupOutdatedCaches();
// Take control of pages that have no worker yet (the first visit), so they work offline without a reload.
// An update still waits for SKIP_WAITING: claim() runs only once this worker is active.
clientsClaim();

// Deep links (/service/…) open the app shell offline. Files with an extension, the worker itself and the data
// manifest are never answered with index.html.
// The shell is the start screen prerendered in the reader's language (index.html is English, shell/<code>.html
// the others: scripts/vite/prerender-plugin.ts), chosen as the page would choose: the link's ?lang=, else the
// language the person picked (mirrored into a cache by the page), else the browser's languages.
const englishShell = createHandlerBoundToURL('/index.html');
registerRoute(
  new NavigationRoute(
    async (options) => {
      const lang = await shellLanguage(options.url);
      const shell = lang === DEFAULT_LANGUAGE ? undefined : await matchPrecache(`/shell/${lang}.html`);
      return shell ?? englishShell(options);
    },
    { denylist: [/^\/sw\.js$/, /^\/data\//, /\/[^/?]+\.[^/?]+$/] },
  ),
);
addRoute();

const isLanguage = (code: string) => LANGUAGES.some((l) => l.code === code);

async function shellLanguage(url: URL): Promise<string> {
  const linked = url.searchParams.get(LANGUAGE_PARAM);
  if (linked && isLanguage(linked)) return linked;
  const chosen = await chosenLanguage().catch(() => undefined);
  if (chosen && isLanguage(chosen)) return chosen;
  return pickLanguage(self.navigator.languages ?? [self.navigator.language]);
}

self.addEventListener('message', (event) => {
  if (event.data && (event.data as { type?: string }).type === 'SKIP_WAITING') void self.skipWaiting();
});
