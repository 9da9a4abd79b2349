/**
 * What `npm run lighthouse` and `npm run lhci` share: the pinned Lighthouse (run with npx: as a devDependency it
 * breaks `npm ci` here), the headless Chromium flags, and the pages audited — the start screen and a service page
 * whose path comes from the built dataset, so the runs follow the data. Both need `npm run build` first.
 */
import { readFileSync } from 'node:fs';

export const LIGHTHOUSE = 'lighthouse@12.8.2';

export const CHROME_FLAGS = [
  '--headless=new',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
];

/** [name, path] of each audited page of dist/. */
export function auditedPages(): Array<[string, string]> {
  const manifest = JSON.parse(readFileSync('dist/data/manifest.json', 'utf8')) as { base: { url: string } };
  const base = JSON.parse(readFileSync(`dist${manifest.base.url}`, 'utf8')) as { services: Array<{ id: string }> };
  return [
    ['home', '/'],
    ['service', `/service/${base.services[0]!.id}`],
  ];
}
