/**
 * Production HTTP headers: the one source of truth. The local server (`npm start`, the browser tests) sends
 * them; deploy targets get the same rules (see README "Deploy").
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Permissions-Policy': 'geolocation=(self), camera=(), microphone=(), payment=(), usb=(), interest-cohort=()',
};

const NO_CACHE = 'no-cache';
const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * Cache-Control by path: the entry points that name other files must be revalidated every time (or a new
 * deploy is never seen); content-hashed files never change, so they are cached for a year.
 */
export function cacheControlFor(pathname: string): string {
  if (/^\/assets\//.test(pathname)) return IMMUTABLE;
  if (/^\/data\/(?!manifest\.json$)[\w-]+\.[0-9a-f]{10}\.json$/.test(pathname)) return IMMUTABLE;
  return NO_CACHE; // index.html, sw.js, manifest.webmanifest, data/manifest.json, icons
}

export function headersFor(pathname: string): Record<string, string> {
  return { ...SECURITY_HEADERS, 'Cache-Control': cacheControlFor(pathname) };
}
