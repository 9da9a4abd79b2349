/**
 * What the shipped JavaScript must not contain (SEC-4, SEC-6), as pure functions so a unit test can show each
 * rule fires. Used by scripts/check-build.ts on every .js file in dist/ (the service worker included).
 *
 * The one known library match: Preact's renderer implements the `dangerouslySetInnerHTML` prop, so the bundle
 * holds `dangerouslySetInnerHTML` as a string it compares prop names with, and `el.innerHTML = value.__html`.
 * That code only runs when some component passes the prop, so what is checked is that nothing passes it (no
 * `dangerouslySetInnerHTML:` object key, the form compiled JSX takes) and that every other innerHTML write is
 * absent.
 */
const RULES: ReadonlyArray<readonly [RegExp, string]> = [
  // Also the indirect (0,eval)(s) and a stored reference: the bare name, not a property called eval.
  [/(?<![\w$.])eval(?![\w$])/, 'eval('],
  [/\bnew\s+Function\s*\(/, 'new Function('],
  // Function("return this")() and friends: the constructor called without `new` evaluates a string too.
  [/(?<![\w$.]|new\s+)Function\s*\(\s*["'`]/, 'Function("…")'],
  [/\bset(?:Timeout|Interval)\s*\(\s*["'`]/, 'setTimeout/setInterval with a string'],
  [/["'`]?dangerouslySetInnerHTML["'`]?\s*:/, 'a dangerouslySetInnerHTML prop'],
  // Preact's own sink reads `.__html` from that prop; any other right-hand side is someone else's innerHTML.
  [/\.innerHTML\s*=(?!=)\s*(?![\w$]+\.__html\b)/, 'an innerHTML assignment'],
  [/\.outerHTML\s*=(?!=)/, 'an outerHTML assignment'],
  [/\binsertAdjacentHTML\s*\(/, 'insertAdjacentHTML('],
  [/\bdocument\.write(?:ln)?\s*\(/, 'document.write('],
  [/\bcreateContextualFragment\s*\(/, 'createContextualFragment('],
  [/\bsrcdoc\b/, 'srcdoc'],
  [/\bparseFromString\s*\(/, 'DOMParser.parseFromString('],
];

/** Each rule the code breaks, with a little context to find it. */
export function unsafeCode(js: string): string[] {
  const found: string[] = [];
  for (const [pattern, what] of RULES) {
    const match = pattern.exec(js);
    if (match) found.push(`${what}: …${js.slice(Math.max(0, match.index - 40), match.index + 40).replace(/\s+/g, ' ')}…`);
  }
  return found;
}

/** How many times the bundle mentions the library-only names (reported, so a reviewer sees they are Preact's). */
export function libraryMentions(js: string): { innerHTML: number; dangerouslySetInnerHTML: number } {
  return {
    innerHTML: js.match(/\binnerHTML\b/g)?.length ?? 0,
    dangerouslySetInnerHTML: js.match(/\bdangerouslySetInnerHTML\b/g)?.length ?? 0,
  };
}

/** SEC-3: inline <script> bodies and on*= handler attributes in an HTML file (the CSP would block them anyway). */
export function inlineCodeInHtml(html: string): string[] {
  const found: string[] = [];
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    if (!/\bsrc=/.test(m[1]!) && m[2]!.trim()) found.push('inline <script> (the CSP blocks it)');
  }
  const markup = html.replace(/<noscript>[\s\S]*?<\/noscript>/gi, '').replace(/<script\b[\s\S]*?<\/script>/gi, '');
  if (/<[^>]+\son[a-z]+\s*=/i.test(markup)) found.push('inline event handler attribute');
  if (/\b(?:href|src|action)\s*=\s*["']?\s*javascript:/i.test(markup)) found.push('javascript: URL');
  return found;
}

/**
 * PRIV-2: other origins named in shipped code, which is what an analytics beacon, a CDN or a web font needs:
 * every string that starts with http://, https:// or // and a host name. XML namespace URIs (www.w3.org) are
 * identifiers, never fetched; `allowed` lists the few addresses the app only navigates to (the exit's neutral site).
 */
export function otherOrigins(js: string, allowed: readonly string[]): string[] {
  const found: string[] = [];
  for (const m of js.matchAll(/["'`]((?:https?:)?\/\/[A-Za-z0-9.-]+\.[A-Za-z]{2,}[^"'`\s]*)/g)) {
    const url = m[1]!;
    if (allowed.includes(url) || /^https?:\/\/www\.w3\.org\//.test(url)) continue;
    found.push(url);
  }
  return found;
}
