/**
 * SEC-11: nothing the app reads — a dataset download, a translation payload, a UI locale file — can change
 * Object.prototype or any other global, whatever keys it carries. @fast-check/poisoning snapshots every global
 * when first imported and reports any change.
 */
import 'fake-indexeddb/auto';
import './settle-node-globals.ts';
import { assertNoPoisoning, restoreGlobals } from '@fast-check/poisoning';
import fc from 'fast-check';
import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildPayloads } from '../../scripts/lib/dataset-build.ts';
import { loadDatasetSource } from '../../scripts/lib/dataset-source.ts';
import { activeDataset, ensureDataset, ensureTranslations } from '../../src/data/dataset.ts';
import { listServices } from '../../src/data/queries.ts';
import { resetConnectionForTests } from '../../src/data/db.ts';
import { validate } from '../../src/data/validate.ts';
import { DataError, parseJson } from '../../src/model/json.ts';
import { localText } from '../../src/model/localize.ts';

const built = buildPayloads(loadDatasetSource('data'));
const fileText = (url: string) => built.files.find((f) => `/${f.fileName}` === url)!.content;

/** The keys that poison a prototype when parsed data is merged or copied, as a hostile file would nest them. */
const POISON = '"__proto__":{"polluted":"yes","toString":"x"},"constructor":{"prototype":{"polluted":"yes"}},"prototype":{"polluted":"yes"}';
/** Puts the poison into every JSON object of `text` (after each `{`), so every level of every record carries it. */
const poisonEveryObject = (text: string) => text.replace(/\{(?=")/g, `{${POISON},`);

afterEach(() => {
  vi.unstubAllGlobals();
});

/** The test runner's own bookkeeping changes between tests; everything else must be as it was. */
const RUNNER = { ignoredRootRegex: /^__vitest_/ };

function expectClean() {
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.prototype.toString.call([])).toBe('[object Array]');
  assertNoPoisoning(RUNNER);
}

describe('prototype pollution', () => {
  it('the detector can fail: a write to Object.prototype is reported', () => {
    (Object.prototype as Record<string, unknown>).polluted = 'yes';
    expect(() => assertNoPoisoning(RUNNER)).toThrow(/Object\.prototype|polluted/);
    restoreGlobals(RUNNER);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('checking any JSON at all (with __proto__, constructor, prototype keys) changes no global', () => {
    const poisonKey = fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty');
    const hostile = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: 'small' }, fc.jsonValue(), tie('object'), fc.array(tie('node'), { maxLength: 3 })),
      object: fc.dictionary(fc.oneof(poisonKey, fc.string()), tie('node'), { maxKeys: 4 }),
    })).node;
    fc.assert(
      fc.property(hostile, fc.constantFrom('manifest', 'base', 'locale') as fc.Arbitrary<'manifest' | 'base' | 'locale'>, (value, kind) => {
        const { value: parsed } = parseJson(JSON.stringify(value), 'test.json');
        try {
          const output = validate(kind, parsed);
          // What the app does with a good payload afterwards: copy it and look translations up in it.
          Object.assign({}, output, structuredClone(output));
          if (kind === 'locale') localText('__proto__', 'name', 'English', 'es', output as never);
        } catch (error) {
          if (!(error instanceof DataError)) throw error;
        }
        expectClean();
      }),
      { numRuns: 200 },
    );
  });

  it('explicit payloads: the poison keys are dropped and reported, never applied', () => {
    const { value, droppedKeys } = parseJson('{"__proto__":{"x":1},"constructor":{"prototype":{"x":1}},"a":{"prototype":{"x":1}}}', 'x.json');
    expect([...new Set(droppedKeys)].sort()).toEqual(['__proto__', 'constructor', 'prototype']);
    expect(value).toEqual({ a: {} });
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expectClean();
  });

  it('downloading and storing a dataset and its translations, every object of them poisoned, changes no global', async () => {
    resetConnectionForTests();
    // Poisoned files with correct hashes: what a compromised server (not a broken download) would send.
    const manifest = structuredClone(built.manifest) as typeof built.manifest & { locales?: Record<string, { url: string; sha256: string; bytes: number }> };
    const files: Record<string, string> = {};
    const withHash = (url: string) => {
      const body = poisonEveryObject(fileText(url));
      files[url] = body;
      return { sha256: createHash('sha256').update(body).digest('hex'), bytes: Buffer.byteLength(body) };
    };
    Object.assign(manifest.base, withHash(manifest.base.url));
    for (const entry of Object.values(manifest.locales ?? {})) Object.assign(entry, withHash(entry.url));
    files['/data/manifest.json'] = poisonEveryObject(JSON.stringify(manifest));
    vi.stubGlobal('fetch', async (url: string) => (files[url] === undefined ? new Response('', { status: 404 }) : new Response(files[url])));
    vi.stubGlobal('navigator', { storage: { persist: async () => true } });

    await ensureDataset();
    expect((await activeDataset())?.info.version).toBe(built.manifest.version);
    expect((await listServices()).length).toBe(JSON.parse(fileText(built.manifest.base.url)).services.length);
    if (manifest.locales?.es) expect(await ensureTranslations('es')).toBeDefined();
    vi.unstubAllGlobals();
    expectClean();
  });

  it('UI translations carrying __proto__ keys go through i18next without changing a global', async () => {
    const english = JSON.parse((await import('node:fs')).readFileSync('locales/en/common.json', 'utf8')) as Record<string, unknown>;
    const body = poisonEveryObject(JSON.stringify(english));
    vi.stubGlobal('fetch', async () => new Response(body));
    vi.stubGlobal('document', { documentElement: {} });
    vi.stubGlobal('location', new URL('http://localhost/'));
    vi.stubGlobal('localStorage', { getItem: () => null, setItem: () => undefined });
    const { initI18n, t } = await import('../../src/i18n/i18n.ts');
    const i18n = await initI18n('es');
    i18n.addResourceBundle('es', 'common', JSON.parse(body), true, true);
    // The poisoned file was really read and used (the Spanish UI shows what the stubbed server sent).
    expect(t('app.name')).toBe((english.app as Record<string, string>).name);
    vi.unstubAllGlobals();
    expectClean();
  });
});
