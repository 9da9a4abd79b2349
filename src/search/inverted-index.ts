/**
 * The word index: every indexed word, sorted, and for each word the documents that hold it with a precomputed
 * BM25+ score (field boosts included). Flat typed arrays rather than a tree of Maps: building touches each word of
 * each document once, a query reads contiguous memory, and the saved form is a few arrays of numbers.
 *
 * Scoring is MiniSearch 7's (BM25+ with k = 1.2, b = 0.7, d = 0.5 per field, field length = distinct words in the
 * field), which this project used before and which the relevance set was tuned on; the per-field scores of a word in
 * a document are summed once at build time instead of at every query.
 */
import type { SearchDoc, SearchField } from './documents.ts';

const BM25 = { k: 1.2, b: 0.7, d: 0.5 };
const MAX_TF = 0xffff;

/** The index before scoring, as saved: words sorted, postings (document, field, count) grouped by word. */
export interface SavedIndex {
  readonly format: 2;
  readonly vocabulary: string[];
  /** Number of (document, field) postings of each word, same order as `vocabulary`. */
  readonly postingCounts: number[];
  /** Document numbers, as differences from the previous posting of the same word (small numbers gzip well). */
  readonly documentDeltas: number[];
  /** field index * 65536 + occurrences in that field. */
  readonly fieldCounts: number[];
  /** Distinct words per document and field, document-major. */
  readonly fieldLengths: number[];
}

/** Growable Uint32Array: building pushes tens of millions of numbers at 50,000 services. */
class Numbers {
  data = new Uint32Array(1024);
  length = 0;
  push(n: number) {
    if (this.length === this.data.length) {
      const bigger = new Uint32Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = n;
  }
}

export class InvertedIndex {
  /** Every indexed word, sorted by UTF-16 code units (so the words beginning with a prefix are one run). */
  readonly vocabulary: readonly string[];
  /** How many documents hold each word. */
  readonly documentCounts: Uint32Array;
  /** Postings of word t: positions postingStart[t] .. postingStart[t + 1]. */
  readonly postingStart: Uint32Array;
  readonly postingDoc: Uint32Array;
  readonly postingScore: Float64Array;
  /** UTF-16 length and a 32-bit set of (char code mod 32) of each word, to rule words out of a typo search fast. */
  private readonly lengths: Uint16Array;
  private readonly masks: Uint32Array;
  /** Word numbers grouped by length, for the typo search. */
  private readonly byLength: ReadonlyMap<number, Uint32Array>;
  private readonly saved: SavedIndex;

  private constructor(saved: SavedIndex, fields: readonly SearchField[], boosts: Readonly<Record<SearchField, number>>) {
    this.saved = saved;
    const { vocabulary, postingCounts, documentDeltas, fieldCounts, fieldLengths } = saved;
    const fieldCount = fields.length;
    const docCount = fieldLengths.length / fieldCount;
    const words = vocabulary.length;
    const average = new Float64Array(fieldCount);
    for (let i = 0; i < fieldLengths.length; i++) average[i % fieldCount]! += fieldLengths[i]!;
    for (let f = 0; f < fieldCount; f++) average[f] = docCount ? average[f]! / docCount : 0;
    const boost = fields.map((f) => boosts[f]);

    // One posting per (word, document): the scores of its fields summed.
    const postingDoc = new Uint32Array(documentDeltas.length);
    const postingScore = new Float64Array(documentDeltas.length);
    const postingStart = new Uint32Array(words + 1);
    const documentCounts = new Uint32Array(words);
    const matching = new Uint32Array(fieldCount);
    let read = 0;
    let write = 0;
    for (let t = 0; t < words; t++) {
      postingStart[t] = write;
      const end = read + postingCounts[t]!;
      matching.fill(0);
      for (let i = read; i < end; i++) matching[fieldCounts[i]! >>> 16]!++;
      let doc = 0;
      let lastDoc = -1;
      for (let i = read; i < end; i++) {
        doc += documentDeltas[i]!;
        const field = fieldCounts[i]! >>> 16;
        const tf = fieldCounts[i]! & 0xffff;
        const n = matching[field]!;
        const idf = Math.log(1 + (docCount - n + 0.5) / (n + 0.5));
        const length = fieldLengths[doc * fieldCount + field]!;
        const score =
          boost[field]! * idf * (BM25.d + (tf * (BM25.k + 1)) / (tf + BM25.k * (1 - BM25.b + (BM25.b * length) / average[field]!)));
        if (doc === lastDoc) {
          postingScore[write - 1]! += score;
        } else {
          postingDoc[write] = doc;
          postingScore[write] = score;
          write++;
          lastDoc = doc;
        }
      }
      documentCounts[t] = write - postingStart[t]!;
      read = end;
    }
    postingStart[words] = write;
    this.vocabulary = vocabulary;
    this.documentCounts = documentCounts;
    this.postingStart = postingStart;
    this.postingDoc = postingDoc.slice(0, write);
    this.postingScore = postingScore.slice(0, write);

    this.lengths = new Uint16Array(words);
    this.masks = new Uint32Array(words);
    const groups = new Map<number, number[]>();
    for (let t = 0; t < words; t++) {
      const word = vocabulary[t]!;
      this.lengths[t] = word.length;
      this.masks[t] = charMask(word);
      let group = groups.get(word.length);
      if (!group) groups.set(word.length, (group = []));
      group.push(t);
    }
    this.byLength = new Map([...groups].map(([length, ids]) => [length, Uint32Array.from(ids)]));
  }

