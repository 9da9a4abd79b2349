/**
 * The search index and ranking: pure, no DOM, the same code on the main thread, in the worker and in Node.
 *
 * Its own word index (inverted-index.ts: sorted words, BM25+ postings in typed arrays), which replaced MiniSearch
 * after the benchmark (`npm run bench:search`, test/bench/search-report.md) showed the same answers 3-10x faster
 * with less memory. This module adds what a resident needs: words from `Intl.Segmenter` with accent and script
 * folding (tokenize.ts), field boosts (name > category/synonym > description), exact > prefix > fuzzy, synonyms
 * to categories, 24/7 lines first for crisis words, and the filters (category, open now, language spoken, free,
 * near me).
 */
import { openState } from '../model/open-now.ts';
import { CRISIS_CONCEPT, FIELD_BOOSTS, SEARCH_FIELDS, conceptToken, type SearchDoc, type SearchField } from './documents.ts';
import { InvertedIndex, type SavedIndex } from './inverted-index.ts';
import { synonymMatcher, type SynonymFiles, type SynonymMatcher } from './synonyms.ts';
import { indexTerms, queryTerms } from './tokenize.ts';

export type { SavedIndex } from './inverted-index.ts';

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
/** Query words and concepts beyond these are ignored (each is one bit of a 32-bit set per document). */
const MAX_QUERY_WORDS = 16;
const MAX_CONCEPTS = 16;

const HAN_KANA_HANGUL = /[\u1100-\u11ff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]/;
const letters = (term: string) => [...term].length;

/** Typo tolerance: none for short words and for Chinese/Japanese/Korean (one character is a whole word). */
export function fuzzinessOf(term: string): number | false {
  if (HAN_KANA_HANGUL.test(term) || /^\d+$/.test(term)) return false;
  const n = letters(term);
  return n >= 8 ? 2 : n >= 4 ? 1 : false;
}

/**
 * A query word found in more than this share of the documents ("de", "the", "的", "sa") says nothing about what
 * the person needs, and scoring it means scoring nearly every document: it is left out when the query has other
 * words. Measured from the data, so it works for every language without stop-word lists.
 */
const COMMON_WORD_SHARE = 0.25;

const wordsOfField = (text: string, field: SearchField) => (field === 'concepts' ? text.split(' ').filter(Boolean) : indexTerms(text));

export class SearchIndex {
  private readonly words: InvertedIndex;
  private readonly docs: readonly SearchDoc[];
  private readonly synonyms: SynonymMatcher;
  // Per-document scratch space, reused by every query so that a query allocates little: the score so far and the
  // query words it matched (a bit each); `touched` lists the documents reached, to reset only those.
  private readonly scores: Float64Array;
  private readonly matchedWords: Uint32Array;
  private readonly touched: Uint32Array;

  private constructor(docs: readonly SearchDoc[], synonyms: SynonymMatcher, words: InvertedIndex) {
    this.docs = docs;
    this.synonyms = synonyms;
    this.words = words;
    this.scores = new Float64Array(docs.length);
    this.matchedWords = new Uint32Array(docs.length);
    this.touched = new Uint32Array(docs.length);
  }

  static build(docs: readonly SearchDoc[], synonyms: SynonymFiles = {}): SearchIndex {
    return new SearchIndex(docs, synonymMatcher(synonyms), InvertedIndex.build(docs, SEARCH_FIELDS, FIELD_BOOSTS, wordsOfField));
  }

  /** An index saved with `save()`, for the same documents: skips tokenizing and indexing. */
  static load(saved: SavedIndex, docs: readonly SearchDoc[], synonyms: SynonymFiles = {}): SearchIndex {
    const words = InvertedIndex.load(saved, SEARCH_FIELDS, FIELD_BOOSTS);
    if (saved.fieldLengths.length !== docs.length * SEARCH_FIELDS.length) {
      throw new Error(`saved search index: made for ${saved.fieldLengths.length / SEARCH_FIELDS.length} services, not ${docs.length}`);
    }
    return new SearchIndex(docs, synonymMatcher(synonyms), words);
  }

