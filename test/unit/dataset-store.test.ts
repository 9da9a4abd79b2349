import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { buildPayloads } from '../../scripts/lib/dataset-build.ts';
import { loadDatasetSource } from '../../scripts/lib/dataset-source.ts';
import { activeDataset, swapActiveDataset } from '../../src/data/dataset.ts';
import { listServices } from '../../src/data/queries.ts';
import { resetConnectionForTests } from '../../src/data/db.ts';
import type { BasePayload } from '../../src/model/payload.ts';

const built = buildPayloads(loadDatasetSource('data'));
const basePayload = JSON.parse(built.files.find((f) => `/${f.fileName}` === built.manifest.base.url)!.content) as BasePayload;

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  resetConnectionForTests();
});

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