  /** Tokenizes and indexes the documents. `wordsOf` gives a field's words (the same function as for queries). */
  static build(
    docs: readonly SearchDoc[],
    fields: readonly SearchField[],
    boosts: Readonly<Record<SearchField, number>>,
    wordsOf: (text: string, field: SearchField) => string[],
  ): InvertedIndex {
    const ids = new Map<string, number>();
    const termOf = new Numbers();
    const docOf = new Numbers();
    const fieldCountOf = new Numbers();
    const fieldLengths: number[] = new Array(docs.length * fields.length);
    const counts = new Map<string, number>();
    for (let d = 0; d < docs.length; d++) {
      const doc = docs[d]!;
      for (let f = 0; f < fields.length; f++) {
        counts.clear();
        for (const word of wordsOf(doc.text[fields[f]!], fields[f]!)) counts.set(word, (counts.get(word) ?? 0) + 1);
        fieldLengths[d * fields.length + f] = counts.size;
        for (const [word, tf] of counts) {
          let id = ids.get(word);
          if (id === undefined) ids.set(word, (id = ids.size));
          termOf.push(id);
          docOf.push(d);
          fieldCountOf.push(f * 65536 + Math.min(tf, MAX_TF));
        }
      }
    }
    // Sort the words, then the postings by word with a counting sort, which keeps them in (document, field) order.
    const vocabulary = [...ids.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const rank = new Uint32Array(ids.size);
    vocabulary.forEach((word, r) => (rank[ids.get(word)!] = r));
    const postingCounts: number[] = new Array(vocabulary.length).fill(0);
    for (let i = 0; i < termOf.length; i++) postingCounts[rank[termOf.data[i]!]!]!++;
    const start = new Uint32Array(vocabulary.length);
    for (let r = 1; r < vocabulary.length; r++) start[r] = start[r - 1]! + postingCounts[r - 1]!;
    const documentDeltas: number[] = new Array(termOf.length);
    const fieldCounts: number[] = new Array(termOf.length);
    const lastDoc = new Int32Array(vocabulary.length);
    for (let i = 0; i < termOf.length; i++) {
      const r = rank[termOf.data[i]!]!;
      const at = start[r]!++;
      const doc = docOf.data[i]!;
      documentDeltas[at] = doc - lastDoc[r]!;
      lastDoc[r] = doc;
      fieldCounts[at] = fieldCountOf.data[i]!;
    }
    return new InvertedIndex({ format: 2, vocabulary, postingCounts, documentDeltas, fieldCounts, fieldLengths }, fields, boosts);
  }

  /** An index saved with `save()`: only the scoring pass runs, no tokenizing. */
  static load(saved: SavedIndex, fields: readonly SearchField[], boosts: Readonly<Record<SearchField, number>>): InvertedIndex {
    if (saved.format !== 2) throw new Error(`saved search index: format ${String(saved.format)} is not 2`);
    return new InvertedIndex(saved, fields, boosts);
  }

  save(): SavedIndex {
    return this.saved;
  }

  /** Number of the word `word`, or -1. */
  find(word: string): number {
    const at = this.lowerBound(word);
    return this.vocabulary[at] === word ? at : -1;
  }

  /** Numbers of the words that begin with `prefix` (itself included): [from, to). */
  prefixRange(prefix: string): [number, number] {
    const from = this.lowerBound(prefix);
    let lo = from;
    let hi = this.vocabulary.length;
    // The run ends at the first word after `from` that does not begin with the prefix.
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.vocabulary[mid]!.startsWith(prefix)) lo = mid + 1;
      else hi = mid;
    }
    return [from, lo];
  }

