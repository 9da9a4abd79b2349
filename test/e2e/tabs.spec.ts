/**
 * Two tabs, two versions of the app (IDB-2): an open older tab never blocks a newer one's upgrade, and a newer tab
 * that is blocked by a tab which does not let go tells the person to close the other tabs, then carries on.
 */
import type { Page } from '@playwright/test';
import { test, expect, waitForDirectory } from './fixtures.ts';

/** A plain page of the app's origin where a test can hold the database like another version of the app would. */
async function otherTab(page: Page) {
  await page.goto('/manifest.webmanifest');
}

test('an open tab closes its database at once when a newer version of the app needs to upgrade it', async ({ page, context }) => {
  await page.goto('/');
  await waitForDirectory(page);
  const current = await page.evaluate(() => new Promise<number>((resolve) => {
    const request = indexedDB.open('la-directory');
    request.onsuccess = () => {
      resolve(request.result.version);
      request.result.close();
    };
  }));

  const newer = await context.newPage();
  await otherTab(newer);
  const outcome = await newer.evaluate((version) => new Promise<string[]>((resolve) => {
    const events: string[] = [];
    const request = indexedDB.open('la-directory', version);
    request.onblocked = () => events.push('blocked');
    request.onupgradeneeded = () => events.push('upgraded');
    request.onsuccess = () => {
      events.push('opened');
      request.result.close();
      resolve(events);
    };
    request.onerror = () => resolve([...events, `error ${request.error?.name}`]);
    setTimeout(() => resolve([...events, 'timed out']), 5000);
  }), current + 1);
  expect(outcome).toEqual(['upgraded', 'opened']);
});

test('a tab kept from upgrading says to close the other tabs, and goes on when they let go', async ({ page, context }) => {
  // Another tab holds version 1 of the database and ignores requests to close it (an old build, or a stuck tab).
  const old = await context.newPage();
  await otherTab(old);
  await old.evaluate(() => new Promise<void>((resolve, reject) => {
    const request = indexedDB.open('la-directory', 1);
    request.onupgradeneeded = () => {
      for (const store of ['services', 'organizations', 'locations', 'taxonomy']) request.result.createObjectStore(store, { keyPath: 'id' });
      request.result.createObjectStore('locales', { keyPath: 'locale' });
      request.result.createObjectStore('meta');
    };
    request.onsuccess = () => {
      (window as unknown as { held: IDBDatabase }).held = request.result;
      resolve();
    };
    request.onerror = () => reject(request.error);
  }));

  await page.goto('/');
  const alert = page.getByRole('alert').filter({ hasText: 'Close other tabs or windows of this app to finish.' });
  await expect(alert).toBeVisible();
  await expect(page.locator('.service-card')).toHaveCount(0);

  await old.evaluate(() => (window as unknown as { held: IDBDatabase }).held.close());
  await waitForDirectory(page);
  await expect(alert).toHaveCount(0);
});
