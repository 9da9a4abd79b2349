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
}

export interface SynonymMatcher {
  /** The concepts a query's words name. */
  conceptsOf(query: string): string[];
}

/** Builds one matcher from the lists of every language (a query's language is not known). */
export function synonymMatcher(files: SynonymFiles): SynonymMatcher {
  const phrases: Phrase[] = [];
  for (const file of Object.values(files)) {
    for (const [concept, list] of Object.entries(file?.synonyms ?? {})) {
      if (typeof list !== 'string') continue;
      for (const phrase of list.split(/[,،、，]/)) {
        const terms = queryTerms(phrase);
        if (terms.length) phrases.push({ terms, concept });
      }
    }
  }
  return {
    conceptsOf(query) {
      const words = queryTerms(query);
      const found = new Set<string>();
      for (const phrase of phrases) {
        if (found.has(phrase.concept)) continue;
        if (containsPhrase(words, phrase.terms)) found.add(phrase.concept);
      }
      return [...found];
    },
  };
}

/**
 * True when the phrase's words appear in order in the query. The query's last word may be unfinished (the person
 * is typing), so it matches the beginning of a phrase word once it has 4 letters.
 */
function containsPhrase(words: readonly string[], phrase: readonly string[]): boolean {
  outer: for (let i = 0; i + phrase.length <= words.length; i++) {
    for (let j = 0; j < phrase.length; j++) {
      const word = words[i + j]!;
      const target = phrase[j]!;
      const isLast = i + j === words.length - 1;
      const ok = word === target || (isLast && [...word].length >= 4 && target.startsWith(word));
      if (!ok) continue outer;
    }
    return true;
  }
  return false;
}
