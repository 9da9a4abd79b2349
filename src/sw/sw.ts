/// <reference lib="webworker" />
/**
 * The service worker (vite-plugin-pwa injectManifest entry). Precaches every file of the build (app, locale
 * files, dataset payloads), serves the app shell for navigations, and waits for the page to say SKIP_WAITING:
 * a new version never takes over an open tab by itself, so the old tab's lazy chunks stay loadable.
 */
import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: Array<{ url: string; revision: string | null }> };

precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();
// Take control of pages that have no worker yet (the first visit), so they work offline without a reload.
// An update still waits for SKIP_WAITING: claim() runs only once this worker is active.
clientsClaim();

// Deep links (/service/…) open the app shell offline. Files with an extension, the worker itself and the data
// manifest are never answered with index.html.
registerRoute(
  new NavigationRoute(createHandlerBoundToURL('/index.html'), {
    denylist: [/^\/sw\.js$/, /^\/data\//, /\/[^/?]+\.[^/?]+$/],
  }),
);

self.addEventListener('message', (event) => {
  if (event.data && (event.data as { type?: string }).type === 'SKIP_WAITING') void self.skipWaiting();
});
