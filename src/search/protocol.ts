/** Messages between the page and the search worker (types only, shared by both sides). */
import type { SearchDoc } from './documents.ts';
import type { SearchQuery, SearchResults } from './engine.ts';
import type { SynonymUrls } from './synonym-files.ts';

export type ToWorker =
  | { readonly type: 'build'; readonly docs: readonly SearchDoc[]; readonly synonymUrls: SynonymUrls }
  | { readonly type: 'search'; readonly id: number; readonly query: SearchQuery };

export type FromWorker =
  | { readonly type: 'ready'; readonly size: number; readonly buildMs: number }
  | { readonly type: 'results'; readonly id: number; readonly results: SearchResults }
  | { readonly type: 'error'; readonly id?: number; readonly message: string };
