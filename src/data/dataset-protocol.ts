/** What the dataset worker (dataset-worker.ts) answers. */
import type { BasePayload, DataManifest } from '../model/payload.ts';
import type { ActiveDataset } from './db.ts';

export type FromDatasetWorker =
  | { ok: true; active: ActiveDataset | undefined; updated: boolean; manifest?: DataManifest; firstSave?: boolean }
  | { ok: false; name: string; message: string; payload?: BasePayload };

/** What the page asks the dataset worker: load the tables for the reader's dates and language names (see dataset-background.ts), then ensure. */
export type ToDatasetWorker = { kind: 'warm'; lang: string } | { kind: 'ensure' };
