/**
 * Vite plugin: writes the production headers of scripts/lib/headers.ts for static hosts into the build —
 * `_headers` (Netlify, Cloudflare Pages), `_redirects` (their deep-link fallback) and `nginx-headers.conf` (an
 * include for an nginx server block) — so every host gets the same rules as `npm start`.
 * test/unit/headers.test.ts replays both files the way each host matches paths and compares with headers.ts.
 */
import type { Plugin } from 'vite';
import { HASHED_DATA_PATH, SECURITY_HEADERS, cacheControlFor } from '../lib/headers.ts';

const GENERATED = 'Generated from scripts/lib/headers.ts by `npm run build`. Do not edit.';

/** The unhashed entry points (and the icons folder): every rule here must say what cacheControlFor says. */
const ENTRY_POINTS = ['/', '/index.html', '/sw.js', '/manifest.webmanifest', '/data/manifest.json'];

/**
 * Netlify and Cloudflare Pages apply every rule that matches a path and join repeated headers with commas, so
 * the Cache-Control rules must never overlap: one wildcard for the hashed assets, one rule per entry point,
 * and one per hashed dataset payload (their names are known at build time; a wildcard over /data/ would also
 * match the manifest).
 */
export function netlifyHeaders(files: readonly string[]): string {
  const lines: string[] = [`# ${GENERATED}`, '/*'];
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) lines.push(`  ${name}: ${value}`);
  const cacheRule = (path: string, example = path) => lines.push(path, `  Cache-Control: ${cacheControlFor(example)}`);
  cacheRule('/assets/*', '/assets/x.js');
  cacheRule('/icons/*', '/icons/x.png');
  cacheRule('/shell/*', '/shell/x.html'); // the prerendered start screen per language: as fresh as index.html
  for (const path of ENTRY_POINTS) cacheRule(path);
  for (const path of dataPayloads(files)) cacheRule(path);
  return `${lines.join('\n')}\n`;
}

/** Deep links (/service/…) get the app shell; a 200 rewrite only applies where no file exists. */
export function netlifyRedirects(): string {
  return `# ${GENERATED}\n/*  /index.html  200\n`;
}

export function nginxHeaders(): string {
  const security = Object.entries(SECURITY_HEADERS).map(([n, v]) => `  add_header ${n} "${v}" always;`);
  const block = (match: string, example: string, ...extra: string[]) =>
    [`location ${match} {`, ...security, `  add_header Cache-Control "${cacheControlFor(example)}" always;`, ...extra, '}'].join('\n');
  // The manifest has its own exact block (exact matches win in nginx), so the regex needs no lookahead. It is
  // quoted because it contains a brace.
  const hashedData = HASHED_DATA_PATH.source.replace('(?!manifest\\.json$)', '').replaceAll('\\/', '/');
  return [
    `# ${GENERATED} Include inside your server { } block.`,
    '# nginx does not inherit add_header into a location that sets its own, so each location repeats them.',
    block('/assets/', '/assets/x.js'),
    block(`~ "${hashedData}"`, '/data/en.0123456789.json'),
    ...ENTRY_POINTS.map((path) => block(`= ${path}`, path)),
    block('/', '/index.html', '  try_files $uri $uri/ /index.html;'),
    '',
  ].join('\n\n');
}

function dataPayloads(files: readonly string[]): string[] {
  return files.map((f) => `/${f}`).filter((path) => HASHED_DATA_PATH.test(path)).sort();
}

export function headersPlugin(): Plugin {
  return {
    name: 'la-directory:headers',
    apply: 'build',
    // After the dataset plugin has emitted its payloads, so their names are in the bundle.
    generateBundle(_options, bundle) {
      this.emitFile({ type: 'asset', fileName: '_headers', source: netlifyHeaders(Object.keys(bundle)) });
      this.emitFile({ type: 'asset', fileName: '_redirects', source: netlifyRedirects() });
      this.emitFile({ type: 'asset', fileName: 'nginx-headers.conf', source: nginxHeaders() });
    },
  };
}
