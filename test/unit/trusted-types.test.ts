import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sameOriginScriptURL } from '../../src/app/trusted-types.ts';

const ORIGIN = 'https://help.example.org';

describe('the Trusted Types policy (SEC-13): script URLs of this origin only', () => {
  it('passes the app’s own workers and service worker', () => {
    expect(sameOriginScriptURL('/sw.js', ORIGIN)).toBe(`${ORIGIN}/sw.js`);
    expect(sameOriginScriptURL(`${ORIGIN}/assets/worker-Ab12.js`, ORIGIN)).toBe(`${ORIGIN}/assets/worker-Ab12.js`);
    expect(sameOriginScriptURL('assets/dataset-worker-x.js?worker_file&type=module', ORIGIN)).toBe(`${ORIGIN}/assets/dataset-worker-x.js?worker_file&type=module`);
  });

  it('refuses every other origin and scheme, however it is written', () => {
    for (const url of [
      'https://evil.example/x.js',
      '//evil.example/x.js',
      'http://help.example.org/sw.js',
      'https://help.example.org.evil.example/sw.js',
      'data:text/javascript,alert(1)',
      'blob:https://help.example.org/1234',
      'javascript:alert(1)',
      ' \tjavascript:alert(1)',
      '/\\evil.example/x.js',
    ]) {
      expect(() => sameOriginScriptURL(url, ORIGIN), url).toThrow(TypeError);
    }
  });

  it('never returns a URL of another origin (fast-check)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.webUrl(), fc.string(), fc.webPath()), (input) => {
        let out: string | undefined;
        try {
          out = sameOriginScriptURL(input, ORIGIN);
        } catch (error) {
          expect(error).toBeInstanceOf(TypeError);
          return;
        }
        expect(new URL(out).origin).toBe(ORIGIN);
      }),
    );
  });
});
