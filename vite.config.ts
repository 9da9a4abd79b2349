import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { VitePWA } from 'vite-plugin-pwa';
import { datasetPlugin } from './scripts/vite/dataset-plugin.ts';
import { headersPlugin } from './scripts/vite/headers-plugin.ts';
import { prerenderPlugin } from './scripts/vite/prerender-plugin.ts';
import { APP } from './app.config.ts';

export default defineConfig({
  build: {
    target: 'es2022',
    // No module preloading. Vite's helper added a <link rel=modulepreload> per import of each lazy chunk as it
    // loaded (~15 ms of a phone's main thread in the middle of the start screen), and its polyfill is inline code
    // the CSP forbids. A lazy chunk's few imports are fetched when it runs: from the service worker's cache after
    // the first visit. (The helper still adds a lazy chunk's stylesheet.)
    modulePreload: false,
    assetsInlineLimit: 0,
    sourcemap: false,
    rollupOptions: {
      output: {
        // UI locale files keep their language in the path (assets/locales/es/common-<hash>.json), so the
        // service worker and the storage screen can tell which language a cached file belongs to.
        assetFileNames(asset) {
          const original = asset.originalFileNames?.[0] ?? '';
          const match = /(?:^|\/)locales\/([^/]+)\/[^/]+\.json$/.exec(original);
          return match ? `assets/locales/${match[1]}/[name]-[hash][extname]` : 'assets/[name]-[hash][extname]';
        },
      },
    },
  },
  plugins: [
    preact(),
    datasetPlugin(),
    headersPlugin(),
    prerenderPlugin(),
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src/sw',
      filename: 'sw.ts',
      registerType: 'prompt',
      // We register with workbox-window from our own bundle (src/app/register-sw.ts): no inline script.
      injectRegister: false,
      // Icons listed in the web app manifest are added by the plugin; these are the others.
      includeAssets: ['icons/icon.svg', 'icons/apple-touch-icon.png'],
      injectManifest: {
        // Every file the app needs offline: code, styles, shell, UI locale files, dataset payloads, icons.
        globPatterns: ['**/*.{js,css,html,json}'],
        // The data manifest is always fetched fresh. The directory (English) is precached; the data of other
        // languages is downloaded into IndexedDB only for the languages a person keeps offline.
        globIgnores: ['data/manifest.json', 'data/!(en).*.json'],
        // Content-hashed names need no revision query.
        dontCacheBustURLsMatching: /[.-][A-Za-z0-9_-]{8,}\.(?:js|css|json)$/,
        maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
      },
      manifest: {
        id: '/',
        name: APP.name,
        short_name: APP.shortName,
        description: APP.description,
        lang: 'en',
        dir: 'ltr',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        orientation: 'any',
        background_color: APP.backgroundColor,
        theme_color: APP.themeColor,
        categories: ['government', 'utilities', 'medical'],
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      devOptions: { enabled: false },
    }),
  ],
});
