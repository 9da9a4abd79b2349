/**
 * The `test` every browser test uses. Around each test it records every request the page and its service
 * worker make and every CSP violation, and fails the test if any request left the origin or the CSP fired.
 */
import { test as base, expect, type Page } from '@playwright/test';

export interface Guard {
  readonly requests: string[];
  readonly offOrigin: string[];
  readonly cspViolations: string[];
}

export const test = base.extend<{ guard: Guard }>({
  guard: [
    async ({ context, baseURL }, use) => {
      const origin = new URL(baseURL!).origin;
      const guard: Guard = { requests: [], offOrigin: [], cspViolations: [] };
      const isAllowed = (url: string) => url.startsWith('data:') || url.startsWith('blob:') || new URL(url).origin === origin;
      // Context-level: covers every page, popups, and (with PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS=1) the
      // service worker. Off-origin requests are recorded and aborted, so a leak can never reach a third party.
      await context.route(
        (url) => !isAllowed(url.href),
        (route) => {
          guard.offOrigin.push(route.request().url());
          return route.abort('blockedbyclient');
        },
      );
      context.on('request', (request) => {
        guard.requests.push(request.url());
        if (!isAllowed(request.url())) guard.offOrigin.push(request.url());
      });
      await context.exposeBinding('__reportCspViolation', (_source, detail: string) => {
        guard.cspViolations.push(detail);
      });
      await context.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) => {
          (window as unknown as { __reportCspViolation(d: string): void }).__reportCspViolation(
            `${e.violatedDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber}`,
          );
        });
      });
      await use(guard);
      // Let queued securitypolicyviolation events fire and their reports arrive before judging.
      for (const page of context.pages()) {
        await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 50))).catch(() => undefined);
      }
      expect(guard.offOrigin, 'requests that left the origin').toEqual([]);
      expect(guard.cspViolations, 'Content-Security-Policy violations').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Resolves once a service worker controls the page (not just `ready`: that can resolve while activating). */
export async function waitForServiceWorkerControl(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 20_000 });
}

/** The directory has been read from IndexedDB and shows at least one service. */
export async function waitForDirectory(page: Page): Promise<void> {
  // A first visit downloads, checks and stores the directory: give a busy 2-core machine time for it.
  await expect(page.locator('.service-card').first()).toBeVisible({ timeout: 30_000 });
  // The cards below the first screen are added a chunk per task: wait for the whole list.
  await expect(page.locator('.service-list[aria-busy="true"]')).toHaveCount(0);
}
