/**
 * Service worker registration with workbox-window, in prompt mode: a new version waits until the user accepts,
 * then the page reloads once, only after the new worker controls it. Loaded after the first render.
 */
import { Workbox } from 'workbox-window';

export interface UpdatePrompt {
  /** Activates the waiting worker, then reloads once it controls the page. */
  accept(): void;
}

const HOUR = 60 * 60 * 1000;

/**
 * `onUpdateReady`: a new version is waiting for consent. `onInstallFailed`: the worker could not store the app
 * (no storage space, or the connection dropped mid-way), so the app will not open offline; it still works online
 * and the browser tries again on the next visit.
 */
export function registerServiceWorker(onUpdateReady: (prompt: UpdatePrompt) => void, onInstallFailed: () => void): void {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
  const wb = new Workbox('/sw.js', { scope: '/', type: 'classic' });

  // A worker that turns redundant without ever finishing its install failed to precache (SW-11). One that had
  // installed and is replaced by a newer version turns redundant too: that is an update, not a failure.
  const installed = new WeakSet<ServiceWorker>();
  wb.addEventListener('installed', (event) => {
    if (event.sw) installed.add(event.sw);
  });
  wb.addEventListener('redundant', (event) => {
    if (event.sw && !installed.has(event.sw)) onInstallFailed();
  });

  wb.addEventListener('waiting', () => {
    onUpdateReady({
      accept() {
        let reloaded = false;
        wb.addEventListener('controlling', () => {
          if (reloaded) return;
          reloaded = true;
          window.location.reload();
        });
        wb.messageSkipWaiting();
      },
    });
  });

  const check = () => {
    if (navigator.onLine) void wb.update().catch(() => undefined);
  };
  void wb.register().then(() => {
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'visible') check();
    });
    window.addEventListener('online', check);
    setInterval(check, HOUR);
  });
}
