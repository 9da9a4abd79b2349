/**
 * Vite plugin: puts the start screen, rendered at build time by src/app/prerender.tsx, into dist/index.html, so
 * the first paint needs no JavaScript (Lighthouse: first and largest contentful paint before any script runs).
 * The HTML is the app's own render (Preact escapes every string), with no inline script or style: the CSP holds.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createServer, type Plugin } from 'vite';
import preact from '@preact/preset-vite';
import { DEFAULT_LANGUAGE, LANGUAGES } from '../../src/i18n/languages.ts';

const MOUNT = '<div id="app"></div>';

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

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

/** The start screen's HTML in each of `langs`, rendered by the app's components in a throw-away SSR server. */
export async function renderHome(root: string, langs: readonly string[]): Promise<Map<string, { body: string; title: string }>> {
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
    const out = new Map<string, { body: string; title: string }>();
    for (const lang of langs) {
      const page = await prerenderHome(lang, stringsFor(root, lang));
      if (/<script|\sstyle=|\son[a-z]+=/i.test(page.body)) throw new Error(`prerender (${lang}): the start screen rendered a script, inline style or handler (the CSP forbids them)`);
      out.set(lang, page);
    }
    return out;
  } finally {
    await server.close();
  }
}

/** Where the start screen in `lang` is written: index.html for English, shell/<code>.html for the others. */
export const shellPath = (lang: string): string => (lang === DEFAULT_LANGUAGE ? 'index.html' : `shell/${lang}.html`);

/**
 * index.html gets the English start screen; shell/<code>.html the same page in each other language (lang, dir and
 * text), which the service worker serves to a reader of that language (src/sw/sw.ts), so no language flashes
 * English first. A first visit (no worker yet) gets index.html.
 */
export function prerenderPlugin(): Plugin {
  let root = process.cwd();
  let outDir = 'dist';
  let rendered: Map<string, { body: string; title: string }> | undefined;
  let template = '';
  return {
    name: 'la-help:prerender',
    apply: 'build',
    configResolved(config) {
      root = config.root;
      outDir = resolve(config.root, config.build.outDir);
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html) {
        if (!html.includes(MOUNT)) throw new Error(`prerender: index.html has no ${MOUNT}`);
        if (!/<html lang="en" dir="ltr">/.test(html)) throw new Error('prerender: index.html must start with <html lang="en" dir="ltr">');
        template = html;
        rendered = await renderHome(root, LANGUAGES.map((l) => l.code));
        return html.replace(MOUNT, `<div id="app">${rendered.get(DEFAULT_LANGUAGE)!.body}</div>`);
      },
    },
    writeBundle() {
      if (!rendered) return;
      mkdirSync(resolve(outDir, 'shell'), { recursive: true });
      for (const { code, dir } of LANGUAGES) {
        if (code === DEFAULT_LANGUAGE) continue;
        const { body, title } = rendered.get(code)!;
        const page = template
          .replace('<html lang="en" dir="ltr">', `<html lang="${code}" dir="${dir}">`)
          .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(title)}</title>`)
          .replace(MOUNT, `<div id="app">${body}</div>`);
        writeFileSync(resolve(outDir, shellPath(code)), page);
      }
    },
  };
}
