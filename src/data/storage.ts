/**
 * What the app keeps on this device, and removing all of it. Only the public directory, its translations, the
 * language setting (and a translator's trial wording, in translator preview mode) are ever stored; "Clear my data"
 * removes those, every cache and the service worker.
 */
import { DB_NAME, closeDirectoryDB, withDirectoryDB, type ActiveDataset } from './db.ts';

export interface StorageReport {
  readonly dataset?: ActiveDataset;
  /** Locales whose data translations are stored. */
  readonly locales: string[];
  readonly usageBytes?: number;
  readonly quotaBytes?: number;
  readonly persisted?: boolean;
}

export async function storageReport(): Promise<StorageReport> {
  const [dataset, locales] = await withDirectoryDB((db) => Promise.all([db.get('meta', 'dataset'), db.getAllKeys('locales')]));
  const estimate = await navigator.storage?.estimate?.().catch(() => undefined);
  const persisted = await navigator.storage?.persisted?.().catch(() => undefined);
  return { dataset, locales: locales.map(String), usageBytes: estimate?.usage, quotaBytes: estimate?.quota, persisted };
}

/** Removes the database, every Cache Storage cache, local settings and the service worker registration. */
export async function clearAllData(): Promise<void> {
  await closeDirectoryDB();
  await new Promise<void>((resolve, reject) => {
    const request = indexedDB.deleteDatabase(DB_NAME);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
    request.onblocked = () => resolve(); // another tab holds it: it is deleted as soon as that tab closes it
  });
  if ('caches' in self) await Promise.all((await caches.keys()).map((name) => caches.delete(name)));
  try {
    localStorage.clear();
    sessionStorage.clear();
  } catch {
    // storage disabled: nothing stored there
  }
  const registrations = (await navigator.serviceWorker?.getRegistrations?.()) ?? [];
  await Promise.all(registrations.map((r) => r.unregister()));
}
