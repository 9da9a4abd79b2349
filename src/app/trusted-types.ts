/**
 * Trusted Types (SEC-13). The CSP's `require-trusted-types-for 'script'` makes the browser refuse a plain string
 * wherever script could get in: innerHTML and the like, a script's text or src, eval-like calls, a worker's or
 * the service worker's URL. The app feeds only the last two, always with scripts of its own origin. This one
 * policy (named `default`, the only name the CSP allows, so the workers and workbox-window need no change) turns a
 * same-origin URL into a script URL and refuses any other; it makes no HTML and no script, so those sinks stay
 * shut. Imported first by main.tsx, before anything starts a worker.
 */
interface TrustedTypesFactory {
  createPolicy(name: string, rules: { createScriptURL(input: string): string }): unknown;
}

export function sameOriginScriptURL(input: string, origin: string = location.origin): string {
  const url = new URL(input, origin);
  // A blob: URL carries the origin that made it: the scheme must be the page's own too.
  if (url.origin !== origin || !origin.startsWith(url.protocol)) throw new TypeError(`Refused to load a script from another origin: ${input}`);
  return url.href;
}

const factory = (globalThis as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
factory?.createPolicy('default', { createScriptURL: (input) => sameOriginScriptURL(input) });
