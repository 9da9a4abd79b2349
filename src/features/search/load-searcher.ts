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
import type { SynonymUrls } from '../../search/synonym-files.ts';

/** Where each language's search words are; the search fetches them where it builds its index. */
function synonymUrls(): SynonymUrls {
  const urls: Record<string, string> = {};
  for (const { code } of LANGUAGES) {
    const url = localeFileUrl(code, 'search');
    if (url) urls[code] = new URL(url, location.href).href;
  }
  return urls;
}

export async function loadSearcher(directory: Directory, translations: readonly LocalePayload[]): Promise<Searcher> {
  const { createSearcher } = await import('../../search/searcher.ts');
  return createSearcher({ ...directory, translations }, synonymUrls());
}
