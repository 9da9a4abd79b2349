/**
 * Builds the search for what is stored on this device: the directory, every stored language's data translations,
 * and every language's search words (locales/<lng>/search.json, precached like the UI strings). The engine is a
 * separate chunk, loaded when the directory is ready, so the first view does not wait for it.
 */
import type { Directory } from '../../data/queries.ts';
import { LANGUAGES } from '../../i18n/languages.ts';
import { localeFileUrl } from '../../i18n/i18n.ts';
import type { LocalePayload } from '../../model/payload.ts';
import type { Searcher } from '../../search/searcher.ts';
import type { SynonymFiles } from '../../search/synonyms.ts';

let synonyms: Promise<SynonymFiles> | undefined;

function loadSynonyms(): Promise<SynonymFiles> {
  synonyms ??= Promise.all(
    LANGUAGES.map(async ({ code }) => {
      const url = localeFileUrl(code, 'search');
      if (!url) return [code, undefined] as const;
      try {
        const response = await fetch(url);
        return [code, response.ok ? ((await response.json()) as SynonymFiles[string]) : undefined] as const;
      } catch {
        return [code, undefined] as const; // offline and not cached: search works without that language's words
      }
    }),
  ).then((entries) => Object.fromEntries(entries));
  return synonyms;
}

export async function loadSearcher(directory: Directory, translations: readonly LocalePayload[]): Promise<Searcher> {
  const [{ createSearcher }, files] = await Promise.all([import('../../search/searcher.ts'), loadSynonyms()]);
  return createSearcher({ ...directory, translations }, files);
}