  save(): SavedIndex {
    return this.words.save();
  }

  get size(): number {
    return this.docs.length;
  }

  /** True when `term` is a word in more than COMMON_WORD_SHARE of the documents. */
  private isCommon(term: string): boolean {
    const t = this.words.find(term);
    return t >= 0 && this.words.documentCounts[t]! > COMMON_WORD_SHARE * this.docs.length;
  }

  search(query: SearchQuery): SearchResults {
    const text = query.text.trim();
    const typed = text ? queryTerms(text) : [];
    const concepts = typed.length ? this.synonyms.conceptsOfTerms(typed) : [];
    const crisis = concepts.includes(CRISIS_CONCEPT);
    const now = new Date(query.now ?? Date.now());
    const near = query.near;
    const byDistance = query.sort === 'distance' && near !== undefined;
    const limit = Math.max(0, query.limit ?? 50);
    const filtered = Boolean(query.categories?.length || query.language || query.free || query.openNow || near);

    // Only the best `limit` become objects (or all that pass, to sort them by distance).
    const kept: Kept[] = [];
    let total = 0;
    const consider = (d: number, score: number) => {
      let distanceKm: number | undefined;
      if (filtered) {
        const doc = this.docs[d]!;
        if (query.categories?.length && !doc.categories.some((c) => query.categories!.includes(c))) return;
        if (query.language && !doc.languages.includes(query.language)) return;
        if (query.free && !doc.free) return;
        if (query.openNow && openState(doc.schedules, now)?.open !== true) return;
        if (near) {
          for (const [lat, lon] of doc.points) {
            const km = distanceInKm(near.latitude, near.longitude, lat, lon);
            if (distanceKm === undefined || km < distanceKm) distanceKm = km;
          }
          if (near.radiusKm !== undefined && (distanceKm === undefined || distanceKm > near.radiusKm)) return;
        }
      }
      total++;
      if (byDistance) kept.push({ doc: d, score, distanceKm });
      else if (kept.length < limit || (limit > 0 && kept[limit - 1]!.score < score)) insertTop(kept, { doc: d, score, distanceKm }, limit);
    };

    if (!text) {
      for (let d = 0; d < this.docs.length; d++) consider(d, 0);
    } else {
      const wordBits = this.score(typed, concepts);
      for (let i = 0; i < this.matched; i++) {
        const d = this.touched[i]!;
        const doc = this.docs[d]!;
        const bits = this.matchedWords[d]!;
        let boost = doc.active ? 1 : INACTIVE_PENALTY;
        // A 24/7 line that also matches the words themselves goes first; one found only through the crisis
        // concept still shows, ranked by that match ("emergency" keeps 911 above the other hotlines).
        if (crisis && doc.alwaysOpen && (bits & wordBits) !== 0) boost *= CRISIS_BOOST;
        // As MiniSearch did: a document that matches more of the query's words counts that many times more.
        consider(d, this.scores[d]! * popcount(bits) * boost);
      }
    }
    if (byDistance) kept.sort((a, b) => (a.distanceKm ?? Infinity) - (b.distanceKm ?? Infinity) || b.score - a.score);
    const hits = kept.slice(0, limit).map(({ doc, score, distanceKm }) => ({
      id: this.docs[doc]!.id,
      score,
      terms: text ? this.matchedTermsOf(doc) : [],
      ...(distanceKm === undefined ? {} : { distanceKm }),
    }));
    if (text) this.clear();
    return { hits, total, concepts, crisis };
  }

  /** How many documents the last `score` reached (listed in `touched`). */
  private matched = 0;
  /** The indexed words the last `score` used (a word reached by two query words is listed twice). */
  private usedWords: number[] = [];

