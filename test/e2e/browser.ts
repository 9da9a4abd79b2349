/**
 * Which Chromium the browser tests (and the icon/screenshot tools) drive:
 *   1. $PLAYWRIGHT_CHROMIUM_EXECUTABLE, if set;
 *   2. Playwright's own Chromium, if `npx playwright install chromium` has put one on this machine;
 *   3. Debian/Ubuntu's chromium at /usr/bin/chromium (or chromium-browser).
 * Returns undefined for (2) so Playwright uses its own; throws with instructions when there is none.
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const SYSTEM_CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/snap/bin/chromium'];

export function findChromium(): string | undefined {
  const fromEnv = process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`PLAYWRIGHT_CHROMIUM_EXECUTABLE=${fromEnv}: no such file`);
    return fromEnv;
  }
  try {
    if (existsSync(chromium.executablePath())) return undefined;
  } catch {
    // Playwright has no browser of its own here.
  }
  const system = SYSTEM_CHROMIUM.find((p) => existsSync(p));
  if (system) return system;
  throw new Error(
    'No Chromium found for the browser tests. Install one of:\n' +
      '  - Debian/Ubuntu: sudo apt-get install chromium   (then /usr/bin/chromium is used)\n' +
      '  - any OS with internet access: npx playwright install chromium\n' +
      '  - or point PLAYWRIGHT_CHROMIUM_EXECUTABLE at a Chromium/Chrome binary.',
  );
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

/** Quiet, offline-friendly flags; --no-sandbox only when running as root (CI containers). */
export const CHROMIUM_ARGS = [
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  ...(isRoot ? ['--no-sandbox'] : []),
];
