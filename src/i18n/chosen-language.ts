/**
 * The language a person picked, where the service worker can read it too (it cannot read localStorage): one entry
 * in a small Cache Storage cache. The worker uses it to answer a page load with the start screen already in that
 * language. "Clear my data" deletes it with every other cache.
 */
const CACHE = 'la-help-settings';
const KEY = '/settings/language';

/** The query parameter a shared link or QR code uses to open in the sharer's language (`/service/<id>?lang=es`). */
export const LANGUAGE_PARAM = 'lang';

export async function chosenLanguage(): Promise<string | undefined> {
  if (typeof caches === 'undefined') return undefined;
  const response = await (await caches.open(CACHE)).match(KEY);
  return response ? (await response.text()).trim() || undefined : undefined;
}

export async function rememberLanguageForWorker(lang: string): Promise<void> {
  if (typeof caches === 'undefined') return;
  const cache = await caches.open(CACHE);
  const current = await cache.match(KEY);
  if (current && (await current.text()) === lang) return;
  await cache.put(KEY, new Response(lang, { headers: { 'Content-Type': 'text/plain' } }));
}
