/**
 * Production HTTP headers: the one source of truth. The local server (`npm start`, the browser tests) sends
 * them, and the build writes the same rules for static hosts (scripts/vite/headers-plugin.ts: `_headers` for
 * Netlify and Cloudflare Pages, `nginx-headers.conf` for nginx; README "Deploy").
 */

/**
 * Nothing but this origin, no inline script or style, no eval, no plugins, no framing, no forms, no <base>.
 * `default-src 'none'` also covers what is not listed (object-src, font-src, frame-src…). `data:` images are the
 * QR codes the app draws on the device.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  // Trusted Types (src/app/trusted-types.ts): no string may reach an HTML or script sink; script URLs pass one policy.
  "require-trusted-types-for 'script'",
  'trusted-types default',
].join('; ');

/**
 * Geolocation for the app itself ("near me"); the other powerful features it never uses are off. Only names
 * Chromium knows: an unknown one (the old interest-cohort) is a console error on every page. Features the app
 * does use with their default `self` allow-list (web-share, clipboard-write) are left alone.
 */
export const PERMISSIONS_POLICY = [
  'geolocation=(self)',
  'camera=()',
  'microphone=()',
  'payment=()',
  'usb=()',
  'display-capture=()',
  'browsing-topics=()',
].join(', ');

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  // Two years (the Observatory asks for at least six months; the preload list for one year).
  'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
  'X-Content-Type-Options': 'nosniff',
  // Old browsers that ignore frame-ancestors.
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Permissions-Policy': PERMISSIONS_POLICY,
};

export const NO_CACHE = 'no-cache';
export const IMMUTABLE = 'public, max-age=31536000, immutable';

/** The dataset payloads carry a content hash in their name (data/en.0123456789.json); the manifest does not. */
export const HASHED_DATA_PATH = /^\/data\/(?!manifest\.json$)[\w-]+\.[0-9a-f]{10}\.json$/;

/**
 * Cache-Control by path: the entry points that name other files must be revalidated every time (or a new
 * deploy is never seen); content-hashed files never change, so they are cached for a year.
 */
export function cacheControlFor(pathname: string): string {
  if (pathname.startsWith('/assets/')) return IMMUTABLE;
  if (HASHED_DATA_PATH.test(pathname)) return IMMUTABLE;
  return NO_CACHE; // index.html, sw.js, manifest.webmanifest, data/manifest.json, icons
}

export function headersFor(pathname: string): Record<string, string> {
  return { ...SECURITY_HEADERS, 'Cache-Control': cacheControlFor(pathname) };
}
