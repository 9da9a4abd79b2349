import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { inlineCodeInHtml, otherOrigins, unsafeCode } from '../../scripts/lib/unsafe-code.ts';

/** Preact 11's renderer as Vite minifies it: the one library code in the bundle that names these sinks. */
const PREACT_RENDERER =
  'for(f in T)b=T[f],f==`dangerouslySetInnerHTML`?v=b:f==`children`||f in D||j(t,f,null,b,a);' +
  'for(f in D)b=D[f],f==`children`?y=b:f==`dangerouslySetInnerHTML`?g=b:f==`value`?S=b:j(t,f,b,T[f],a);' +
  'g?(c||v&&(g.__html==v.__html||g.__html==t.innerHTML)||(t.innerHTML=g.__html),n.__k=[]):(v&&(t.textContent=``))';

describe('the build check for unsafe code (SEC-4, SEC-6)', () => {
  it("accepts Preact's own dangerouslySetInnerHTML support and ordinary code", () => {
    expect(unsafeCode(PREACT_RENDERER)).toEqual([]);
    expect(unsafeCode('typeof e=="function"&&e();const medieval=1;x.textContent=s;setTimeout(()=>f(),5)')).toEqual([]);
  });

  it.each([
    ['eval("1+1")', 'eval('],
    ['(0,eval)(s)', 'eval('],
    ['new Function("a","return a")', 'new Function('],
    ['Function("return this")()', 'Function("…")'],
    ['setTimeout("alert(1)",0)', 'setTimeout/setInterval with a string'],
    ['h("p",{dangerouslySetInnerHTML:{__html:s}})', 'a dangerouslySetInnerHTML prop'],
    ['jsx("p",{"dangerouslySetInnerHTML":{__html:s}})', 'a dangerouslySetInnerHTML prop'],
    ['el.innerHTML=name', 'an innerHTML assignment'],
    ['el.innerHTML = `<b>${name}</b>`', 'an innerHTML assignment'],
    ['el.outerHTML=s', 'an outerHTML assignment'],
    ['el.insertAdjacentHTML("beforeend",s)', 'insertAdjacentHTML('],
    ['document.write(s)', 'document.write('],
    ['range.createContextualFragment(s)', 'createContextualFragment('],
    ['frame.srcdoc=s', 'srcdoc'],
    ['new DOMParser().parseFromString(s,"text/html")', 'DOMParser.parseFromString('],
  ])('refuses %s', (code, what) => {
    expect(unsafeCode(`${PREACT_RENDERER};${code}`).map((f) => f.split(':')[0])).toEqual([what]);
  });

  it('the Preact snippet above is really what the bundle contains (so the exception stays narrow)', () => {
    const pkg = JSON.parse(readFileSync('node_modules/preact/package.json', 'utf8')) as { version: string };
    expect(pkg.version.split('.')[0]).toBe('11');
    const source = readFileSync('node_modules/preact/dist/preact.mjs', 'utf8');
    expect(source).toMatch(/\.innerHTML=\w+\.__html/);
    expect(unsafeCode(source)).toEqual([]);
  });
});

describe('the build check for inline code in HTML (SEC-3)', () => {
  it('accepts the built index.html shape: external module scripts, no handlers', () => {
    const html = '<!doctype html><html><head><script type="module" crossorigin src="/assets/index-x.js"></script><link rel="manifest" href="/manifest.webmanifest"></head><body><noscript><p>Needs JavaScript.</p></noscript><div id="app"></div></body></html>';
    expect(inlineCodeInHtml(html)).toEqual([]);
  });

  it.each([
    ['<script>alert(1)</script>', 'inline <script> (the CSP blocks it)'],
    ['<script type="module">import "/a.js"</script>', 'inline <script> (the CSP blocks it)'],
    ['<body onload="start()">', 'inline event handler attribute'],
    ['<img src=x onerror=alert(1)>', 'inline event handler attribute'],
    ['<a href="javascript:void 0">x</a>', 'javascript: URL'],
  ])('refuses %s', (html, what) => {
    expect(inlineCodeInHtml(`<html><body>${html}</body></html>`)).toEqual([what]);
  });
});

describe('no tracking code (PRIV-2)', () => {
  it('the app ships only these runtime libraries: none is analytics, tracking, fonts or a CDN loader', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies: Record<string, string> };
    // Adding one is a decision for review: say in the pull request what it sends and where.
    expect(Object.keys(pkg.dependencies).sort()).toEqual(['i18next', 'idb', 'lean-qr', 'preact', 'workbox-window']);
  });

  it('the build check refuses any other origin named in shipped code (what a tracker, CDN or font needs)', () => {
    const exit = 'https://weather.gov/';
    const ok = 'document.createElementNS("http://www.w3.org/2000/svg","svg");location.replace("https://weather.gov/");fetch("/data/manifest.json")';
    expect(otherOrigins(ok, [exit])).toEqual([]);
    for (const bad of [
      'navigator.sendBeacon("https://www.google-analytics.com/g/collect?v=2",d)',
      'import("https://cdn.jsdelivr.net/npm/x")',
      's.src=`//fonts.googleapis.com/css2?family=Inter`',
      "fetch('http://example.org/'+q)",
    ]) {
      expect(otherOrigins(`${ok};${bad}`, [exit]), bad).toHaveLength(1);
    }
  });
});
