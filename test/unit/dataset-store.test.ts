import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildPayloads } from '../../scripts/lib/dataset-build.ts';
import { loadDatasetSource } from '../../scripts/lib/dataset-source.ts';
import { activeDataset, downloadTranslations, ensureDataset, isStale, storedTranslations, swapActiveDataset } from '../../src/data/dataset.ts';
import { saveFavorite } from '../../src/data/favorites.ts';
import { storageReport } from '../../src/data/storage.ts';
import { listServices } from '../../src/data/queries.ts';
import { openDirectoryDB, resetConnectionForTests } from '../../src/data/db.ts';
import type { BasePayload } from '../../src/model/payload.ts';

const built = buildPayloads(loadDatasetSource('data'));
const basePayload = JSON.parse(built.files.find((f) => `/${f.fileName}` === built.manifest.base.url)!.content) as BasePayload;

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  resetConnectionForTests();
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

/** A server for the app's downloads: the data manifest and the payloads it lists, from these files. */
function serve(files: Record<string, string>) {
  const fetched: string[] = [];
  vi.stubGlobal('fetch', async (url: string) => {
    fetched.push(url);
    const body = files[url];
    return body === undefined ? new Response('not found', { status: 404 }) : new Response(body);
  });
  return fetched;
}

/** The real manifest and base payload, or `base` in its place (its hash and size made to match). */
function served(base: BasePayload = basePayload): Record<string, string> {
  const content = JSON.stringify(base);
  const sha256 = createHash('sha256').update(content).digest('hex');
  const manifest = { ...built.manifest, version: base.dataset.version, base: { ...built.manifest.base, sha256, bytes: Buffer.byteLength(content) } };
  return { '/data/manifest.json': JSON.stringify(manifest), [built.manifest.base.url]: content };
}

/** Records the mode of every transaction the app opens on the database. */
function watchTransactions(): string[] {
  const modes: string[] = [];
  const FDBDatabase = (globalThis as unknown as { IDBDatabase: { prototype: { transaction: (...a: unknown[]) => unknown } } }).IDBDatabase;
  const original = FDBDatabase.prototype.transaction;
  vi.spyOn(FDBDatabase.prototype, 'transaction').mockImplementation(function (this: unknown, ...args: unknown[]) {
    modes.push(String(args[1] ?? 'readonly'));
    return original.apply(this, args);
  });
  return modes;
}

describe('the stored dataset', () => {
  it('is replaced as a whole: records and version together', async () => {
    await swapActiveDataset(basePayload, built.manifest.base.sha256);
    expect((await listServices()).map((s) => s.id).sort()).toEqual(basePayload.services.map((s) => s.id).sort());
    expect((await activeDataset())?.info.version).toBe(basePayload.dataset.version);
  });

  it('an update that fails at one record keeps the previous dataset fully usable', async () => {
    await swapActiveDataset(basePayload, built.manifest.base.sha256);
    const broken = structuredClone(basePayload);
    broken.dataset.version = '2099-01-01.deadbeef';
    broken.services = [{ ...broken.services[0]!, id: 'new-1', name: 'New' }, { ...broken.services[0]!, id: undefined as unknown as string }];
    await expect(swapActiveDataset(broken, 'x')).rejects.toThrow();
    expect((await listServices()).map((s) => s.id).sort()).toEqual(basePayload.services.map((s) => s.id).sort());
    expect((await activeDataset())?.info.version).toBe(basePayload.dataset.version);
  });
});

describe('storing a download', () => {
  it('validates before it writes: a payload with a broken record opens no readwrite transaction and changes nothing (IDB-5)', async () => {
    vi.stubGlobal('navigator', {});
    serve(served());
    await ensureDataset();
    const before = (await listServices()).map((s) => s.id);

    const broken = structuredClone(basePayload);
    broken.dataset.version = '2099-01-01.deadbeef';
    (broken.services[3] as { phones?: unknown }).phones = [{ number: 'javascript:alert(1)' }];
    serve(served(broken));
    const modes = watchTransactions();
    await expect(ensureDataset()).rejects.toThrow(/services\[3\]/);
    expect(modes).not.toContain('readwrite');
    expect((await listServices()).map((s) => s.id)).toEqual(before);
    expect((await activeDataset())?.info.version).toBe(basePayload.dataset.version);

    // The same watch does see the write of a good update (so the check above can fail).
    const next = structuredClone(basePayload);
    next.dataset.version = '2099-01-02.cafecafe';
    serve(served(next));
    await ensureDataset();
    expect((await activeDataset())?.info.version).toBe('2099-01-02.cafecafe');
    expect(modes.join()).toContain('readwrite');
  });

  it('asks the browser to keep the data only after the public directory is first saved, never for favorites (IDB-9)', async () => {
    const persist = vi.fn(async () => true);
    vi.stubGlobal('navigator', { storage: { persist, persisted: async () => true, estimate: async () => ({ usage: 123_456, quota: 9_000_000 }) } });
    serve(served());
    await saveFavorite(basePayload.services[0]!.id);
    expect(persist).not.toHaveBeenCalled();
    await ensureDataset();
    expect(persist).toHaveBeenCalledTimes(1);
    await ensureDataset(); // same version: nothing new saved, nothing asked
    await saveFavorite(basePayload.services[1]!.id);
    expect(persist).toHaveBeenCalledTimes(1);

    const report = await storageReport();
    expect(report).toMatchObject({ usageBytes: 123_456, quotaBytes: 9_000_000, persisted: true, locales: [] });
    expect(report.dataset?.info.version).toBe(basePayload.dataset.version);
  });
});

