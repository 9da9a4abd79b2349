/**
 * A lazy chunk that fails to load (a deploy removed it while this tab was open and the service worker could not
 * serve it) gets one recovery reload; a second failure within 30 s shows the error instead of looping.
 */
const KEY = 'chunk-reload-at';
const WINDOW_MS = 30_000;

export function shouldReloadAfterChunkError(now: number, lastReloadAt: number | undefined): boolean {
  return lastReloadAt === undefined || now - lastReloadAt > WINDOW_MS;
}

export function installChunkRecovery(): void {
  window.addEventListener('vite:preloadError', (event) => {
    let last: number | undefined;
    try {
      const saved = sessionStorage.getItem(KEY);
      last = saved ? Number(saved) : undefined;
    } catch {
      last = undefined;
    }
    const now = Date.now();
    if (!shouldReloadAfterChunkError(now, last)) return; // let the error surface
    event.preventDefault();
    try {
      sessionStorage.setItem(KEY, String(now));
    } catch {
      return; // cannot remember the attempt: do not risk a loop
    }
    window.location.reload();
  });
}
