/**
 * Words for search, the same way for the index and the query, in the browser, in the worker and in Node.
 *
 * Words are runs of letters, marks and digits. A run in a script written without spaces between words (Chinese,
 * Japanese, Khmer, Thai, Lao, Burmese) is split further with `Intl.Segmenter` (ICU's dictionaries:
 * "公证欺诈" -> 公证 | 欺诈). Only those runs go through the segmenter: it is the slow part (about 1.8 µs a word
 * in V8), and for scripts with spaces the letter runs are the same words. Each word is then folded so that
 * small differences in writing do not stop a match:
 * - case, compatibility forms (full-width Latin, half-width kana) — NFKC + lower case;
 * - accents on Latin, Greek and Cyrillic letters ("niños" = "ninos", "lừa đảo" = "lua dao"), but not the vowel
 *   signs of Khmer or Armenian, which are letters there, and not Hangul, which is recomposed;
 * - Arabic and Persian letter variants (أ إ آ -> ا, ي/ى -> ی, ك -> ک, ة -> ه, tatweel and harakat removed);
 * - Khmer subscript DA and subscript TA (្ដ / ្ត), which look the same and are written either way ("ម្ដាយ" = "ម្តាយ");
 * - the Arabic article ("الأطفال" is also indexed as "اطفال"), so a query without it still matches.
 */

// Made on first use: loading ICU's word dictionaries costs a few hundred ms on a slow phone, and most text never
// needs them (only runs in a script written without spaces do).
let segmenter: Intl.Segmenter | undefined;

// Combining diacritical marks (U+0300–U+036F) are what Latin, Greek and Cyrillic accents decompose into.
const LATIN_MARKS = /[\u0300-\u036f]/g;
const ARABIC_MARKS = /[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]/g;
const LETTERS_WITHOUT_DECOMPOSITION: Record<string, string> = { đ: 'd', ø: 'o', ł: 'l', ß: 'ss', æ: 'ae', œ: 'oe', ı: 'i' };
const ARABIC_VARIANTS: Record<string, string> = { أ: 'ا', إ: 'ا', آ: 'ا', ٱ: 'ا', ى: 'ی', ي: 'ی', ك: 'ک', ة: 'ه', ؤ: 'و', ئ: 'ی' };
const KHMER_COENG_DA = /\u17d2\u178a/g;
const ARABIC_ARTICLE = /^(?:وال|بال|كال|فال|لل|ال)(?=.{2,})/;

const LETTER_RUN = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}\p{N}]+)*/gu;
const NO_SPACE_SCRIPTS = /[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u19e0-\u19ff\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]/;

/** Each word of `text` with where it starts, before folding. */
function* words(text: string): Generator<{ word: string; start: number }> {
  for (const run of text.matchAll(LETTER_RUN)) {
    const runStart = run.index;
    if (!NO_SPACE_SCRIPTS.test(run[0])) {
      yield { word: run[0], start: runStart };
      continue;
    }
    segmenter ??= new Intl.Segmenter(undefined, { granularity: 'word' });
    for (const part of segmenter.segment(run[0])) {
      if (part.isWordLike) yield { word: part.segment, start: runStart + part.index };
    }
  }
}

const folded = new Map<string, string>();

/** Folds one word or phrase for comparison. Pure; the same result in every JavaScript engine with ICU. */
export function fold(text: string): string {
  let hit = folded.get(text);
  if (hit === undefined) {
    hit = foldUncached(text);
    // Vocabulary is small next to the text; the bound keeps a hostile dataset from growing it without end.
    if (folded.size > 100_000) folded.clear();
    folded.set(text, hit);
  }
  return hit;
}

function foldUncached(text: string): string {
  let s = text.normalize('NFKC').toLowerCase();
  if (/[^\u0000-\u007f]/.test(s)) {
    s = s
      .normalize('NFD')
      .replace(LATIN_MARKS, '')
      .normalize('NFC')
      .replace(/[đøłßæœı]/g, (c) => LETTERS_WITHOUT_DECOMPOSITION[c] ?? c)
      .replace(ARABIC_MARKS, '')
      .replace(/[أإآٱىيكةؤئ]/g, (c) => ARABIC_VARIANTS[c] ?? c)
      .replace(KHMER_COENG_DA, '\u17d2\u178f');
  }
  return s;
}

export interface Token {
  /** The folded word. */
  readonly term: string;
  /** Where the original word starts and ends in the text (UTF-16 offsets), for highlighting. */
  readonly start: number;
  readonly end: number;
}

/** The words of `text` with their positions. Punctuation and spaces are not words. */
export function tokensWithOffsets(text: string): Token[] {
  const out: Token[] = [];
  for (const { word, start } of words(text)) {
    const term = fold(word);
    if (term) out.push({ term, start, end: start + word.length });
  }
  return out;
}

/** The folded words of `text` for the index: each word, plus its form without the Arabic article. */
export function indexTerms(text: string): string[] {
  const out: string[] = [];
  for (const { word } of words(text)) {
    const term = fold(word);
    if (!term) continue;
    out.push(term);
    const bare = withoutArticle(term);
    if (bare !== term) out.push(bare);
  }
  return out;
}

/** The folded words of a query (the article is taken off, since the index holds both forms). */
export function queryTerms(text: string): string[] {
  const out: string[] = [];
  for (const { word } of words(text)) {
    const term = withoutArticle(fold(word));
    if (term) out.push(term);
  }
  return out;
}

function withoutArticle(term: string): string {
  return /^[\u0600-\u06ff]/.test(term) ? term.replace(ARABIC_ARTICLE, '') : term;
}
