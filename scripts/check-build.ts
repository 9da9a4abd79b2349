/**
 * Build checks for the security promises a bundle can break (run by `npm run build` after Vite):
 *   - no inline <script> bodies and no on*= handler attributes in any HTML (the CSP forbids them);
 *   - no eval( / new Function( in the shipped JS (the CSP has no 'unsafe-eval');
 *   - no HTML sinks (innerHTML, dangerouslySetInnerHTML, insertAdjacentHTML, document.write) in our source:
 *     data and translations are rendered as text only (Preact's own runtime supports dangerouslySetInnerHTML,
 *     so the bundle cannot be grepped for it; our code never passes it);
 *   - no reference to another origin in the shipped JS (nothing leaves the origin), except the neutral site that
 *     "Exit this page" navigates to (src/app/neutral-site.ts), which is never fetched;
 *   - the header files for static hosts (_headers, _redirects, nginx-headers.conf) are exactly what
 *     scripts/lib/headers.ts says today (a stale or hand-edited copy would deploy other headers).
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { NEUTRAL_SITE } from '../src/app/neutral-site.ts';
import { netlifyHeaders, netlifyRedirects, nginxHeaders } from './vite/headers-plugin.ts';

const dir = process.argv[2] ?? 'dist';
const files = (d: string): string[] =>
  readdirSync(d).flatMap((f) => (statSync(join(d, f)).isDirectory() ? files(join(d, f)) : [join(d, f)]));
const problems: string[] = [];

for (const file of files(dir)) {
  const name = relative(dir, file);
  if (file.endsWith('.html')) {
    const html = readFileSync(file, 'utf8');
    for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
      if (!/\bsrc=/.test(m[1]!) && m[2]!.trim()) problems.push(`${name}: inline <script> (the CSP blocks it)`);
    }
    if (/\son[a-z]+\s*=/i.test(html.replace(/<noscript>[\s\S]*?<\/noscript>/gi, ''))) problems.push(`${name}: inline event handler attribute`);
  }
  if (file.endsWith('.js') && !name.startsWith('sw.js')) {
    const js = readFileSync(file, 'utf8');
    for (const [pattern, what] of [
      [/\beval\s*\(/, 'eval('],
      [/\bnew\s+Function\s*\(/, 'new Function('],
    ] as const) {
      if (pattern.test(js)) problems.push(`${name}: contains ${what}`);
    }
    for (const m of js.matchAll(/["'`](https?:\/\/[^"'`\s]+)["'`]/g)) {
      // Namespace URIs are identifiers, not requests.
      if (m[1] === NEUTRAL_SITE) continue;
      if (!/^https?:\/\/www\.w3\.org\//.test(m[1]!)) problems.push(`${name}: refers to another origin: ${m[1]}`);
    }
  }
}
const built = files(dir).map((f) => relative(dir, f).split('\\').join('/'));
for (const [name, expected] of [
  ['_headers', netlifyHeaders(built)],
  ['_redirects', netlifyRedirects()],
  ['nginx-headers.conf', nginxHeaders()],
] as const) {
  let actual: string | undefined;
  try {
    actual = readFileSync(join(dir, name), 'utf8');
  } catch {
    problems.push(`${name}: missing (the headers plugin did not run)`);
    continue;
  }
  if (actual !== expected) problems.push(`${name}: differs from scripts/lib/headers.ts`);
}
for (const file of files('src')) {
  if (!/\.tsx?$/.test(file)) continue;
  const code = readFileSync(file, 'utf8');
  for (const [pattern, what] of [
    [/\.(?:innerHTML|outerHTML)\s*=/, 'innerHTML/outerHTML assignment'],
    [/\binsertAdjacentHTML\s*\(/, 'insertAdjacentHTML('],
    [/\bdocument\.write\s*\(/, 'document.write('],
    [/dangerouslySetInnerHTML/, 'dangerouslySetInnerHTML'],
    [/\beval\s*\(|\bnew\s+Function\s*\(/, 'eval / new Function'],
  ] as const) {
    if (pattern.test(code)) problems.push(`${file}: contains ${what}`);
  }
}
for (const p of problems) console.error(`error: ${p}`);
console.log(`build check: ${problems.length ? `${problems.length} problem(s)` : 'no inline scripts, no eval, no HTML sinks, no other origins, host header files match headers.ts'}`);
process.exit(problems.length ? 1 : 0);
