/**
 * i18next setup. UI strings live in locales/<lng>/<ns>.json (i18next JSON v4); each file is emitted by Vite as a
 * content-hashed asset, precached by the service worker, and fetched when a language is first used, so the first
 * view carries no translation it does not show.
 */
import i18next, { type BackendModule, type InitOptions, type ReadCallback } from 'i18next';
import { DEFAULT_LANGUAGE, LANGUAGES, PSEUDO_LANGUAGES, directionOf, isPseudoLanguage, pickLanguage } from './languages.ts';
import { LANGUAGE_PARAM, rememberLanguageForWorker } from './chosen-language.ts';

// The namespaces residents use; a tool's own namespace (translator.json) is added by its chunk (addLocaleFiles), so
// the first view does not carry 13 more file names.
const LOCALE_URLS: Record<string, string> = import.meta.glob<string>('/locales/*/{common,search}.json', { query: '?url', import: 'default', eager: true });

/** Makes more locale files loadable: `{ '/locales/es/translator.json': url }` from the chunk that uses them. */
export function addLocaleFiles(urls: Record<string, string>): void {
  Object.assign(LOCALE_URLS, urls);
}

export const NAMESPACES = ['common'] as const;

export function localeFileUrl(lng: string, ns: string): string | undefined {
  return LOCALE_URLS[`/locales/${lng}/${ns}.json`];
}

const backend: BackendModule = {
  type: 'backend',
  init() {},
  read(lng: string, ns: string, callback: ReadCallback) {
    // A pseudo-locale is made from the English file when it is used: nothing to commit or keep in step.
    const pseudo = isPseudoLanguage(lng);
    const url = localeFileUrl(pseudo ? DEFAULT_LANGUAGE : lng, ns);
    if (!url) return callback(null, {}); // not translated yet: the fallback chain fills in
    fetch(url)
      .then((r) => {
        if (!r.ok) throw new Error(`${url}: HTTP ${r.status}`);
        return r.json();
      })
      .then((data) => (pseudo ? import('./pseudo.ts').then((m) => m.pseudoLocalizeResources(data, lng)) : data))
      .then((data) => callback(null, data as object), (error: unknown) => callback(error as Error, false));
  },
};

function fallbackChains(): Record<string, string[]> {
  const chains: Record<string, string[]> = { default: [DEFAULT_LANGUAGE] };
  for (const lang of LANGUAGES) if (lang.fallback) chains[lang.code] = [...lang.fallback, DEFAULT_LANGUAGE];
  return chains;
}

const STORAGE_KEY = 'lang';

export { LANGUAGE_PARAM };

/** The address of `path` on this origin that opens in `lang` for whoever follows it (shared links, QR codes). */
export function linkInLanguage(path: string, lang: string): string {
  const url = new URL(path, location.origin);
  if (lang !== DEFAULT_LANGUAGE) url.searchParams.set(LANGUAGE_PARAM, lang);
  return url.href;
}

/**
 * A language named by the link (for this visit only: it does not replace what this device remembers), else the
 * remembered choice, else the browser's languages, else English.
 */
const known = (code: string | null): code is string => !!code && (isPseudoLanguage(code) || LANGUAGES.some((l) => l.code === code));

export function initialLanguage(): string {
  const linked = new URLSearchParams(location.search).get(LANGUAGE_PARAM);
  if (known(linked)) return linked;
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    if (known(saved)) return saved;
  } catch {
    // Storage disabled: use the browser's languages.
  }
  return pickLanguage(navigator.languages ?? [navigator.language]);
}

export function applyDocumentLanguage(lng: string): void {
  document.documentElement.lang = lng;
  document.documentElement.dir = directionOf(lng);
}

/** The i18next options of the app, shared with the build's prerender (src/app/prerender.tsx). */
export function i18nOptions(lng: string): InitOptions {
  return {
    lng,
    fallbackLng: fallbackChains(),
    supportedLngs: [...LANGUAGES.map((l) => l.code), ...Object.keys(PSEUDO_LANGUAGES)],
    load: 'currentOnly',
    ns: [...NAMESPACES],
    defaultNS: 'common',
    // Preact escapes text; translations are never rendered as HTML, so i18next must not escape twice.
    interpolation: { escapeValue: false },
    returnNull: false,
  };
}

export async function initI18n(lng: string): Promise<typeof i18next> {
  await i18next.use(backend).init(i18nOptions(lng));
  applyDocumentLanguage(lng);
  return i18next;
}

export async function changeLanguage(lng: string): Promise<void> {
  await i18next.changeLanguage(lng);
  applyDocumentLanguage(lng);
  // The person chose: a language named by the link they came from no longer applies on reload.
  const url = new URL(location.href);
  if (url.searchParams.has(LANGUAGE_PARAM)) {
    url.searchParams.delete(LANGUAGE_PARAM);
    history.replaceState(history.state, '', url.href);
  }
  try {
    localStorage.setItem(STORAGE_KEY, lng);
  } catch {
    // Not remembered when storage is disabled; the app still switches.
  }
  void rememberLanguageForWorker(lng).catch(() => undefined);
}

/** Tells the service worker the language this device remembers (chosen before it could be told). */
export function mirrorChosenLanguage(): void {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    if (saved && LANGUAGES.some((l) => l.code === saved)) void rememberLanguageForWorker(saved).catch(() => undefined);
  } catch {
    // Storage disabled: nothing is remembered.
  }
}

let showKeys: ((text: string, key: string) => string) | undefined;

/** Translator mode (src/features/translator) shows each string's key next to it; undefined shows the text alone. */
export function setKeyDisplay(display: ((text: string, key: string) => string) | undefined): void {
  showKeys = display;
}

export const t = (key: string, options?: Record<string, unknown>): string => {
  const text = i18next.t(key, options) as string;
  return showKeys ? showKeys(text, key) : text;
};
