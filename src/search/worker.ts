/// <reference lib="webworker" />
/** The search worker: holds the index for large datasets so that typing never waits for a search. */
import { SearchIndex } from './engine.ts';
import type { FromWorker, ToWorker } from './protocol.ts';

declare const self: DedicatedWorkerGlobalScope;
let index: SearchIndex | undefined;
const reply = (message: FromWorker) => self.postMessage(message);

self.onmessage = (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  try {
    if (message.type === 'build') {
      const started = performance.now();
      index = SearchIndex.build(message.docs, message.synonyms);
      reply({ type: 'ready', size: index.size, buildMs: performance.now() - started });
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
