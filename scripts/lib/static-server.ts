/**
 * The production-like static server: the headers of headers.ts, the app shell for deep links, 404 for missing
 * files. `root()` is read on every request, so a test can switch a running server from build A to build B.
 */
import { createServer, type Server } from 'node:http';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { headersFor } from './headers.ts';

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

/** Text files are sent gzipped when the browser accepts it, as every production host does (Netlify, Cloudflare, nginx `gzip on`). */
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.webmanifest', '.svg', '.txt']);
const gzipped = new Map<string, { mtime: number; body: Buffer }>();

function gzipOf(file: string): Buffer {
  const mtime = statSync(file).mtimeMs;
  const cached = gzipped.get(file);
  if (cached && cached.mtime === mtime) return cached.body;
  const body = gzipSync(readFileSync(file), { level: 9 });
  gzipped.set(file, { mtime, body });
  return body;
}

export function createStaticServer(root: () => string): Server {
  return createServer((req, res) => {
    const base = root();
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
    let file = normalize(join(base, pathname));
    if (file !== base && !file.startsWith(base + sep)) {
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
      file = join(base, 'index.html');
      pathname = '/index.html';
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    if (COMPRESSIBLE.has(extname(file)) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      const body = gzipOf(file);
      res.writeHead(200, { ...headersFor(pathname), 'Content-Type': type, 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding', 'Content-Length': body.length });
      res.end(req.method === 'HEAD' ? undefined : body);
      return;
    }
    res.writeHead(200, {
      ...headersFor(pathname),
      'Content-Type': type,
      'Content-Length': statSync(file).size,
      Vary: 'Accept-Encoding',
    });
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
  });
}
