/**
 * npm run serve — serves dist/ as production would: the headers of scripts/lib/headers.ts, the app shell for
 * deep links, 404 for missing files. Used by `npm start` and by the browser tests.
 *   --port N   (default 4173)   --dir D   (default dist)   --host H   (default 127.0.0.1)
 */
import { createServer } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { headersFor } from './lib/headers.ts';
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

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

const server = createServer((req, res) => {
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
  } catch {
    res.writeHead(400).end('Bad request');
    return;
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { Allow: 'GET, HEAD' }).end();
    return;
  }
  let file = normalize(join(root, pathname));
  if (file !== root && !file.startsWith(root + sep)) {
    res.writeHead(403).end();
    return;
  }
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  if (!existsSync(file)) {
    // Deep links (/service/123) get the app shell; a missing file (/assets/x.js) is a real 404.
    if (extname(pathname)) {
      res.writeHead(404, { ...headersFor(pathname), 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    file = join(root, 'index.html');
    pathname = '/index.html';
  }
  res.writeHead(200, {
    ...headersFor(pathname),
    'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
    'Content-Length': statSync(file).size,
  });
  if (req.method === 'HEAD') res.end();
  else createReadStream(file).pipe(res);
});

server.listen(port, host, () => {
  console.log(`Serving ${root} at http://localhost:${port}/ (production headers). Ctrl+C to stop.`);
});
