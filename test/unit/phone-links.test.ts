import { describe, expect, it } from 'vitest';
import { parsePhone } from '../../src/model/phone.ts';
import { geoLink, mailtoLink, smsLink, telLink, webLink } from '../../src/model/links.ts';

describe('phone numbers', () => {
  it('parses the ways numbers are written', () => {
    expect(parsePhone('(213) 893-0487')).toEqual({ dial: '+12138930487', display: '(213) 893-0487' });
    expect(parsePhone('213-893-0487')?.dial).toBe('+12138930487');
    expect(parsePhone('1-800-540-4000')?.display).toBe('(800) 540-4000');
    expect(parsePhone('+1 800 540 4000')?.dial).toBe('+18005404000');
    expect(parsePhone('988')).toEqual({ dial: '988', display: '988' });
    expect(parsePhone('2-1-1')?.dial).toBe('211');
  });

  it('refuses what is not a North American number', () => {
    for (const bad of ['', '12345', '(113) 893-0487', '213-093-0487', '+44 20 7946 0958', '1-800-FLOWERS', 'tel:911', '213 893 0487 x', '9'.repeat(41)]) {
      expect(parsePhone(bad), bad).toBeNull();
    }
  });
});

describe('the link allow-list', () => {
  it('emits only https, tel, sms and mailto', () => {
    expect(webLink('https://dcfs.lacounty.gov/contact/')?.href).toBe('https://dcfs.lacounty.gov/contact/');
    expect(telLink('(800) 540-4000')?.href).toBe('tel:+18005404000');
    expect(smsLink('988')?.href).toBe('sms:988');
    expect(smsLink('233733')?.href).toBe('sms:233733');
    expect(mailtoLink('help@example.org', 'Record 1')?.href).toBe('mailto:help@example.org?subject=Record%201');
  });

  it('refuses dangerous and obfuscated schemes', () => {
    const bad = [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      ' javascript:alert(1)',
      '\u200Bjavascript:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'http://example.org/',
      'file:///etc/passwd',
      'https://user:pass@example.org/',
      '//example.org',
      '/relative',
      'https://exa mple.org',
      'https:\u0000//x',
    ];
    for (const value of bad) expect(webLink(value), JSON.stringify(value)).toBeNull();
    expect(telLink('javascript:alert(1)')).toBeNull();
    expect(mailtoLink('a@b.org?bcc=x@y.org')).toBeNull();
    expect(mailtoLink('javascript:alert(1)//@x.org')).toBeNull();
  });
});

describe('directions (geo: links)', () => {
  it('turns a street address into a geo: search the device map app opens, encoded so it cannot add parameters', () => {
    expect(geoLink('1234 Main St, Los Angeles, CA 90012')?.href).toBe('geo:0,0?q=1234%20Main%20St%2C%20Los%20Angeles%2C%20CA%2090012');
    expect(geoLink('1 A St & z=1#x')?.href).toBe('geo:0,0?q=1%20A%20St%20%26%20z%3D1%23x');
    expect(geoLink('1 A St', 34.05, -118.25)?.href).toBe('geo:34.05,-118.25?q=1%20A%20St');
    expect(geoLink('1 A St', 134, -118)?.href).toBe('geo:0,0?q=1%20A%20St');
  });
  it('refuses empty, too long or control-character addresses', () => {
    expect(geoLink('')).toBeNull();
    expect(geoLink('   ')).toBeNull();
    expect(geoLink('x'.repeat(301))).toBeNull();
    expect(geoLink('1 A St\njavascript:alert(1)')).toBeNull();
    expect(geoLink(42)).toBeNull();
  });
});
