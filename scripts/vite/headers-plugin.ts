/**
 * Vite plugin: writes the production headers of scripts/lib/headers.ts for static hosts into the build —
 * `_headers` (Netlify, Cloudflare Pages) and `nginx-headers.conf` (an include for an nginx server block) — so
 * every host gets the same rules as `npm start`.
 */
import type { Plugin } from 'vite';
import { SECURITY_HEADERS, cacheControlFor } from '../lib/headers.ts';

/**
 * Netlify/Cloudflare merge the headers of every rule that matches, so no two Cache-Control rules may overlap:
 * hashed assets are immutable; the entry points and all of /data/ (its manifest shares the folder with the
 * hashed payloads) are revalidated.
 */
const RULES: { path: string; example: string }[] = [
  { path: '/assets/*', example: '/assets/x.js' },
  { path: '/', example: '/index.html' },
  { path: '/index.html', example: '/index.html' },
  { path: '/sw.js', example: '/sw.js' },
  { path: '/manifest.webmanifest', example: '/manifest.webmanifest' },
  { path: '/data/*', example: '/data/manifest.json' },
];

export function netlifyHeaders(): string {
  const lines: string[] = ['# Generated from scripts/lib/headers.ts by `npm run build`. Do not edit.'];
  lines.push('/*');
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) lines.push(`  ${name}: ${value}`);
  for (const rule of RULES) {
    lines.push(rule.path);
    lines.push(`  Cache-Control: ${cacheControlFor(rule.example)}`);
  }
  return `${lines.join('\n')}\n`;
}

export function nginxHeaders(): string {
  const security = Object.entries(SECURITY_HEADERS).map(([n, v]) => `  add_header ${n} "${v}" always;`);
  const block = (match: string, example: string) =>
    [`location ${match} {`, ...security, `  add_header Cache-Control "${cacheControlFor(example)}" always;`, '}'].join('\n');
  return [
    '# Generated from scripts/lib/headers.ts by `npm run build`. Include inside your server { } block.',
    '# nginx does not inherit add_header into a location that sets its own, so each location repeats them.',
    block('/assets/', '/assets/x.js'),
    block('= /data/manifest.json', '/data/manifest.json'),
    block('/data/', '/data/en.0123456789.json'),
    block('/', '/index.html').replace('}', '  try_files $uri $uri/ /index.html;\n}'),
    '',
  ].join('\n\n');
}

export function headersPlugin(): Plugin {
  return {
    name: 'la-directory:headers',
    apply: 'build',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: '_headers', source: netlifyHeaders() });
      this.emitFile({ type: 'asset', fileName: 'nginx-headers.conf', source: nginxHeaders() });
    },
  };
}