  /** Position of the first word that is `word` or sorts after it. */
  private lowerBound(word: string): number {
    const words = this.vocabulary;
    let lo = 0;
    let hi = words.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (words[mid]! < word) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /**
   * Calls `found(word number, distance)` for every word within `maxDistance` edits (Levenshtein on UTF-16 code
   * units, as MiniSearch counts them) of `query`, other than the query itself. Only words of a near length are
   * looked at, and a word is ruled out without a distance computation when it lacks, or adds, more kinds of letters
   * than the edits allow (each edit removes at most one letter and adds at most one).
   */
  forEachNear(query: string, maxDistance: number, found: (word: number, distance: number) => void): void {
    const n = query.length;
    const queryMask = charMask(query);
    for (let length = Math.max(1, n - maxDistance); length <= n + maxDistance; length++) {
      const group = this.byLength.get(length);
      if (!group) continue;
      for (let i = 0; i < group.length; i++) {
        const t = group[i]!;
        const mask = this.masks[t]!;
        if (popcount(queryMask & ~mask) > maxDistance || popcount(mask & ~queryMask) > maxDistance) continue;
        const distance = boundedLevenshtein(query, this.vocabulary[t]!, maxDistance);
        if (distance > 0 && distance <= maxDistance) found(t, distance);
      }
    }
  }

  get wordCount(): number {
    return this.vocabulary.length;
  }

  lengthOf(word: number): number {
    return this.lengths[word]!;
  }
}

function charMask(word: string): number {
  let mask = 0;
  for (let i = 0; i < word.length; i++) mask |= 1 << (word.charCodeAt(i) & 31);
  return mask >>> 0;
}

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

// Two rows reused by every distance computation: a query allocates nothing here.
let previousRow = new Int32Array(64);
let currentRow = new Int32Array(64);

/** Levenshtein distance of a and b, or max + 1 as soon as it is certain to exceed max (banded, early exit). */
export function boundedLevenshtein(a: string, b: string, max: number): number {
  const n = a.length;
  const m = b.length;
  if (Math.abs(n - m) > max) return max + 1;
  if (previousRow.length <= n) {
    previousRow = new Int32Array(n * 2 + 1);
    currentRow = new Int32Array(n * 2 + 1);
  }
  let prev = previousRow;
  let curr = currentRow;
  const big = max + 1;
  for (let j = 0; j <= n; j++) prev[j] = j <= max ? j : big;
  for (let i = 1; i <= m; i++) {
    const from = Math.max(1, i - max);
    const to = Math.min(n, i + max);
    curr[0] = i <= max ? i : big;
    if (from > 1) curr[from - 1] = big;
    let rowMin = curr[0]!;
    const c = b.charCodeAt(i - 1);
    for (let j = from; j <= to; j++) {
      const substitution = prev[j - 1]! + (a.charCodeAt(j - 1) === c ? 0 : 1);
      const deletion = (j < i + max ? prev[j]! : big) + 1;
      const insertion = curr[j - 1]! + 1;
      let v = substitution < deletion ? substitution : deletion;
      if (insertion < v) v = insertion;
      if (v > big) v = big;
      curr[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (to < n) curr[to + 1] = big;
    if (rowMin > max) return big;
    const swap = prev;
    prev = curr;
    curr = swap;
  }
  return prev[n]! > max ? big : prev[n]!;
}
