/**
 * One async search API for the screens. A small dataset (the LA directory: tens of services) is indexed on the
 * main thread, where building takes about a millisecond and a worker would only add start-up time; a large one
 * (an HSDS import of thousands of services) goes to a Web Worker, so building and searching never block typing.
 */
import { buildSearchDocs, type SearchRecords } from './documents.ts';
import { SearchIndex, type SearchQuery, type SearchResults } from './engine.ts';
import type { FromWorker, ToWorker } from './protocol.ts';
import type { SynonymFiles } from './synonyms.ts';

/** Services from which the index is built in a worker (measured: see docs/search-benchmark.md). */
export const WORKER_THRESHOLD = 2000;

export interface Searcher {
  readonly size: number;
  readonly inWorker: boolean;
  search(query: SearchQuery): Promise<SearchResults>;
  close(): void;
}

export async function createSearcher(records: SearchRecords, synonyms: SynonymFiles): Promise<Searcher> {
  if (records.services.length < WORKER_THRESHOLD || typeof Worker === 'undefined') {
    const index = SearchIndex.build(buildSearchDocs(records), synonyms);
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
    worker.postMessage({ type: 'build', records, synonyms } satisfies ToWorker);
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
