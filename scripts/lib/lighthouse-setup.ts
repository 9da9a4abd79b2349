/**
 * What `npm run lighthouse` and `npm run lhci` share: the pinned Lighthouse (run with npx: as a devDependency it
 * breaks `npm ci` here), the headless Chromium flags, and the pages audited — the start screen and a service page
 * whose path comes from the built dataset, so the runs follow the data. Both need `npm run build` first.
 */
import { readFileSync } from 'node:fs';
import { CHROMIUM_ARGS } from '../../test/e2e/browser.ts';

export const LIGHTHOUSE = 'lighthouse@12.8.2';

/** The browser tests' quiet, offline-friendly flags (test/e2e/browser.ts), headless. */
export const CHROME_FLAGS = ['--headless=new', ...CHROMIUM_ARGS];

/** [name, path] of each audited page of dist/. */
export function auditedPages(): Array<[string, string]> {
  const manifest = JSON.parse(readFileSync('dist/data/manifest.json', 'utf8')) as { base: { url: string } };
  const base = JSON.parse(readFileSync(`dist${manifest.base.url}`, 'utf8')) as { services: Array<{ id: string }> };
  return [
    ['home', '/'],
    ['service', `/service/${base.services[0]!.id}`],
  ];
}
