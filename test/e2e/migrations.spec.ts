/**
 * Browsers keep databases made by every earlier version of the app. For each earlier schema version, build a database
 * the way that version did (src/data/db.ts MIGRATIONS, which are append-only), put data in it, and open the app:
 * it must reach the current version with the data kept.
 */
import { test, expect, waitForDirectory, waitForServiceWorkerControl } from './fixtures.ts';

test('a database made by every earlier schema version upgrades with its data kept', async ({ page }) => {
  await page.goto('/');
  await waitForServiceWorkerControl(page);
  await waitForDirectory(page);
  const current = await page.evaluate(
    () =>
      new Promise<{ version: number; dataset: unknown; stores: string[] }>((resolve, reject) => {
        const open = indexedDB.open('la-directory');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const get = db.transaction('meta').objectStore('meta').get('dataset');
          get.onsuccess = () => {
            resolve({ version: db.version, dataset: get.result, stores: [...db.objectStoreNames] });
            db.close();
          };
        };
      }),
  );
  expect(current.stores).toContain('favorites');

  for (let version = 1; version < current.version; version++) {
    // Build the old database: the first `version` migrations, as that app version ran them.
    await page.evaluate(
      ({ version, dataset }) =>
        new Promise<void>((resolve, reject) => {
          const del = indexedDB.deleteDatabase('la-directory');
          del.onblocked = () => reject(new Error('the app still holds the database'));
          del.onsuccess = () => {
            const open = indexedDB.open('la-directory', version);
            open.onupgradeneeded = () => {
              const db = open.result;
              // Migration 1 (kept here exactly as it shipped).
              db.createObjectStore('services', { keyPath: 'id' });
              db.createObjectStore('organizations', { keyPath: 'id' });
              db.createObjectStore('locations', { keyPath: 'id' });
              db.createObjectStore('taxonomy', { keyPath: 'id' });
              db.createObjectStore('locales', { keyPath: 'locale' });
              db.createObjectStore('meta');
            };
            open.onsuccess = () => {
              const db = open.result;
              const tx = db.transaction(['services', 'organizations', 'meta'], 'readwrite');
              tx.objectStore('organizations').put({ id: 'fixture-org', name: 'Fixture organization', description: 'x', provenance: { sources: [{ document: 'fixture' }], verified: '2026-01-01' } });
              tx.objectStore('services').put({
                id: 'fixture-service',
                organization_id: 'fixture-org',
                name: `Fixture service from schema version ${version}`,
                status: 'active',
                provenance: { sources: [{ document: 'fixture' }], verified: '2026-01-01' },
              });
              // The same dataset version as the server's, so the app has no reason to download a new one.
              tx.objectStore('meta').put(dataset, 'dataset');
              tx.oncomplete = () => {
                db.close();
                resolve();
              };
              tx.onerror = () => reject(tx.error);
            };
          };
        }),
      { version, dataset: current.dataset },
    ).catch(async (error) => {
      throw new Error(`could not build the version ${version} database: ${error}`);
    });
    await page.reload();
    await expect(page.getByRole('heading', { name: `Fixture service from schema version ${version}` })).toBeVisible();
    const after = await page.evaluate(
      () =>
        new Promise<{ version: number; stores: string[] }>((resolve) => {
          const open = indexedDB.open('la-directory');
          open.onsuccess = () => {
            resolve({ version: open.result.version, stores: [...open.result.objectStoreNames] });
            open.result.close();
          };
        }),
    );
    expect(after.version).toBe(current.version);
    expect(after.stores).toContain('favorites');
  }
});
