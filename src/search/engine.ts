/**
 * The search index and ranking: pure, no DOM, the same code on the main thread, in the worker and in Node.
 *
 * Built on MiniSearch (radix-tree index with BM25+, prefix and fuzzy search), which the benchmark
 * (`npm run bench:search`, test/bench/search-report.md) measured against FlexSearch, Orama and Fuse.js; this module
 * adds what a resident needs on top: words from `Intl.Segmenter` with accent and script folding (tokenize.ts),
 * field boosts (name > category/synonym > description), exact > prefix > fuzzy, synonyms to categories, 24/7
 * lines first for crisis words, and the filters (category, open now, language spoken, free, near me).
 */
import MiniSearch, { type SearchResult as MiniResult } from 'minisearch';
import { openState } from '../model/open-now.ts';
import { CRISIS_CONCEPT, FIELD_BOOSTS, SEARCH_FIELDS, conceptToken, type SearchDoc } from './documents.ts';
import { synonymMatcher, type SynonymFiles, type SynonymMatcher } from './synonyms.ts';
import { indexTerms, queryTerms } from './tokenize.ts';

export interface SearchFilters {
  /** Taxonomy term ids; a service in any of them passes. */
  readonly categories?: readonly string[];
  /** Open at `now` by its schedules (services with no hours known do not pass). */
  readonly openNow?: boolean;
  /** ISO 639 code of a language spoken at the service. */
  readonly language?: string;
  readonly free?: boolean;
  /** The device's position; with `radiusKm`, only services with a site that close pass. */
  readonly near?: { readonly latitude: number; readonly longitude: number; readonly radiusKm?: number };
}

export interface SearchQuery extends SearchFilters {
  readonly text: string;
  readonly sort?: 'relevance' | 'distance';
  readonly limit?: number;
  /** Epoch milliseconds for "open now" (tests pass a fixed time). */
  readonly now?: number;
}

export interface SearchHit {
  readonly id: string;
  readonly score: number;
  /** The indexed words that matched, for highlighting (see highlight.ts). */
  readonly terms: readonly string[];
  /** Kilometres to the nearest site, when `near` was given and the service has a site with coordinates. */
  readonly distanceKm?: number;
}

export interface SearchResults {
  readonly hits: readonly SearchHit[];
  /** How many services matched before `limit`. */
  readonly total: number;
  /** Concepts the query's words named (category codes, `crisis`). */
  readonly concepts: readonly string[];
  /** The query had crisis words: 24/7 lines were put first. */
  readonly crisis: boolean;
}

/** How much an exact, a prefix and a fuzzy match of the same word count (exact = 1). */
const WEIGHTS = { prefix: 0.4, fuzzy: 0.25 };
const CRISIS_BOOST = 4;
const INACTIVE_PENALTY = 0.4;

const HAN_KANA_HANGUL = /[\u1100-\u11ff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]/;
const letters = (term: string) => [...term].length;

/** Typo tolerance: none for short words and for Chinese/Japanese/Korean (one character is a whole word). */
export function fuzzinessOf(term: string): number | false {
  if (HAN_KANA_HANGUL.test(term) || /^\d+$/.test(term)) return false;
  const n = letters(term);
  return n >= 8 ? 2 : n >= 4 ? 1 : false;
}

/** A built index as plain data (MiniSearch's JSON form, the sorted word list and each word's document count). */
export interface SavedIndex {
  readonly index: unknown;
  readonly vocabulary: string[];
  readonly documentCounts: number[];
}

/**
 * A query word found in more than this share of the documents ("de", "the", "的", "sa") says nothing about what
 * the person needs, and scoring it means scoring nearly every document: it is left out when the query has other
 * words. Measured from the data, so it works for every language without stop-word lists.
 */
const COMMON_WORD_SHARE = 0.25;

