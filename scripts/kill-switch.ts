/**
 * npm run kill-switch [-- DIR] — replaces DIR/sw.js (default dist/) with the self-destroying worker in
 * src/sw/kill-switch.js. Deploy the result to remove the service worker and all its caches from visitors' devices
 * (README "Deploy"). Undo by deploying a normal build again.
 */
import { copyFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const KILL_SWITCH_WORKER = fileURLToPath(new URL('../src/sw/kill-switch.js', import.meta.url));

export function installKillSwitch(dir: string): void {
  if (!existsSync(join(dir, 'sw.js'))) throw new Error(`${dir}/sw.js not found: run \`npm run build\` first`);
  copyFileSync(KILL_SWITCH_WORKER, join(dir, 'sw.js'));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  if (process.argv.includes('--help')) {
    console.log('Usage: npm run kill-switch [-- DIR]   (default dist/: its sw.js becomes the self-destroying worker)');
    process.exit(0);
  }
  const dir = process.argv.slice(2).find((a) => !a.startsWith('-')) ?? 'dist';
  try {
    installKillSwitch(dir);
    console.log(`${dir}/sw.js is now the kill switch: deploy ${dir}/ to remove the offline app from devices.`);
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}
