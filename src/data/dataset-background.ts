/**
 * ensureDataset (dataset.ts) in a Web Worker (dataset-worker.ts), so the download, checks and write never block
 * the page; errors come back as the same classes (StorageFullError with its payload, TypeError when offline).
 * Where workers are missing, it runs here. Kept apart from dataset.ts so the first screen does not load that.
 *
 * The worker is started as the page starts and first makes the reader's date formats and language names: the first
 * of each a page makes loads the browser's tables for it (~60 ms of a phone's main thread for dates, in the middle
 * of drawing a service's "Checked on" and opening hours; ~25 ms for the search filter's language names); the tables
 * are shared by the page's threads, so the worker loads them instead.
 */
import type { DataManifest } from '../model/payload.ts';
import type { ActiveDataset } from './db.ts';
import { DatasetError, StorageFullError } from './dataset-core.ts';
import type { FromDatasetWorker, ToDatasetWorker } from './dataset-protocol.ts';

type Ensured = { active: ActiveDataset | undefined; updated: boolean; manifest?: DataManifest };

export interface DatasetWorker {
  /** Checks for a first or newer dataset and stores it; once. Ends the worker. */
  ensure(): Promise<Ensured>;
  /** Ends the worker without asking (storage does not work here). */
  close(): void;
}

export function startDatasetWorker(lang: string): DatasetWorker {
  if (typeof Worker === 'undefined') return { ensure: async () => (await import('./dataset.ts')).ensureDataset(), close() {} };
  const worker = new Worker(new URL('./dataset-worker.ts', import.meta.url), { type: 'module' });
  const post = (message: ToDatasetWorker) => worker.postMessage(message);
  post({ kind: 'warm', lang });
  const close = () => worker.terminate();
  return {
    close,
    async ensure() {
      const answer = await new Promise<FromDatasetWorker>((resolve, reject) => {
        worker.onmessage = (event: MessageEvent<FromDatasetWorker>) => resolve(event.data);
        worker.onerror = (event) => {
          event.preventDefault();
          reject(new DatasetError(event.message || 'the dataset worker failed to start'));
        };
        post({ kind: 'ensure' });
      }).finally(close);
      if (answer.ok) {
        // Only a page may ask to keep the data (StorageManager.persist is not offered to workers).
        if (answer.firstSave) void navigator.storage?.persist?.().catch(() => false);
        return { active: answer.active, updated: answer.updated, manifest: answer.manifest };
      }
      if (answer.name === 'StorageFullError') throw new StorageFullError(answer.message, answer.payload);
      if (answer.name === 'TypeError') throw new TypeError(answer.message);
      if (answer.name === 'DatasetError') throw new DatasetError(answer.message);
      const error = new Error(answer.message);
      error.name = answer.name;
      throw error;
    },
  };
}