export class SearchIndex {
  private readonly mini: MiniSearch<SearchDoc>;
  private readonly docs: readonly SearchDoc[];
  private readonly byId: ReadonlyMap<string, SearchDoc>;
  private readonly synonyms: SynonymMatcher;
  /** Every indexed word, sorted: a query word found here (or as the start of one) needs no typo search. */
  private readonly vocabulary: string[];
  /** How many documents hold each word of `vocabulary` (same order). */
  private readonly documentCounts: number[];

  private constructor(docs: readonly SearchDoc[], synonyms: SynonymMatcher, saved?: SavedIndex) {
    this.docs = docs;
    this.byId = new Map(docs.map((d) => [d.id, d]));
    this.synonyms = synonyms;
    // Document counts per word, gathered while MiniSearch tokenizes: it reads a document's fields one after the
    // other, so the document being read is the last one extractField saw.
    const counts = new Map<string, number>();
    const lastDocument = new Map<string, number>();
    let current = -1;
    const options = {
      idField: 'id',
      fields: SEARCH_FIELDS,
      extractField: (doc: SearchDoc, field: string) => {
        if (field === 'id') {
          current += 1;
          return doc.id;
        }
        return doc.text[field as keyof SearchDoc['text']];
      },
      tokenize: (text: string, field?: string) => {
        if (field === 'concepts') return text.split(' ').filter(Boolean);
        const terms = indexTerms(text);
        for (const term of terms) {
          if (lastDocument.get(term) === current) continue;
          lastDocument.set(term, current);
          counts.set(term, (counts.get(term) ?? 0) + 1);
        }
        return terms;
      },
      processTerm: (term: string) => term,
    };
    if (saved) {
      this.mini = MiniSearch.loadJS<SearchDoc>(saved.index as Parameters<typeof MiniSearch.loadJS>[0], options);
      this.vocabulary = saved.vocabulary;
      this.documentCounts = saved.documentCounts;
    } else {
      this.mini = new MiniSearch<SearchDoc>(options);
      this.mini.addAll(docs as SearchDoc[]);
      this.vocabulary = [...counts.keys()].sort();
      this.documentCounts = this.vocabulary.map((term) => counts.get(term)!);
    }
  }

  static build(docs: readonly SearchDoc[], synonyms: SynonymFiles = {}): SearchIndex {
    return new SearchIndex(docs, synonymMatcher(synonyms));
  }

  /** An index saved with `save()`, for the same documents: skips tokenizing and indexing. */
  static load(saved: SavedIndex, docs: readonly SearchDoc[], synonyms: SynonymFiles = {}): SearchIndex {
    return new SearchIndex(docs, synonymMatcher(synonyms), saved);
  }

  save(): SavedIndex {
    return { index: this.mini.toJSON(), vocabulary: this.vocabulary, documentCounts: this.documentCounts };
  }

  get size(): number {
    return this.docs.length;
  }

