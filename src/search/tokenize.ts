/**
 * Words for search, the same way for the index and the query, in the browser, in the worker and in Node.
 *
 * Words are found with `Intl.Segmenter` (ICU word breaks), because Chinese, Japanese and Khmer have no spaces
 * between words and ICU's dictionaries split them ("公证欺诈" -> 公证 | 欺诈). Each word is then folded so that
 * small differences in writing do not stop a match:
 * - case, compatibility forms (full-width Latin, half-width kana) — NFKC + lower case;
 * - accents on Latin, Greek and Cyrillic letters ("niños" = "ninos", "lừa đảo" = "lua dao"), but not the vowel
 *   signs of Khmer or Armenian, which are letters there, and not Hangul, which is recomposed;
 * - Arabic and Persian letter variants (أ إ آ -> ا, ي/ى -> ی, ك -> ک, ة -> ه, tatweel and harakat removed);
 * - the Arabic article ("الأطفال" is also indexed as "اطفال"), so a query without it still matches.
 */

const segmenter = new Intl.Segmenter(undefined, { granularity: 'word' });

// Combining diacritical marks (U+0300–U+036F) are what Latin, Greek and Cyrillic accents decompose into.
const LATIN_MARKS = /[\u0300-\u036f]/g;
const ARABIC_MARKS = /[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]/g;
const LETTERS_WITHOUT_DECOMPOSITION: Record<string, string> = { đ: 'd', ø: 'o', ł: 'l', ß: 'ss', æ: 'ae', œ: 'oe', ı: 'i' };
const ARABIC_VARIANTS: Record<string, string> = { أ: 'ا', إ: 'ا', آ: 'ا', ٱ: 'ا', ى: 'ی', ي: 'ی', ك: 'ک', ة: 'ه', ؤ: 'و', ئ: 'ی' };
const ARABIC_ARTICLE = /^(?:وال|بال|كال|فال|لل|ال)(?=.{2,})/;

/** Folds one word or phrase for comparison. Pure; the same result in every JavaScript engine with ICU. */
export function fold(text: string): string {
  let s = text.normalize('NFKC').toLowerCase();
  if (/[^\u0000-\u007f]/.test(s)) {
    s = s
      .normalize('NFD')
      .replace(LATIN_MARKS, '')
      .normalize('NFC')
      .replace(/[đøłßæœı]/g, (c) => LETTERS_WITHOUT_DECOMPOSITION[c] ?? c)
      .replace(ARABIC_MARKS, '')
      .replace(/[أإآٱىيكةؤئ]/g, (c) => ARABIC_VARIANTS[c] ?? c);
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
  for (const part of segmenter.segment(text)) {
    if (!part.isWordLike) continue;
    const term = fold(part.segment);
    if (term) out.push({ term, start: part.index, end: part.index + part.segment.length });
  }
  return out;
}

/** The folded words of `text` for the index: each word, plus its form without the Arabic article. */
export function indexTerms(text: string): string[] {
  const out: string[] = [];
  for (const part of segmenter.segment(text)) {
    if (!part.isWordLike) continue;
    const term = fold(part.segment);
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
  for (const part of segmenter.segment(text)) {
    if (!part.isWordLike) continue;
    const term = withoutArticle(fold(part.segment));
    if (term) out.push(term);
  }
  return out;
}

function withoutArticle(term: string): string {
  return /^[\u0600-\u06ff]/.test(term) ? term.replace(ARABIC_ARTICLE, '') : term;
}
