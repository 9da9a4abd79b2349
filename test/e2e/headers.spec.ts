import { readFileSync, readdirSync } from 'node:fs';
import { test, expect, waitForDirectory, waitForServiceWorkerControl } from './fixtures.ts';
import { headersFor } from '../../scripts/lib/headers.ts';

// Real names from this build: one file of every kind the server sends.
const assets = readdirSync('dist/assets');
const data = JSON.parse(readFileSync('dist/data/manifest.json', 'utf8')) as { base: { url: string } };
const locale = readdirSync('dist/assets/locales/es')[0]!;
const FILES: Record<string, { path: string; type: RegExp; cache: 'no-cache' | 'immutable' }> = {
  'app shell': { path: '/', type: /^text\/html/, cache: 'no-cache' },
  'index.html': { path: '/index.html', type: /^text\/html/, cache: 'no-cache' },
  'deep link (app shell)': { path: '/service/does-not-matter', type: /^text\/html/, cache: 'no-cache' },
  'service worker': { path: '/sw.js', type: /^text\/javascript/, cache: 'no-cache' },
  'web app manifest': { path: '/manifest.webmanifest', type: /^application\/manifest\+json/, cache: 'no-cache' },
  'dataset manifest': { path: '/data/manifest.json', type: /^application\/json/, cache: 'no-cache' },
  'hashed dataset payload': { path: data.base.url, type: /^application\/json/, cache: 'immutable' },
  'hashed script': { path: `/assets/${assets.find((f) => f.endsWith('.js'))}`, type: /^text\/javascript/, cache: 'immutable' },
  'hashed stylesheet': { path: `/assets/${assets.find((f) => f.endsWith('.css'))}`, type: /^text\/css/, cache: 'immutable' },
  'hashed UI locale': { path: `/assets/locales/es/${locale}`, type: /^application\/json/, cache: 'immutable' },
  icon: { path: '/icons/icon-192.png', type: /^image\/png$/, cache: 'no-cache' },
};

test('every kind of file is served with exactly the headers of scripts/lib/headers.ts', async ({ request }) => {
  for (const [kind, { path, type, cache }] of Object.entries(FILES)) {
    const response = await request.get(path);
    expect(response.status(), kind).toBe(200);
    const headers = response.headers();
    const expected = headersFor(path === '/' || kind.startsWith('deep link') ? '/index.html' : path);
    for (const [name, value] of Object.entries(expected)) expect(headers[name.toLowerCase()], `${kind}: ${name}`).toBe(value);
    expect(headers['cache-control'], kind).toBe(cache === 'no-cache' ? 'no-cache' : 'public, max-age=31536000, immutable');
    expect(headers['content-type'], kind).toMatch(type);
    expect(headers['set-cookie'], `${kind} sets no cookie`).toBeUndefined();
    expect(headers['access-control-allow-origin'], `${kind} is not shared with other origins`).toBeUndefined();
  }
  // A missing file is a real 404, with the security headers too.
  const missing = await request.get('/assets/missing-00000000.js');
  expect(missing.status()).toBe(404);
  expect(missing.headers()['content-security-policy']).toBe(headersFor('/')['Content-Security-Policy']);
});

test('the browser applies the policy: the page loads under it with no violation and no header warning', async ({ page, guard }) => {
  const messages: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') messages.push(m.text());
  });
  const response = await page.goto('/');
  expect(response!.headers()['content-security-policy']).toContain("default-src 'none'");
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // Trusted Types (SEC-13): a plain string never reaches an HTML or script sink, and the refusal is reported (the
  // guard fixture collects it, so it is taken out of the guard below).
  const sinks = await page.evaluate(async () => {
    const seen = new Promise<string>((resolve) =>
      document.addEventListener('securitypolicyviolation', (e) => resolve(e.violatedDirective), { once: true }),
    );
    const outcome = (write: () => void) => {
      try {
        write();
        return 'written';
      } catch (error) {
        return (error as Error).name;
      }
    };
    const html = outcome(() => (document.createElement('div').innerHTML = '<img src=x onerror=alert(1)>'));
    const script = outcome(() => (document.createElement('script').textContent = 'window.__inlineRan = true'));
    return { html, script, directive: await seen };
  });
  expect(sinks).toEqual({ html: 'TypeError', script: 'TypeError', directive: 'require-trusted-types-for' });
  await expect.poll(() => guard.cspViolations.length).toBe(2);
  (guard.cspViolations as string[]).length = 0;
  // The app's own script URLs pass the one policy: the service worker takes control and the search worker answers.
  await waitForServiceWorkerControl(page);
  await waitForDirectory(page);
  await page.getByRole('searchbox', { name: 'Search for help' }).fill('notario');
  await expect(page.locator('.result').first()).toContainText(/notario/i);
  // A script URL of another origin is refused by the policy itself.
  const foreign = await page.evaluate(() => {
    try {
      new Worker('https://evil.example/x.js');
      return 'started';
    } catch (error) {
      return (error as Error).name;
    }
  });
  expect(foreign).toBe('TypeError');
  expect(messages.filter((m) => /Permissions-Policy|Content Security Policy|Refused/i.test(m) && !m.includes('inline script'))).toEqual([]);
});

test('an inline script in a page served with these headers does not run, and is reported', async ({ page, context, guard }) => {
  await context.route('**/csp-probe', (route) =>
    route.fulfill({
      status: 200,
      headers: { ...headersFor('/'), 'Content-Type': 'text/html; charset=utf-8' },
      body: '<!doctype html><title>probe</title><script>window.__inlineRan = true</script><p>probe</p>',
    }),
  );
  await page.goto('/csp-probe');
  await expect(page.getByText('probe')).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __inlineRan?: boolean }).__inlineRan === true)).toBe(false);
  await expect.poll(() => guard.cspViolations.length).toBe(1);
  expect(guard.cspViolations[0]).toMatch(/^script-src-elem blocked inline/);
  (guard.cspViolations as string[]).length = 0;
});
