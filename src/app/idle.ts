/**
 * Start-up work the first screen does not need (service worker registration, building the search index) waits
 * until the page has loaded and the main thread is idle, so it never delays the first paint or a first tap.
 */
const requestIdle: (run: () => void, timeout: number) => () => void =
  typeof requestIdleCallback === 'function'
    ? (run, timeout) => {
        const id = requestIdleCallback(run, { timeout });
        return () => cancelIdleCallback(id);
      }
    : (run) => {
        // Safari has no requestIdleCallback: a short pause after load does the same.
        const id = setTimeout(run, 50);
        return () => clearTimeout(id);
      };

/** Runs `run` once the page has loaded and then the browser is idle (at most `timeout` ms later). Returns a cancel. */
export function afterLoadIdle(run: () => void, timeout = 2000): () => void {
  let cancel = () => {};
  let cancelled = false;
  const start = () => {
    if (!cancelled) cancel = requestIdle(run, timeout);
  };
  if (document.readyState === 'complete') start();
  else window.addEventListener('load', start, { once: true });
  return () => {
    cancelled = true;
    window.removeEventListener('load', start);
    cancel();
  };
}