  /** Position of the first indexed word that is `term` or sorts after it. */
  private lowerBound(term: string): number {
    const words = this.vocabulary;
    let lo = 0;
    let hi = words.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (words[mid]! < term) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** True when some indexed word is `term` or begins with it. */
  private isKnown(term: string): boolean {
    const at = this.lowerBound(term);
    return at < this.vocabulary.length && this.vocabulary[at]!.startsWith(term);
  }

  /** True when `term` is a word in more than COMMON_WORD_SHARE of the documents. */
  private isCommon(term: string): boolean {
    const at = this.lowerBound(term);
    return this.vocabulary[at] === term && this.documentCounts[at]! > COMMON_WORD_SHARE * this.docs.length;
  }

  search(query: SearchQuery): SearchResults {
    const text = query.text.trim();
    const concepts = text ? this.synonyms.conceptsOf(text) : [];
    const crisis = concepts.includes(CRISIS_CONCEPT);
    const now = new Date(query.now ?? Date.now());

    let ranked: Array<{ doc: SearchDoc; score: number; terms: readonly string[] }>;
    if (!text) {
      ranked = this.docs.map((doc) => ({ doc, score: 0, terms: [] }));
    } else {
      const typed = queryTerms(text);
      const telling = typed.filter((term) => !this.isCommon(term));
      const words = telling.length ? telling : typed;
      const last = typed[typed.length - 1];
      const queries: Array<string | Record<string, unknown>> = [];
      if (words.length) {
        queries.push({
          queries: words,
          tokenize: (s: string) => [s],
          // Prefixes: the word being typed (the last) from 2 letters, finished words from 4 — a short prefix such
          // as "de" expands to thousands of words.
          prefix: (term: string) => HAN_KANA_HANGUL.test(term) || letters(term) >= (term === last ? 2 : 4),
          // Typo search only for a word the index does not know: it is the slow part of a query, and a known
          // word is more likely meant as typed ("court" should not also find "count").
          fuzzy: (term: string) => (this.isKnown(term) ? false : fuzzinessOf(term)),
        });
      }
      if (concepts.length) {
        queries.push({
          queries: concepts.map(conceptToken),
          fields: ['concepts'],
          tokenize: (s: string) => [s],
          prefix: false,
          fuzzy: false,
        });
      }
      const results: MiniResult[] = queries.length
        ? this.mini.search(
            { combineWith: 'OR', queries } as unknown as Parameters<MiniSearch['search']>[0],
            { boost: FIELD_BOOSTS, weights: WEIGHTS },
          )
        : [];
      // Document boosts multiply a document's whole score, so they are applied once per result here rather than
      // through MiniSearch's boostDocument, which runs once per matching word and field (measured: 2x slower).
      ranked = [];
      let reorder = false;
      for (const r of results) {
        const doc = this.byId.get(r.id as string);
        if (!doc) continue;
        let boost = doc.active ? 1 : INACTIVE_PENALTY;
        // A 24/7 line that also matches the words themselves goes first; one found only through the crisis
        // concept still shows, ranked by that match ("emergency" keeps 911 above the other hotlines).
        if (crisis && doc.alwaysOpen && r.terms.some((term) => !term.startsWith('c:'))) boost *= CRISIS_BOOST;
        if (boost !== 1) reorder = true;
        ranked.push({ doc, score: r.score * boost, terms: r.terms });
      }
      if (reorder) ranked.sort((a, b) => b.score - a.score);
    }

    const near = query.near;
    const filtered = ranked.flatMap((entry) => {
      const { doc } = entry;
      if (query.categories?.length && !doc.categories.some((c) => query.categories!.includes(c))) return [];
      if (query.language && !doc.languages.includes(query.language)) return [];
      if (query.free && !doc.free) return [];
      if (query.openNow && openState(doc.schedules, now)?.open !== true) return [];
      let distanceKm: number | undefined;
      if (near) {
        for (const [lat, lon] of doc.points) {
          const d = distanceInKm(near.latitude, near.longitude, lat, lon);
          if (distanceKm === undefined || d < distanceKm) distanceKm = d;
        }
        if (near.radiusKm !== undefined && (distanceKm === undefined || distanceKm > near.radiusKm)) return [];
      }
      return [{ ...entry, distanceKm }];
    });

    if (query.sort === 'distance' && near) {
      filtered.sort((a, b) => (a.distanceKm ?? Infinity) - (b.distanceKm ?? Infinity) || b.score - a.score);
    }
    const limit = query.limit ?? 50;
    return {
      hits: filtered.slice(0, limit).map(({ doc, score, terms, distanceKm }) => ({
        id: doc.id,
        score,
        terms,
        ...(distanceKm === undefined ? {} : { distanceKm }),
      })),
      total: filtered.length,
      concepts,
      crisis,
    };
  }
}

/** Great-circle distance (haversine), enough for "how far is it" within a county. */
export function distanceInKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLon = (lon2 - lon1) * rad;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(a)));
}
