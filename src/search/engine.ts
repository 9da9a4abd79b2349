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

interface Ranked {
  readonly doc: number;
  readonly score: number;
}

export class SearchIndex {
  private readonly words: InvertedIndex;
  private readonly docs: readonly SearchDoc[];
  private readonly synonyms: SynonymMatcher;
  // Per-document scratch space, reused by every query so that a query allocates little: the score so far, the
  // query words it matched (a bit each), and the head of its list of matched words (for highlighting).
  private readonly scores: Float64Array;
  private readonly matchedWords: Uint32Array;
  private readonly firstMatch: Int32Array;
  private readonly touched: Uint32Array;
  private matchWord = new Uint32Array(1024);
  private matchNext = new Int32Array(1024);

  private constructor(docs: readonly SearchDoc[], synonyms: SynonymMatcher, words: InvertedIndex) {
    this.docs = docs;
    this.synonyms = synonyms;
    this.words = words;
    this.scores = new Float64Array(docs.length);
    this.matchedWords = new Uint32Array(docs.length);
    this.firstMatch = new Int32Array(docs.length).fill(-1);
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

    let ranked: Ranked[];
    let matched = 0;
    if (!text) {
      ranked = this.docs.map((_, doc) => ({ doc, score: 0 }));
    } else {
      const wordBits = this.score(typed, concepts);
      matched = this.matched;
      ranked = [];
      for (let i = 0; i < matched; i++) {
        const d = this.touched[i]!;
        const doc = this.docs[d]!;
        const bits = this.matchedWords[d]!;
        let boost = doc.active ? 1 : INACTIVE_PENALTY;
        // A 24/7 line that also matches the words themselves goes first; one found only through the crisis
        // concept still shows, ranked by that match ("emergency" keeps 911 above the other hotlines).
        if (crisis && doc.alwaysOpen && (bits & wordBits) !== 0) boost *= CRISIS_BOOST;
        // As MiniSearch did: a document that matches more of the query's words counts that many times more.
        ranked.push({ doc: d, score: this.scores[d]! * popcount(bits) * boost });
      }
    }

    const near = query.near;
    const limit = query.limit ?? 50;
    const kept: Array<Ranked & { distanceKm?: number }> = [];
    let total = 0;
    for (const entry of ranked) {
      const doc = this.docs[entry.doc]!;
      if (query.categories?.length && !doc.categories.some((c) => query.categories!.includes(c))) continue;
      if (query.language && !doc.languages.includes(query.language)) continue;
      if (query.free && !doc.free) continue;
      if (query.openNow && openState(doc.schedules, now)?.open !== true) continue;
      let distanceKm: number | undefined;
      if (near) {
        for (const [lat, lon] of doc.points) {
          const d = distanceInKm(near.latitude, near.longitude, lat, lon);
          if (distanceKm === undefined || d < distanceKm) distanceKm = d;
        }
        if (near.radiusKm !== undefined && (distanceKm === undefined || distanceKm > near.radiusKm)) continue;
      }
      total++;
      const item = distanceKm === undefined ? entry : { ...entry, distanceKm };
      if (query.sort === 'distance' && near) kept.push(item);
      else if (text) insertTop(kept, item, limit);
      else if (kept.length < limit) kept.push(item);
    }
    if (query.sort === 'distance' && near) {
      kept.sort((a, b) => (a.distanceKm ?? Infinity) - (b.distanceKm ?? Infinity) || b.score - a.score);
    }
    const hits = kept.slice(0, limit).map(({ doc, score, distanceKm }) => ({
      id: this.docs[doc]!.id,
      score,
      terms: text ? this.matchedTermsOf(doc) : [],
      ...(distanceKm === undefined ? {} : { distanceKm }),
    }));
    if (text) this.clear(matched);
    return { hits, total, concepts, crisis };
  }

  /** How many documents the last `score` reached (listed in `touched`). */
  private matched = 0;

