/**
 * Vite plugin: puts the start screen, rendered at build time by src/app/prerender.tsx, into dist/index.html, so
 * the first paint needs no JavaScript (Lighthouse: first and largest contentful paint before any script runs).
 * The HTML is the app's own render (Preact escapes every string), with no inline script or style: the CSP holds.
 */
import { readFileSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { createServer, type Plugin } from 'vite';
import preact from '@preact/preset-vite';
import { DEFAULT_LANGUAGE, LANGUAGES } from '../../src/i18n/languages.ts';

const MOUNT = '<div id="app"></div>';

/** locales/<code>/common.json for `lang` and the languages it falls back to. */
function stringsFor(root: string, lang: string): Record<string, Record<string, unknown>> {
  const chain = [lang, ...(LANGUAGES.find((l) => l.code === lang)?.fallback ?? []), DEFAULT_LANGUAGE];
  const out: Record<string, Record<string, unknown>> = {};
  for (const code of chain) {
    const file = resolve(root, 'locales', code, 'common.json');
    if (existsSync(file)) out[code] = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  }
  return out;
}

/** The start screen's HTML in `lang`, rendered by the app's components in a throw-away SSR server. */
export async function renderHome(root: string, lang: string): Promise<string> {
  const server = await createServer({
    root,
    configFile: false,
    logLevel: 'error',
    appType: 'custom',
    plugins: [preact()],
    server: { middlewareMode: true, hmr: false, ws: false },
  });
  try {
    const { prerenderHome } = (await server.ssrLoadModule('/src/app/prerender.tsx')) as typeof import('../../src/app/prerender.tsx');
    return await prerenderHome(lang, stringsFor(root, lang));
  } finally {
    await server.close();
  }
}

export function prerenderPlugin(): Plugin {
  let root = process.cwd();
  return {
    name: 'la-help:prerender',
    apply: 'build',
    configResolved(config) {
      root = config.root;
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html) {
        if (!html.includes(MOUNT)) throw new Error(`prerender: index.html has no ${MOUNT}`);
        const body = await renderHome(root, DEFAULT_LANGUAGE);
        if (/<script|\sstyle=|\son[a-z]+=/i.test(body)) throw new Error('prerender: the start screen rendered a script, inline style or handler (the CSP forbids them)');
        return html.replace(MOUNT, `<div id="app">${body}</div>`);
      },
    },
  };
}
