/*
 * The kill switch: deployed in place of sw.js (`npm run kill-switch`) to take the app's offline copy off every
 * device that has it, e.g. after a release that must not keep running from caches. Browsers check sw.js for
 * changes on each visit (it is served no-cache), find this one, install it at once, and it deletes every cache and
 * unregisters itself. Open pages keep what they show; the next visit loads from the network with no worker.
 * IndexedDB (the saved directory and favorites) is left alone: it belongs to the person, and "Clear my data"
 * removes it.
 */
self.addEventListener('install', () => {
  self.skipWaiting();
});
self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      await Promise.all((await caches.keys()).map((name) => caches.delete(name)));
      await self.registration.unregister();
    })(),
  );
});
