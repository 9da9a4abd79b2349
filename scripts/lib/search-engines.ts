/**
 * The engines the search benchmark compares, behind one small interface. Every library gets the same documents
 * and, where it lets us, the same words (src/search/tokenize.ts), so the comparison is about the engine, not the
 * tokenizer. Only this project's engine has synonyms and the crisis boost: that is part of what is measured.
 */
import { Document as FlexDocument } from 'flexsearch';
import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import { create, insertMultiple, save, search as oramaSearch } from '@orama/orama';
import { FIELD_BOOSTS, SEARCH_FIELDS, type SearchDoc } from '../../src/search/documents.ts';
import { SearchIndex, fuzzinessOf } from '../../src/search/engine.ts';
import type { SynonymFiles } from '../../src/search/synonyms.ts';
import { fold, indexTerms, queryTerms } from '../../src/search/tokenize.ts';

export interface BenchIndex {
  /** Ids of the best `limit` matches, best first. */
  search(query: string, limit: number): string[];
  /**
   * The index as the engine would store it, in the pieces it exports (for their gzip size), or undefined if the
   * engine cannot. FlexSearch exports one piece per key, the way it would be stored in IndexedDB.
   */
  serialize(): string[] | undefined;
}

export interface BenchEngine {
  readonly name: string;
  /** npm package measured for bundle cost. */
  readonly pkg: string;
  build(docs: readonly SearchDoc[], synonyms: SynonymFiles): BenchIndex;
}

const TEXT_FIELDS = SEARCH_FIELDS.filter((f) => f !== 'concepts');

export const ENGINES: readonly BenchEngine[] = [
  {
    name: 'this project (own index + synonyms, crisis boost)',
    pkg: './src/search/engine.ts',
    build(docs, synonyms) {
      const index = SearchIndex.build(docs, synonyms);
      return {
        search: (q, limit) => index.search({ text: q, limit }).hits.map((h) => h.id),
        serialize: () => [JSON.stringify(index.save())],
      };
    },
  },
  {
    name: 'MiniSearch 7 (same words, prefix + fuzzy)',
    pkg: 'minisearch',
    build(docs) {
      const mini = new MiniSearch<SearchDoc>({
        idField: 'id',
        fields: TEXT_FIELDS,
        extractField: (doc, field) => (field === 'id' ? doc.id : doc.text[field as keyof SearchDoc['text']]),
        tokenize: (text) => indexTerms(text),
        processTerm: (t) => t,
        searchOptions: {
          tokenize: (text) => queryTerms(text),
          processTerm: (t) => t,
          boost: FIELD_BOOSTS,
          prefix: true,
          fuzzy: (term) => fuzzinessOf(term),
        },
      });
      mini.addAll(docs as SearchDoc[]);
      return {
        search: (q, limit) => mini.search(q).slice(0, limit).map((r) => r.id as string),
        serialize: () => [JSON.stringify(mini)],
      };
    },
  },
  {
    name: 'FlexSearch 0.8 (same words, forward tokenizer)',
    pkg: 'flexsearch',
    build(docs) {
      const flex = new FlexDocument({
        document: { id: 'id', index: TEXT_FIELDS.map((f) => ({ field: `text:${f}`, tokenize: 'forward', encode: (s: string) => indexTerms(s) })) },
      } as never);
      for (const doc of docs) flex.add(doc as never);
      return {
        search(q, limit) {
          // FlexSearch returns one list per field; merge them, weighting fields like the others do.
          const scores = new Map<string, number>();
          const perField = flex.search(queryTerms(q).join(' '), { limit: limit * 3, suggest: true } as never) as unknown as Array<{ field: string; result: string[] }>;
          for (const { field, result } of perField) {
            const boost = FIELD_BOOSTS[field.replace('text:', '') as keyof typeof FIELD_BOOSTS] ?? 1;
            result.forEach((id, rank) => scores.set(id, (scores.get(id) ?? 0) + boost / (rank + 1)));
          }
          return [...scores].sort((a, b) => b[1] - a[1]).slice(0, limit).map(([id]) => id);
        },
        serialize() {
          const parts: string[] = [];
          flex.export((key: string, data: unknown) => {
            parts.push(`${key}:${typeof data === 'string' ? data : JSON.stringify(data)}`);
          });
          return parts;
        },
      };
    },
  },
  {
    name: 'Orama 3 (same words, tolerance 1)',
    pkg: '@orama/orama',
    build(docs) {
      const schema = Object.fromEntries(TEXT_FIELDS.map((f) => [f, 'string'])) as Record<string, 'string'>;
      const db = create({
        schema: { key: 'string', ...schema },
        components: {
          tokenizer: { language: 'english', normalizationCache: new Map(), tokenize: (raw: string) => indexTerms(raw) },
        },
      });
      const result = insertMultiple(db, docs.map((d) => ({ key: d.id, ...Object.fromEntries(TEXT_FIELDS.map((f) => [f, d.text[f]])) })) as never, 5000);
      if (result instanceof Promise) throw new Error('Orama insert went async');
      return {
        search(q, limit) {
          const res = oramaSearch(db, { term: queryTerms(q).join(' '), tolerance: 1, boost: FIELD_BOOSTS, limit } as never);
          if (res instanceof Promise) throw new Error('Orama search went async');
          return res.hits.map((h) => (h.document as { key: string }).key);
        },
        serialize: () => [JSON.stringify(save(db))],
      };
    },
  },
  {
    name: 'Fuse.js 7 (folded text, fuzzy scan)',
    pkg: 'fuse.js',
    build(docs) {
      const fuse = new Fuse(docs as SearchDoc[], {
        keys: TEXT_FIELDS.map((f) => ({ name: f, weight: FIELD_BOOSTS[f] })),
        getFn: (doc, path) => fold(doc.text[(Array.isArray(path) ? path[0] : path) as keyof SearchDoc['text']] ?? ''),
        ignoreLocation: true,
        threshold: 0.3,
        includeScore: true,
      });
      return {
        search: (q, limit) => fuse.search(fold(q), { limit }).map((r) => r.item.id),
        serialize: () => [JSON.stringify(fuse.getIndex().toJSON())],
      };
    },
  },
];
