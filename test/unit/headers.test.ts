import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, SECURITY_HEADERS, headersFor } from '../../scripts/lib/headers.ts';
import { netlifyHeaders, netlifyRedirects, nginxHeaders } from '../../scripts/vite/headers-plugin.ts';

/** The policy issue #9 asks for, word for word, then Trusted Types (SEC-13): headers.ts must say exactly this. */
const ISSUE_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; manifest-src 'self'; " +
  "worker-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'; " +
  "require-trusted-types-for 'script'; trusted-types default";

/** One path of every kind of file in dist/, with the Cache-Control each must get. */
const PATHS: Record<string, 'no-cache' | 'immutable'> = {
  '/': 'no-cache',
  '/index.html': 'no-cache',
  '/sw.js': 'no-cache',
  '/manifest.webmanifest': 'no-cache',
  '/data/manifest.json': 'no-cache',
  '/icons/icon-192.png': 'no-cache',
  '/shell/fa.html': 'no-cache',
  '/data/en.20762bd048.json': 'immutable',
  '/data/zh-Hans.24d0a03161.json': 'immutable',
  '/assets/index-BZYPHIsZ.js': 'immutable',
  '/assets/index-Dqt9RklW.css': 'immutable',
  '/assets/locales/es/common-C2x8aB1q.json': 'immutable',
};
const DIST_FILES = ['index.html', 'data/manifest.json', 'data/en.20762bd048.json', 'data/zh-Hans.24d0a03161.json', 'assets/index-BZYPHIsZ.js'];

describe('the header source (scripts/lib/headers.ts)', () => {
  it('has exactly the Content-Security-Policy of the issue and Trusted Types: nothing but this origin, no inline code, no eval, no framing, no string into a script sink', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(ISSUE_CSP);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-|\*|https?:|blob:/);
  });

  it('sends HSTS for at least six months, nosniff, no referrer, same-origin COOP and CORP, DENY framing', () => {
    const maxAge = Number(/max-age=(\d+)/.exec(SECURITY_HEADERS['Strict-Transport-Security']!)?.[1]);
    expect(maxAge).toBeGreaterThanOrEqual(15_768_000);
    expect(SECURITY_HEADERS).toMatchObject({
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Cross-Origin-Opener-Policy': 'same-origin',
      'Cross-Origin-Resource-Policy': 'same-origin',
      'X-Frame-Options': 'DENY',
    });
  });

  it('allows only geolocation, and only for this origin, in the Permissions-Policy', () => {
    const features = SECURITY_HEADERS['Permissions-Policy']!.split(/,\s*/).map((f) => f.split('='));
    expect(features.filter(([, allow]) => allow !== '()')).toEqual([['geolocation', '(self)']]);
    expect(features.map(([name]) => name)).not.toContain('interest-cohort');
  });

  it('revalidates the entry points every time and caches content-hashed files for a year', () => {
    for (const [path, kind] of Object.entries(PATHS)) {
      expect(headersFor(path)['Cache-Control'], path).toBe(kind === 'no-cache' ? 'no-cache' : 'public, max-age=31536000, immutable');
    }
  });
});

/** Netlify and Cloudflare Pages: every matching rule applies; a header set by two rules is joined with ", ". */
function replayNetlify(file: string, path: string): Record<string, string> {
  const rules: { pattern: string; headers: [string, string][] }[] = [];
  for (const line of file.split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: [] });
    else {
      const [, name, value] = /^\s+([\w-]+):\s*(.*)$/.exec(line)!;
      rules.at(-1)!.headers.push([name!, value!]);
    }
  }
  const headers: Record<string, string> = {};
  for (const rule of rules) {
    const matches = rule.pattern.endsWith('*') ? path.startsWith(rule.pattern.slice(0, -1)) : path === rule.pattern;
    if (!matches) continue;
    for (const [name, value] of rule.headers) headers[name] = name in headers ? `${headers[name]}, ${value}` : value;
  }
  return headers;
}

/** nginx: an exact `=` match wins, then the first matching regex, then the longest prefix. */
function replayNginx(file: string, path: string): { headers: Record<string, string>; body: string } {
  const blocks = [...file.matchAll(/^location (=|~)? ?("[^"]+"|\S+) \{\n([\s\S]*?)\n\}/gm)].map(([, modifier, raw, body]) => ({
    modifier,
    pattern: raw!.replace(/^"|"$/g, ''),
    body: body!,
  }));
  const chosen =
    blocks.find((b) => b.modifier === '=' && b.pattern === path) ??
    blocks.find((b) => b.modifier === '~' && new RegExp(b.pattern).test(path)) ??
    blocks.filter((b) => !b.modifier && path.startsWith(b.pattern)).sort((a, b) => b.pattern.length - a.pattern.length)[0];
  if (!chosen) throw new Error(`no location for ${path}`);
  const headers: Record<string, string> = {};
  for (const [, name, value] of chosen.body.matchAll(/add_header ([\w-]+) "([^"]*)" always;/g)) {
    expect(headers, `${path}: ${name} twice`).not.toHaveProperty(name!);
    headers[name!] = value!;
  }
  return { headers, body: chosen.body };
}

describe('the files the build writes for static hosts', () => {
  it('_headers gives every kind of file exactly the headers of headers.ts (no overlapping Cache-Control rules)', () => {
    const file = netlifyHeaders(DIST_FILES);
    for (const path of Object.keys(PATHS)) expect(replayNetlify(file, path), path).toEqual(headersFor(path));
    // A deep link has the security headers; its Cache-Control is the host's default revalidation.
    expect(replayNetlify(file, '/service/123')).toEqual(SECURITY_HEADERS);
    expect(netlifyRedirects()).toMatch(/^\/\*\s+\/index\.html\s+200$/m);
  });

  it('nginx-headers.conf gives every kind of file exactly the headers of headers.ts, and deep links the app shell', () => {
    const file = nginxHeaders();
    for (const path of Object.keys(PATHS)) expect(replayNginx(file, path).headers, path).toEqual(headersFor(path));
    // /service/123 falls through to `location /`, whose try_files hands it index.html (and that file's block).
    expect(replayNginx(file, '/service/123').body).toContain('try_files $uri $uri/ /index.html;');
  });

  it('the replays can fail: an overlapping rule or a missing header is seen', () => {
    const overlapping = `${netlifyHeaders(DIST_FILES)}/data/*\n  Cache-Control: no-cache\n`;
    expect(replayNetlify(overlapping, '/data/en.20762bd048.json')['Cache-Control']).toBe('public, max-age=31536000, immutable, no-cache');
    const missing = nginxHeaders().replace(/  add_header Referrer-Policy[^\n]*\n/, '');
    expect(replayNginx(missing, '/assets/x.js').headers).not.toEqual(headersFor('/assets/x.js'));
  });
});
