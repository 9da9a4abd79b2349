/**
 * One async search API for the screens. Building the index is mostly splitting text into words: for the LA
 * directory in 13 languages, about 1.1 s from the records to the first result on a phone-class CPU (Chromium at 4x
 * CPU throttling, test/bench/search-report.md). A tiny dataset is indexed on the main thread, where that stays under
 * one 50 ms frame budget and a worker would only add start-up time; anything larger, the LA directory included, goes
 * to a Web Worker, so building and searching never block typing. The index is built here at start-up rather than
 * shipped prebuilt: see the decision in the benchmark report.
 */
import { buildSearchDocs, type SearchRecords } from './documents.ts';
import { SearchIndex, type SearchQuery, type SearchResults } from './engine.ts';
import type { FromWorker, ToWorker } from './protocol.ts';
import { fetchSynonyms, type SynonymUrls } from './synonym-files.ts';

/** Characters of indexed text from which the index is built in a worker (~70 ms at 4x throttling). */
export const WORKER_THRESHOLD_CHARS = 10_000;

export interface Searcher {
  readonly size: number;
  readonly inWorker: boolean;
  search(query: SearchQuery): Promise<SearchResults>;
  close(): void;
}

export async function createSearcher(records: SearchRecords, synonymUrls: SynonymUrls): Promise<Searcher> {
  const docs = buildSearchDocs(records);
  const chars = docs.reduce((sum, doc) => sum + Object.values(doc.text).reduce((n, text) => n + text.length, 0), 0);
  if (chars < WORKER_THRESHOLD_CHARS || typeof Worker === 'undefined') {
    const index = SearchIndex.build(docs, await fetchSynonyms(synonymUrls));
    return { size: index.size, inWorker: false, search: async (query) => index.search(query), close() {} };
  }
  const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
  const pending = new Map<number, { resolve(r: SearchResults): void; reject(e: Error): void }>();
  let nextId = 1;
  const size = await new Promise<number>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<FromWorker>) => {
      const message = event.data;
      if (message.type === 'ready') resolve(message.size);
      else if (message.type === 'error' && message.id === undefined) reject(new Error(message.message));
    };
    worker.onerror = (event) => reject(new Error(event.message || 'the search worker failed to start'));
    // The documents are already built (to measure them): send those, not the records, so the worker does not
    // build them again and the page copies only the indexed text across.
    worker.postMessage({ type: 'build', docs, synonymUrls } satisfies ToWorker);
  });
  worker.onmessage = (event: MessageEvent<FromWorker>) => {
    const message = event.data;
    if (message.type === 'ready' || message.id === undefined) return;
    const waiting = pending.get(message.id);
    pending.delete(message.id);
    if (message.type === 'results') waiting?.resolve(message.results);
    else waiting?.reject(new Error(message.message));
  };
  return {
    size,
    inWorker: true,
    search(query) {
      const id = nextId++;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        worker.postMessage({ type: 'search', id, query } satisfies ToWorker);
      });
    },
    close() {
      worker.terminate();
      for (const waiting of pending.values()) waiting.reject(new Error('search closed'));
      pending.clear();
    },
  };
}
