/**
 * Each language's search words (locales/<lng>/search.json), fetched where the index is built: in the search worker
 * for the LA directory, so the page's main thread neither starts thirteen downloads nor parses them.
 */
import type { SynonymFiles } from './synonyms.ts';

/** Language code → URL of its search.json (absolute, so a worker resolves it the same way). */
export type SynonymUrls = Readonly<Record<string, string>>;

export async function fetchSynonyms(urls: SynonymUrls): Promise<SynonymFiles> {
  const entries = await Promise.all(
    Object.entries(urls).map(async ([code, url]) => {
      try {
        const response = await fetch(url);
        return [code, response.ok ? ((await response.json()) as SynonymFiles[string]) : undefined] as const;
      } catch {
        return [code, undefined] as const; // offline and not cached: search works without that language's words
      }
    }),
  );
  return Object.fromEntries(entries);
}
