/**
 * ensureDataset (dataset.ts) in a Web Worker (dataset-worker.ts), so the download, checks and write never block
 * the page; errors come back as the same classes (StorageFullError with its payload, TypeError when offline).
 * Where workers are missing, it runs here. Kept apart from dataset.ts so the first screen does not load that.
 */
import type { DataManifest } from '../model/payload.ts';
import type { ActiveDataset } from './db.ts';
import { DatasetError, StorageFullError } from './dataset-core.ts';
import type { FromDatasetWorker } from './dataset-protocol.ts';

export async function ensureDatasetInBackground(): Promise<{ active: ActiveDataset | undefined; updated: boolean; manifest?: DataManifest }> {
  if (typeof Worker === 'undefined') return (await import('./dataset.ts')).ensureDataset();
  const worker = new Worker(new URL('./dataset-worker.ts', import.meta.url), { type: 'module' });
  try {
    const answer = await new Promise<FromDatasetWorker>((resolve, reject) => {
      worker.onmessage = (event: MessageEvent<FromDatasetWorker>) => resolve(event.data);
      worker.onerror = (event) => {
        event.preventDefault();
        reject(new DatasetError(event.message || 'the dataset worker failed to start'));
      };
      worker.postMessage('ensure');
    });
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
  } finally {
    worker.terminate();
  }
}
