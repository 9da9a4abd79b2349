/**
 * SEC-9: whatever the data says, a link built by src/model/links.ts is either null (the screen shows plain text)
 * or uses the one scheme its builder stands for. Property-based: fast-check writes the hostile strings.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { geoLink, mailtoLink, smsLink, telLink, webLink, type SafeLink } from '../../src/model/links.ts';

const BUILDERS: Record<SafeLink['kind'], (value: string) => SafeLink | null> = {
  web: webLink,
  tel: telLink,
  sms: smsLink,
  mailto: (value) => mailtoLink(value, 'subject', 'body'),
  geo: (value) => geoLink(value, 34.05, -118.25),
};
const SCHEME: Record<SafeLink['kind'], string> = { web: 'https:', tel: 'tel:', sms: 'sms:', mailto: 'mailto:', geo: 'geo:' };

/** Schemes that must never come out of a builder (http: too: only https is allowed for websites). */
const FORBIDDEN = ['javascript', 'vbscript', 'data', 'file', 'blob', 'http', 'about', 'filesystem', 'intent', 'chrome', 'ftp', 'ws', 'jar', 'view-source'];
/** What browsers ignore or decode when they read an href: whitespace, C0 controls, invisible characters. */
const NOISE = ['\t', '\n', '\r', '\u0000', '\u0001', '\u001f', ' ', '\u00a0', '\u200b', '\u200c', '\u200d', '\u2028', '\u2060', '\ufeff', '\u000b', '\u000c'];

/** One character the way an attacker might write it: itself, other case, an HTML entity, %-encoded. */
const obfuscatedChar = (c: string) =>
  fc.constantFrom(
    c,
    c.toUpperCase(),
    `&#${c.charCodeAt(0)};`,
    `&#x${c.charCodeAt(0).toString(16)};`,
    `&#0000${c.charCodeAt(0)}`,
    `%${c.charCodeAt(0).toString(16).padStart(2, '0')}`,
  );

/** javascript:, JaVaScRiPt:, java\tscript:, " javascript:", &#106;avascript:, %6Aavascript&colon; … */
const hostileLink = fc
  .tuple(
    fc.constantFrom(...FORBIDDEN),
    fc.oneof(fc.constant([]), fc.array(fc.constantFrom(...NOISE), { maxLength: 3 })),
    fc.oneof(fc.constant([]), fc.array(fc.tuple(fc.nat(), fc.constantFrom(...NOISE)), { maxLength: 3 })),
    fc.constantFrom(':', '&colon;', '&#58;', '&#x3a;', '%3a', '%3A', ':\u200b'),
    fc.constantFrom('alert(1)', '//example.org/', 'text/html,<script>alert(1)</script>', 'msgbox(1)', '+12138930487', 'a@b.org', '1 Main St'),
  )
  .chain(([scheme, lead, inserts, colon, tail]) =>
    fc.oneof(
      fc.constant([...scheme]),
      fc.tuple(...[...scheme].map((c) => fc.constantFrom(c, c.toUpperCase()))),
      fc.tuple(...[...scheme].map(obfuscatedChar)),
    ).map((chars) => {
      const word = [...chars];
      for (const [at, noise] of inserts) word.splice(at % (word.length + 1), 0, noise);
      return `${lead.join('')}${word.join('')}${colon}${tail}`;
    }),
  );

function expectSafe(kind: SafeLink['kind'], input: string, link: SafeLink | null) {
  if (link === null) return;
  const where = `${kind}(${JSON.stringify(input)}) -> ${link.href}`;
  expect(link.kind, where).toBe(kind);
  // What the browser will read: no character it strips or ignores, and the builder's own scheme, literally first.
  expect(link.href, where).not.toMatch(/[\u0000-\u0020\u007f-\u00a0\u200b-\u200f\u2028\u2029\u2060\ufeff]/);
  expect(link.href.startsWith(SCHEME[kind]), where).toBe(true);
  expect(new URL(link.href).protocol, where).toBe(SCHEME[kind]);
}

describe('the link allow-list under attack (property-based)', () => {
  it('never turns an obfuscated javascript:, data:, vbscript:, http: … value into a link of another scheme', () => {
    fc.assert(
      fc.property(hostileLink, (input) => {
        // A website link from a non-https value must not exist at all.
        expect(webLink(input), JSON.stringify(input)).toBeNull();
        for (const [kind, build] of Object.entries(BUILDERS)) expectSafe(kind as SafeLink['kind'], input, build(input));
      }),
      { numRuns: 3000 },
    );
  });

  it('any string at all gives null or a link of the builder\'s scheme, never anything else', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 80 }), fc.string({ unit: 'binary', maxLength: 80 }), fc.webUrl()), (input) => {
        for (const [kind, build] of Object.entries(BUILDERS)) expectSafe(kind as SafeLink['kind'], input, build(input));
      }),
      { numRuns: 1500 },
    );
  });

  it('real https addresses are kept, and come out exactly as the browser would read them', () => {
    fc.assert(
      fc.property(fc.webUrl({ validSchemes: ['https'], withQueryParameters: true, withFragments: true }), (input) => {
        const link = webLink(input);
        if (link) expect(link.href).toBe(new URL(input).href);
        else expect(/[\s\u0000-\u001f]/.test(input) || new URL(input).username !== '' || new URL(input).password !== '').toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('an email address can add no recipient or header of its own to the mailto: link', () => {
    const local = fc.stringMatching(/^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,20}$/);
    fc.assert(
      fc.property(local, fc.constantFrom('example.org', 'lacounty.gov'), (user, domain) => {
        const address = `${user}@${domain}`;
        const link = mailtoLink(address, 'Record 1', 'Hello');
        if (!link) return;
        const url = new URL(link.href);
        expect(decodeURIComponent(url.pathname), link.href).toBe(address);
        expect([...url.searchParams.keys()], link.href).toEqual(['subject', 'body']);
        expect(url.hash, link.href).toBe('');
      }),
      { numRuns: 2000 },
    );
    expect(mailtoLink('x?bcc=someone@else.org')?.href).toBe('mailto:x%3Fbcc%3Dsomeone@else.org');
  });

  it('the generator really produces the hostile forms it claims to', () => {
    const samples = fc.sample(hostileLink, { numRuns: 3000, seed: 42 });
    expect(samples.some((s) => /^javascript:/i.test(s))).toBe(true);
    expect(samples.some((s) => /^JaVa|^jAvA|^JAVA/.test(s))).toBe(true);
    expect(samples.some((s) => /^[\t\n ]+\w/.test(s))).toBe(true);
    expect(samples.some((s) => /&#x?[0-9a-f]+;/i.test(s))).toBe(true);
    expect(samples.some((s) => /^%[0-9a-f]{2}/i.test(s))).toBe(true);
    expect(samples.some((s) => /[a-z]\t[a-z]/i.test(s))).toBe(true);
    expect(samples.some((s) => /\u0000/.test(s))).toBe(true);
  });
});
