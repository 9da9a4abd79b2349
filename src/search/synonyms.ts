/**
 * The words residents use for what they need ("lawyer", "abogado", "cárcel", "suicide", "自杀"), mapped to
 * concepts: the dataset's category codes (taxonomy `code`) and `crisis` (every 24/7 phone line).
 * Translators keep one list per language in locales/<lng>/search.json:
 *   { "synonyms": { "legal-fraud": "lawyer, attorney, notary", "crisis": "suicide, kill myself" } }
 * A query that contains one of the words (or begins one, as the person types) also searches that concept.
 */
import { queryTerms } from './tokenize.ts';

export type SynonymFiles = Readonly<Record<string, { readonly synonyms?: Readonly<Record<string, string>> } | undefined>>;

interface Phrase {
  readonly terms: readonly string[];
  readonly concept: string;
  /** Position in the lists, so concepts come out in the lists' order. */
  readonly order: number;
}

export interface SynonymMatcher {
  /** The concepts a query's words name. */
  conceptsOf(query: string): string[];
  /** The same, for a query already split into words (queryTerms). */
  conceptsOfTerms(words: readonly string[]): string[];
}

/** Builds one matcher from the lists of every language (a query's language is not known). */
export function synonymMatcher(files: SynonymFiles): SynonymMatcher {
  const phrases: Phrase[] = [];
  for (const file of Object.values(files)) {
    for (const [concept, list] of Object.entries(file?.synonyms ?? {})) {
      if (typeof list !== 'string') continue;
      for (const phrase of list.split(/[,،、，]/)) {
        const terms = queryTerms(phrase);
        if (terms.length) phrases.push({ terms, concept, order: phrases.length });
      }
    }
  }
  // Phrases by their first word, and the one-word phrases sorted, so a query looks only at the phrases that can
  // start at each of its words (the last word, still being typed, also at those it begins).
  const byFirstWord = new Map<string, Phrase[]>();
  for (const phrase of phrases) {
    const list = byFirstWord.get(phrase.terms[0]!) ?? [];
    if (!list.length) byFirstWord.set(phrase.terms[0]!, list);
    list.push(phrase);
  }
  const single = phrases.filter((p) => p.terms.length === 1).sort((a, b) => (a.terms[0]! < b.terms[0]! ? -1 : a.terms[0]! > b.terms[0]! ? 1 : 0));
  const conceptsOfTerms = (words: readonly string[]): string[] => {
    const found = new Set<string>();
    const order = new Map<Phrase, number>();
    words.forEach((word, i) => {
      for (const phrase of byFirstWord.get(word) ?? []) {
        if (matchesAt(words, i, phrase.terms)) order.set(phrase, phrase.order);
      }
    });
    const lastWord = words[words.length - 1];
    if (lastWord !== undefined && [...lastWord].length >= 4) {
      let lo = 0;
      let hi = single.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (single[mid]!.terms[0]! < lastWord) lo = mid + 1;
        else hi = mid;
      }
      for (let i = lo; i < single.length && single[i]!.terms[0]!.startsWith(lastWord); i++) order.set(single[i]!, single[i]!.order);
    }
    // Concepts in the order of the synonym lists, as before (the crisis concept and the categories keep their order).
    for (const [phrase] of [...order].sort((a, b) => a[1] - b[1])) found.add(phrase.concept);
    return [...found];
  };
  return { conceptsOf: (query) => conceptsOfTerms(queryTerms(query)), conceptsOfTerms };
}

/** True when the phrase's words are the query's words from `i` on (the query's last word may be unfinished). */
function matchesAt(words: readonly string[], i: number, phrase: readonly string[]): boolean {
  if (i + phrase.length > words.length) return false;
  for (let j = 0; j < phrase.length; j++) {
    const word = words[i + j]!;
    const target = phrase[j]!;
    const isLast = i + j === words.length - 1;
    if (!(word === target || (isLast && [...word].length >= 4 && target.startsWith(word)))) return false;
  }
  return true;
}
