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

export function registerServiceWorker(onUpdateReady: (prompt: UpdatePrompt) => void): void {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
  const wb = new Workbox('/sw.js', { scope: '/', type: 'classic' });

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