describe('a connection the browser closed', () => {
  it('is reopened once and the read retried (IDB-8)', async () => {
    await swapActiveDataset(basePayload, built.manifest.base.sha256);
    const db = await openDirectoryDB();
    db.close(); // what iOS does to a backgrounded app: the app still holds the closed connection
    expect(() => db.transaction('services')).toThrow(/InvalidStateError|closing|closed/i);
    expect((await listServices()).length).toBe(basePayload.services.length);
    expect(await openDirectoryDB()).not.toBe(db);
  });

  it('is reopened for a write too, which then applies whole', async () => {
    await swapActiveDataset(basePayload, built.manifest.base.sha256);
    (await openDirectoryDB()).close();
    const next = structuredClone(basePayload);
    next.dataset.version = '2099-01-02.cafecafe';
    await swapActiveDataset(next, 'y');
    expect((await activeDataset())?.info.version).toBe('2099-01-02.cafecafe');
  });
});

describe('checking for a newer directory', () => {
  it('offline, keeps the stored directory quietly; a broken manifest is reported, the stored directory kept', async () => {
    vi.stubGlobal('navigator', {});
    serve(served());
    await ensureDataset();
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('Failed to fetch');
    });
    expect(await ensureDataset()).toMatchObject({ updated: false, active: { info: { version: basePayload.dataset.version } } });

    serve({ '/data/manifest.json': '{"format": 1, "version": "not a version"' });
    await expect(ensureDataset()).rejects.toThrow(/manifest/);
    expect((await listServices()).length).toBe(basePayload.services.length);
  });
});

describe('an update', () => {
  it('downloads only the files that changed: nothing but the manifest when nothing did, one language when only it did', async () => {
    vi.stubGlobal('navigator', {});
    const files = Object.fromEntries(built.files.map((f) => [`/${f.fileName}`, f.content]));
    serve(files);
    await ensureDataset();
    await downloadTranslations('es');
    await downloadTranslations('ko');

    let fetched = serve(files);
    expect(await ensureDataset()).toMatchObject({ updated: false });
    expect(fetched).toEqual(['/data/manifest.json']);

    // A translator fixed one Spanish text: the English directory and the Korean file are the same as before.
    const es = JSON.parse(files[built.manifest.locales.es!.url]!) as { entries: Record<string, Record<string, { text: string }>> };
    const [id, fields] = Object.entries(es.entries)[0]!;
    const field = Object.keys(fields)[0]!;
    fields[field]!.text = 'Texto corregido';
    const content = JSON.stringify(es);
    const esFile = { url: '/data/es.fixed.json', bytes: Buffer.byteLength(content), sha256: createHash('sha256').update(content).digest('hex') };
    const manifest = { ...built.manifest, locales: { ...built.manifest.locales, es: esFile } };
    fetched = serve({ ...files, '/data/manifest.json': JSON.stringify(manifest), [esFile.url]: content });
    expect(await ensureDataset()).toMatchObject({ updated: false });
    expect(fetched).toEqual(['/data/manifest.json', esFile.url]);
    expect((await storedTranslations('es'))?.entries[id]?.[field]?.text).toBe('Texto corregido');
    expect(await storedTranslations('ko')).toBeDefined();
  });
});

describe('how old the data is', () => {
  it('is called out once the newest check is more than six months old', () => {
    const now = new Date('2026-11-25T12:00:00Z');
    expect(isStale('2026-11-25', now)).toBe(false);
    expect(isStale('2026-06-01', now)).toBe(false);
    expect(isStale('2026-05-20', now)).toBe(true);
    expect(isStale('not a date', now)).toBe(false);
  });
});
