/// <reference lib="webworker" />
/**
 * Runs ensureDataset off the main thread: downloading, hashing, parsing and checking the directory, then writing
 * it to IndexedDB, cost a phone ~300 ms of CPU — on the page that would freeze the first screen (and its taps).
 * The page asks once; the answer carries the result or the error's kind, message and (storage full) payload.
 */
import { StorageFullError, ensureDataset } from './dataset.ts';
import type { FromDatasetWorker, ToDatasetWorker } from './dataset-protocol.ts';
import { dateFormatter, type DateStyle } from '../i18n/format.ts';
import { wallClock } from '../model/open-now.ts';

declare const self: DedicatedWorkerGlobalScope;

/** Loads the browser's date and language-name tables for `lang` (shared with the page: see dataset-background.ts). */
function warmTables(lang: string): void {
  try {
    for (const style of ['date', 'time', 'weekday'] satisfies DateStyle[]) dateFormatter(lang, style).format(0);
    wallClock(new Date(0));
    new Intl.DisplayNames([lang], { type: 'language' }).of('en');
  } catch {
    // An unknown language: the page will say so when it formats.
  }
}

self.onmessage = (event: MessageEvent<ToDatasetWorker>) => {
  if (event.data.kind === 'warm') return warmTables(event.data.lang);
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
