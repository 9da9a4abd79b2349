/// <reference lib="webworker" />
/**
 * Runs ensureDataset off the main thread: downloading, hashing, parsing and checking the directory, then writing
 * it to IndexedDB, cost a phone ~300 ms of CPU — on the page that would freeze the first screen (and its taps).
 * The page asks once; the answer carries the result or the error's kind, message and (storage full) payload.
 */
import { StorageFullError, ensureDataset } from './dataset.ts';
import type { FromDatasetWorker } from './dataset-protocol.ts';

declare const self: DedicatedWorkerGlobalScope;

self.onmessage = () => {
  ensureDataset().then(
    ({ active, updated, manifest, firstSave }) => self.postMessage({ ok: true, active, updated, manifest, firstSave } satisfies FromDatasetWorker),
    (error: unknown) =>
      self.postMessage({
        ok: false,
        name: error instanceof Error ? error.name : 'Error',
        message: error instanceof Error ? error.message : String(error),
        payload: error instanceof StorageFullError ? error.payload : undefined,
      } satisfies FromDatasetWorker),
  );
};
