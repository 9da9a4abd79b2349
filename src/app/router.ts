/**
 * Real URLs for the screens (deep links, the back button, a shared link that opens offline): the History API and
 * one click listener for same-origin links, instead of a router library. The service worker answers every
 * navigation with the app shell, so any of these paths works offline.
 */
import { useEffect, useState } from 'preact/hooks';

export interface Route {
  readonly path: string;
  readonly params: URLSearchParams;
}

const listeners = new Set<() => void>();
const current = (): Route => ({ path: location.pathname, params: new URLSearchParams(location.search) });

let replaceOnly = false;

/** In kiosk mode no screen adds a Back step, so the next visitor cannot go back through the last one's screens. */
export function setReplaceOnly(on: boolean): void {
  replaceOnly = on;
}

/** Goes to `url` (same origin). `replace` for changes that should not add a Back step (typing a query). */
export function navigate(url: string, { replace: replaceStep = false } = {}): void {
  const replace = replaceStep || replaceOnly;
  const target = new URL(url, location.href);
  if (target.origin !== location.origin) throw new Error(`not an app address: ${url}`);
  const href = `${target.pathname}${target.search}${target.hash}`;
  if (href === `${location.pathname}${location.search}${location.hash}`) return;
  if (replace) history.replaceState(null, '', href);
  else history.pushState(null, '', href);
  for (const listener of listeners) listener();
  if (!replace) window.scrollTo(0, 0);
}

export function useRoute(): Route {
  const [route, setRoute] = useState(current);
  useEffect(() => {
    const update = () => setRoute(current());
    listeners.add(update);
    window.addEventListener('popstate', update);
    return () => {
      listeners.delete(update);
      window.removeEventListener('popstate', update);
    };
  }, []);
  return route;
}

/** Same-origin links move within the app; new tabs, downloads and other origins are left to the browser. */
export function interceptLinks(root: HTMLElement): () => void {
  const onClick = (event: MouseEvent) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const anchor = (event.target as Element | null)?.closest?.('a');
    if (!anchor || anchor.target || anchor.hasAttribute('download')) return;
    const url = new URL(anchor.href, location.href);
    if (url.origin !== location.origin || url.pathname.startsWith('/data/') || url.pathname.startsWith('/assets/')) return;
    event.preventDefault();
    navigate(url.href);
  };
  root.addEventListener('click', onClick);
  return () => root.removeEventListener('click', onClick);
}
