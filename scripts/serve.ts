/**
 * npm run serve — serves dist/ as production would (scripts/lib/static-server.ts). Used by `npm start` and by
 * the browser tests.   --port N (default 4173)   --dir D (default dist)   --host H (default 127.0.0.1)
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createStaticServer } from './lib/static-server.ts';
import { APP } from '../app.config.ts';

const args = process.argv.slice(2);
if (args.includes('--help')) {
  console.log('Usage: npm run serve [-- --port 4173] [--dir dist] [--host 127.0.0.1]');
  process.exit(0);
}
const option = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1]! : fallback;
};
const port = Number(option('port', process.env.PORT ?? String(APP.port)));
const host = option('host', '127.0.0.1');
const root = resolve(option('dir', 'dist'));
if (!existsSync(join(root, 'index.html'))) {
  console.error(`${root}/index.html not found: run \`npm run build\` first.`);
  process.exit(1);
}
createStaticServer(() => root).listen(port, host, () => {
  console.log(`Serving ${root} at http://localhost:${port}/ (production headers). Ctrl+C to stop.`);
});
