/**
 * The first view: the JS and CSS that index.html loads (scripts, stylesheets, modulepreloads), counted gzip -9 as the
 * size report's budget does. Shared by `npm run size` (the build's budget check) and `npm run lighthouse`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const gzipSize = (path: string): number => gzipSync(readFileSync(path), { level: 9 }).length;

/** Root-relative paths (`/assets/…`) of the JS and CSS files index.html in `dir` loads. */
export function firstViewFiles(dir: string): { js: string[]; css: string[] } {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const refs = [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*\shref)="(\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]!);
  return { js: [...new Set(refs.filter((r) => r.endsWith('.js')))], css: [...new Set(refs.filter((r) => r.endsWith('.css')))] };
}