  /**
   * Adds up the score of every document the query's words (exact, as a prefix, or with a typo) and concepts reach,
   * into the scratch arrays. Returns the bits that stand for words (the others stand for concepts).
   */
  private score(typed: readonly string[], concepts: readonly string[]): number {
    const telling = typed.filter((term) => !this.isCommon(term));
    const words = (telling.length ? telling : typed).slice(0, MAX_QUERY_WORDS);
    const last = typed[typed.length - 1];
    const distinct = [...new Set(words)];
    this.matched = 0;
    this.usedWords = [];
    for (const word of words) {
      const bit = (1 << distinct.indexOf(word)) >>> 0;
      const exact = this.words.find(word);
      if (exact >= 0) this.addWord(exact, 1, bit);
      // Prefixes: the word being typed (the last) from 2 letters, finished words from 4 — a short prefix such as
      // "de" expands to thousands of words.
      const prefix = HAN_KANA_HANGUL.test(word) || letters(word) >= (word === last ? 2 : 4);
      const [from, to] = this.words.prefixRange(word);
      if (prefix) {
        for (let t = from; t < to; t++) {
          if (t === exact) continue;
          const length = this.words.lengthOf(t);
          this.addWord(t, (WEIGHTS.prefix * length) / (length + 0.3 * (length - word.length)), bit);
        }
      }
      // Typo search only for a word the index does not know (not even as the start of a word): it is the slow part
      // of a query, and a known word is more likely meant as typed ("court" should not also find "count").
      const fuzziness = to > from ? false : fuzzinessOf(word);
      if (fuzziness) {
        this.words.forEachNear(word, fuzziness, (t, distance) => {
          const length = this.words.lengthOf(t);
          this.addWord(t, (WEIGHTS.fuzzy * length) / (length + distance), bit);
        });
      }
    }
    concepts.slice(0, MAX_CONCEPTS).forEach((concept, i) => {
      const t = this.words.find(conceptToken(concept));
      if (t >= 0) this.addWord(t, 1, (1 << (distinct.length + i)) >>> 0);
    });
    return ((1 << distinct.length) - 1) >>> 0;
  }

  private addWord(t: number, weight: number, bit: number): void {
    const { postingStart, postingDoc, postingScore } = this.words;
    const { scores, matchedWords, touched } = this;
    let matched = this.matched;
    const end = postingStart[t + 1]!;
    for (let i = postingStart[t]!; i < end; i++) {
      const d = postingDoc[i]!;
      if (matchedWords[d] === 0) touched[matched++] = d;
      scores[d]! += weight * postingScore[i]!;
      matchedWords[d]! |= bit;
    }
    this.matched = matched;
    this.usedWords.push(t);
  }

  /** The indexed words of the last query that a document holds (for highlighting), looked up for a shown hit only. */
  private matchedTermsOf(d: number): string[] {
    const { postingStart, postingDoc, vocabulary } = this.words;
    const found: string[] = [];
    for (const t of this.usedWords) {
      let lo = postingStart[t]!;
      let hi = postingStart[t + 1]!;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (postingDoc[mid]! < d) lo = mid + 1;
        else hi = mid;
      }
      if (lo < postingStart[t + 1]! && postingDoc[lo] === d && !found.includes(vocabulary[t]!)) found.push(vocabulary[t]!);
    }
    return found;
  }

  private clear(): void {
    for (let i = 0; i < this.matched; i++) {
      const d = this.touched[i]!;
      this.scores[d] = 0;
      this.matchedWords[d] = 0;
    }
    this.matched = 0;
  }
}

interface Kept {
  readonly doc: number;
  readonly score: number;
  readonly distanceKm?: number | undefined;
}

/** Keeps `top` the best `limit` entries by score, best first (ties: first found first). */
function insertTop(top: Kept[], item: Kept, limit: number): void {
  if (top.length === limit && top[limit - 1]!.score >= item.score) return;
  let at = top.length;
  while (at > 0 && top[at - 1]!.score < item.score) at--;
  top.splice(at, 0, item);
  if (top.length > limit) top.pop();
}

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** Great-circle distance (haversine), enough for "how far is it" within a county. */
export function distanceInKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLon = (lon2 - lon1) * rad;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(a)));
}
