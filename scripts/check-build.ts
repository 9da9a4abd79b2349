/**
 * Build checks for the security promises a bundle can break (run by `npm run build` after Vite):
 *   - no inline <script> bodies and no on*= handler attributes in any HTML (the CSP forbids them);
 *   - no eval( / new Function( / string timers and no HTML sinks (innerHTML, a dangerouslySetInnerHTML prop,
 *     insertAdjacentHTML, document.write…) in the shipped JS, service worker included (scripts/lib/unsafe-code.ts:
 *     the rules, and Preact's own dangerouslySetInnerHTML implementation, the one library match);
 *   - the same sinks in our source: data and translations are rendered as text only;
 *   - no reference to another origin in the shipped JS (nothing leaves the origin), except the neutral site that
 *     "Exit this page" navigates to (src/app/neutral-site.ts), which is never fetched;
 *   - the header files for static hosts (_headers, _redirects, nginx-headers.conf) are exactly what
 *     scripts/lib/headers.ts says today (a stale or hand-edited copy would deploy other headers).
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { NEUTRAL_SITE } from '../src/app/neutral-site.ts';
import { inlineCodeInHtml, libraryMentions, otherOrigins, unsafeCode } from './lib/unsafe-code.ts';
import { netlifyHeaders, netlifyRedirects, nginxHeaders } from './vite/headers-plugin.ts';

const dir = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? 'dist';
const files = (d: string): string[] =>
  readdirSync(d).flatMap((f) => (statSync(join(d, f)).isDirectory() ? files(join(d, f)) : [join(d, f)]));
const problems: string[] = [];
const libraryNotes: string[] = [];

for (const file of files(dir)) {
  const name = relative(dir, file);
  if (file.endsWith('.html')) {
    for (const what of inlineCodeInHtml(readFileSync(file, 'utf8'))) problems.push(`${name}: ${what}`);
  }
  if (file.endsWith('.js')) {
    const js = readFileSync(file, 'utf8');
    for (const what of unsafeCode(js)) problems.push(`${name}: contains ${what}`);
    const mentions = libraryMentions(js);
    if (mentions.innerHTML || mentions.dangerouslySetInnerHTML) {
      libraryNotes.push(`${name}: Preact's dangerouslySetInnerHTML support (${mentions.dangerouslySetInnerHTML}× the prop name, ${mentions.innerHTML}× innerHTML), never passed`);
    }
  }
  // Workbox's own console messages link to its documentation; the worker fetches only this origin.
  if (file.endsWith('.js') && !name.startsWith('sw.js')) {
    const js = readFileSync(file, 'utf8');
    for (const url of otherOrigins(js, [NEUTRAL_SITE])) problems.push(`${name}: refers to another origin: ${url}`);
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
if (process.argv.includes('--verbose')) for (const note of libraryNotes) console.log(`note: ${note}`);
console.log(`build check: ${problems.length ? `${problems.length} problem(s)` : 'no inline scripts, no eval, no HTML sinks, no other origins, host header files match headers.ts'}`);
process.exit(problems.length ? 1 : 0);
