/// <reference lib="webworker" />
/** The search worker: holds the index for large datasets so that typing never waits for a search. */
import { SearchIndex } from './engine.ts';
import type { FromWorker, ToWorker } from './protocol.ts';
import { fetchSynonyms } from './synonym-files.ts';

declare const self: DedicatedWorkerGlobalScope;
let index: SearchIndex | undefined;
const reply = (message: FromWorker) => self.postMessage(message);

self.onmessage = (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  try {
    if (message.type === 'build') {
      const { docs } = message;
      void fetchSynonyms(message.synonymUrls)
        .then((synonyms) => {
          const started = performance.now();
          index = SearchIndex.build(docs, synonyms);
          reply({ type: 'ready', size: index.size, buildMs: performance.now() - started });
        })
        .catch((error: unknown) => reply({ type: 'error', message: error instanceof Error ? error.message : String(error) }));
    } else if (message.type === 'search') {
      if (!index) throw new Error('the search index is not built yet');
      reply({ type: 'results', id: message.id, results: index.search(message.query) });
    }
  } catch (error) {
    reply({
      type: 'error',
      ...(message.type === 'search' ? { id: message.id } : {}),
      message: error instanceof Error ? error.message : String(error),
    });
  }
};