  /**
   * Adds up the score of every document the query's words (exact, as a prefix, or with a typo) and concepts reach,
   * into the scratch arrays. Returns the bits that stand for words (the others stand for concepts).
   */
  private score(typed: readonly string[], concepts: readonly string[]): number {
    const telling = typed.filter((term) => !this.isCommon(term));
    const words = (telling.length ? telling : typed).slice(0, MAX_QUERY_WORDS);
    const last = typed[typed.length - 1];
    const state = { touched: 0, matches: 0 };
    const distinct = [...new Set(words)];
    for (const word of words) {
      const bit = (1 << distinct.indexOf(word)) >>> 0;
      const exact = this.words.find(word);
      if (exact >= 0) this.addWord(exact, 1, bit, state);
      // Prefixes: the word being typed (the last) from 2 letters, finished words from 4 — a short prefix such as
      // "de" expands to thousands of words.
      const prefix = HAN_KANA_HANGUL.test(word) || letters(word) >= (word === last ? 2 : 4);
      let known = exact >= 0;
      const [from, to] = this.words.prefixRange(word);
      if (to > from) known = true;
      if (prefix) {
        for (let t = from; t < to; t++) {
          if (t === exact) continue;
          const length = this.words.lengthOf(t);
          const distance = length - word.length;
          this.addWord(t, (WEIGHTS.prefix * length) / (length + 0.3 * distance), bit, state);
        }
      }
      // Typo search only for a word the index does not know (not even as the start of a word): it is the slow part
      // of a query, and a known word is more likely meant as typed ("court" should not also find "count").
      const fuzziness = known ? false : fuzzinessOf(word);
      if (fuzziness) {
        this.words.forEachNear(word, fuzziness, (t, distance) => {
          const length = this.words.lengthOf(t);
          this.addWord(t, (WEIGHTS.fuzzy * length) / (length + distance), bit, state);
        });
      }
    }
    concepts.slice(0, MAX_CONCEPTS).forEach((concept, i) => {
      const t = this.words.find(conceptToken(concept));
      if (t >= 0) this.addWord(t, 1, (1 << (distinct.length + i)) >>> 0, state);
    });
    this.matched = state.touched;
    return ((1 << distinct.length) - 1) >>> 0;
  }

  private addWord(t: number, weight: number, bit: number, state: { touched: number; matches: number }): void {
    const { postingStart, postingDoc, postingScore } = this.words;
    const end = postingStart[t + 1]!;
    for (let i = postingStart[t]!; i < end; i++) {
      const d = postingDoc[i]!;
      if (this.matchedWords[d] === 0) this.touched[state.touched++] = d;
      this.scores[d]! += weight * postingScore[i]!;
      this.matchedWords[d]! |= bit;
      if (state.matches === this.matchWord.length) this.growMatches();
      this.matchWord[state.matches] = t;
      this.matchNext[state.matches] = this.firstMatch[d]!;
      this.firstMatch[d] = state.matches++;
    }
  }

  private growMatches(): void {
    const word = new Uint32Array(this.matchWord.length * 2);
    word.set(this.matchWord);
    const next = new Int32Array(this.matchNext.length * 2);
    next.set(this.matchNext);
    this.matchWord = word;
    this.matchNext = next;
  }

  /** The indexed words a document matched, first matched first. */
  private matchedTermsOf(d: number): string[] {
    const found: string[] = [];
    for (let m = this.firstMatch[d]!; m >= 0; m = this.matchNext[m]!) {
      const word = this.words.vocabulary[this.matchWord[m]!]!;
      if (!found.includes(word)) found.push(word);
    }
    return found.reverse();
  }

  private clear(touched: number): void {
    for (let i = 0; i < touched; i++) {
      const d = this.touched[i]!;
      this.scores[d] = 0;
      this.matchedWords[d] = 0;
      this.firstMatch[d] = -1;
    }
  }
}

/** Keeps `top` the best `limit` entries by score, best first (ties: first found first). */
function insertTop<T extends Ranked>(top: T[], item: T, limit: number): void {
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
