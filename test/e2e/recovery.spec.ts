/**
 * SW-6: a screen whose code cannot be loaded (a deploy removed the chunk and no service worker can serve it) gets
 * exactly one recovery reload; when that does not help, the screen says so instead of reloading in a loop.
 */
import { test, expect, waitForDirectory } from './fixtures.ts';

// No worker: it would serve the chunk from its precache, which is the normal, good case (update.spec covers it).
test.use({ serviceWorkers: 'block' });

test('a screen whose code is gone reloads once, then says it could not be loaded (SW-6)', async ({ page }) => {
  await page.route(/\/assets\/InfoPage-[^/]+\.js$/, (route) => route.fulfill({ status: 404, body: 'removed by a deploy' }));
  await page.goto('/');
  await waitForDirectory(page);

  const navigations: string[] = [];
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) navigations.push(frame.url());
  });
  await page.getByRole('link', { name: 'About', exact: true }).click();

  const failed = page.getByRole('alert').filter({ hasText: 'This part of the app could not be loaded' });
  await expect(failed).toBeVisible({ timeout: 20_000 });
  await expect(failed.getByRole('button', { name: 'Reload' })).toBeVisible();
  // The client-side move to /about, then one reload of /about; no second reload while the message is up.
  await page.waitForTimeout(2_000);
  const reloads = navigations.filter((url) => new URL(url).pathname === '/about');
  expect(reloads.length, navigations.join('\n')).toBe(2);
  await expect(failed).toBeVisible();
});
