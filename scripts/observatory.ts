/**
 * npm run observatory — scores the production headers with the MDN HTTP Observatory (the scanner and grader of
 * @mdn/mdn-http-observatory, pinned below) against dist/ served by the same server as `npm start`, behind an
 * HTTPS front with a throwaway certificate for localhost, plus a plain-HTTP port that redirects to it (as a real
 * host should). Prints the score and every test's result; exits 1 below A+ (SEC-1). Run `npm run build` first.
 *
 *   npm run observatory [-- --json]
 *
 * Why not a devDependency or its CLI: the package's install scripts download Chromium's HSTS preload list and
 * a CA bundle from the internet (npm ci fails offline), it pulls in a database driver and a web server, and
 * its CLI scans only ports 80 and 443. So it is installed once, without install scripts, into
 * node_modules/.cache/, and its own retriever, tests and grader are called with our ports
 * (scripts/lib/observatory-scan.ts). localhost is not on the HSTS preload list, so an empty list stands in.
 */
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer as createHttpServer, request, type Server } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createStaticServer } from './lib/static-server.ts';

const OBSERVATORY = '@mdn/mdn-http-observatory';
const VERSION = '1.4.8';
const json = process.argv.includes('--json');
const log = (line: string) => {
  if (!json) console.log(line);
};

if (!existsSync('dist/index.html')) {
  console.error('dist/ is missing: run `npm run build` first.');
  process.exit(1);
}

const installDir = resolve('node_modules/.cache/mdn-http-observatory', VERSION);
const packageDir = join(installDir, 'node_modules', OBSERVATORY);
if (!existsSync(join(packageDir, 'src/retriever/retriever.js'))) {
  log(`Installing ${OBSERVATORY}@${VERSION} into ${installDir} (once, without install scripts)…`);
  execFileSync('npm', ['install', '--prefix', installDir, '--ignore-scripts', '--no-save', '--no-audit', '--no-fund', '--loglevel=error', `${OBSERVATORY}@${VERSION}`], {
    stdio: json ? 'ignore' : 'inherit',
  });
}
const preload = join(packageDir, 'conf/hsts-preload.json');
if (!existsSync(preload)) writeFileSync(preload, '{}\n');

// A throwaway certificate authority and a localhost certificate it signs, trusted only by the scan's process.
const tls = mkdtempSync(join(tmpdir(), 'observatory-'));
const openssl = (...args: string[]) => execFileSync('openssl', args, { cwd: tls, stdio: 'ignore' });
openssl('req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=Local test CA', '-keyout', 'ca.key', '-out', 'ca.pem');
openssl('req', '-newkey', 'rsa:2048', '-nodes', '-subj', '/CN=localhost', '-keyout', 'key.pem', '-out', 'req.csr');
writeFileSync(join(tls, 'ext.cnf'), 'subjectAltName=DNS:localhost\n');
openssl('x509', '-req', '-in', 'req.csr', '-CA', 'ca.pem', '-CAkey', 'ca.key', '-CAcreateserial', '-days', '1', '-extfile', 'ext.cnf', '-out', 'cert.pem');

const listen = (server: Server) =>
  new Promise<number>((done) => server.listen(0, '127.0.0.1', () => done((server.address() as { port: number }).port)));
// `npm start`'s server, unchanged, behind a TLS front that passes every request and response through as it is.
const root = resolve('dist');
const app = createStaticServer(() => root);
const appPort = await listen(app);
const https = createHttpsServer({ key: readFileSync(join(tls, 'key.pem')), cert: readFileSync(join(tls, 'cert.pem')) }, (req, res) => {
  const upstream = request({ host: '127.0.0.1', port: appPort, path: req.url, method: req.method, headers: req.headers }, (reply) => {
    res.writeHead(reply.statusCode ?? 502, reply.headers);
    reply.pipe(res);
  });
  upstream.on('error', () => res.writeHead(502).end());
  req.pipe(upstream);
});
const httpsPort = await listen(https);
// Plain HTTP only redirects to HTTPS on the same host, as the README asks of a real host.
const http = createHttpServer((req, res) => res.writeHead(301, { Location: `https://localhost:${httpsPort}${req.url ?? '/'}` }).end());
const httpPort = await listen(http);

// Asynchronously: this process serves the scan's requests meanwhile.
const scan = await new Promise<{ ok: boolean; stdout: string; stderr: string }>((done) =>
  execFile(
    process.execPath,
    ['--import', 'tsx', 'scripts/lib/observatory-scan.ts', packageDir, String(httpPort), String(httpsPort)],
    { env: { ...process.env, NODE_EXTRA_CA_CERTS: join(tls, 'ca.pem') } },
    (error, stdout, stderr) => done({ ok: !error, stdout, stderr }),
  ),
);
for (const server of [https, http, app]) server.close();
rmSync(tls, { recursive: true, force: true });
if (!scan.ok) {
  console.error(scan.stderr || scan.stdout);
  process.exit(1);
}
const report = JSON.parse(scan.stdout.trim().split('\n').at(-1)!) as {
  grade: string;
  score: number;
  tests: Record<string, { result: string; pass: boolean; scoreModifier: number }>;
};
if (json) console.log(JSON.stringify(report, null, 2));
else {
  log(`\nMDN HTTP Observatory ${VERSION} (algorithm ${(report as { algorithmVersion?: number }).algorithmVersion}) on dist/ with production headers`);
  for (const [name, t] of Object.entries(report.tests)) {
    log(`  ${t.pass ? 'pass' : 'FAIL'}  ${name.padEnd(30)} ${String(t.scoreModifier).padStart(3)}  ${t.result}`);
  }
  log(`\nScore ${report.score}, grade ${report.grade}`);
}
if (report.grade !== 'A+') {
  console.error(`Grade ${report.grade} is below A+.`);
  process.exit(1);
}
