/**
 * The app's locales: one line each. Adding a locale = a folder under locales/ plus one line here
 * (see TRANSLATING.md). `name` is the language's name in its own script, shown in the picker.
 * `fallback` is tried before English when a string is missing (zh-Hant reads zh-Hans better than English).
 */
export interface LanguageInfo {
  readonly code: string;
  readonly name: string;
  readonly englishName: string;
  readonly dir: 'ltr' | 'rtl';
  readonly fallback?: readonly string[];
}

export const LANGUAGES: readonly LanguageInfo[] = [
  { code: 'en', name: 'English', englishName: 'English', dir: 'ltr' },
  { code: 'es', name: 'Español', englishName: 'Spanish', dir: 'ltr' },
  { code: 'zh-Hans', name: '简体中文', englishName: 'Chinese (Simplified)', dir: 'ltr' },
  { code: 'zh-Hant', name: '繁體中文', englishName: 'Chinese (Traditional)', dir: 'ltr', fallback: ['zh-Hans'] },
  { code: 'ko', name: '한국어', englishName: 'Korean', dir: 'ltr' },
  { code: 'tl', name: 'Tagalog', englishName: 'Tagalog', dir: 'ltr' },
  { code: 'vi', name: 'Tiếng Việt', englishName: 'Vietnamese', dir: 'ltr' },
  { code: 'hy', name: 'Հայերեն', englishName: 'Armenian', dir: 'ltr' },
  { code: 'fa', name: 'فارسی', englishName: 'Farsi', dir: 'rtl' },
  { code: 'ru', name: 'Русский', englishName: 'Russian', dir: 'ltr' },
  { code: 'ja', name: '日本語', englishName: 'Japanese', dir: 'ltr' },
  { code: 'km', name: 'ខ្មែរ', englishName: 'Khmer', dir: 'ltr' },
  { code: 'ar', name: 'العربية', englishName: 'Arabic', dir: 'rtl' },
];

export const DEFAULT_LANGUAGE = 'en';

/**
 * Pseudo-locales for translators and developers (src/i18n/pseudo.ts), made from English: accented, 40 % longer, in
 * brackets. en-XA is left to right; ar-XB is right to left (mirrored layout, text shown in right-to-left order), to
 * find layout that breaks in Arabic and Farsi before their translations change. Not in LANGUAGES, so never in the
 * language picker: opened with ?lang=en-XA / ?lang=ar-XB or from translator mode.
 */
export const PSEUDO_LANGUAGES: Readonly<Record<string, 'ltr' | 'rtl'>> = { 'en-XA': 'ltr', 'ar-XB': 'rtl' };

export const isPseudoLanguage = (code: string): boolean => Object.hasOwn(PSEUDO_LANGUAGES, code);

/** Whether `code` shows the directory's own English text (English, and the pseudo-locales made from it): no data translations. */
export const readsDataInEnglish = (code: string): boolean => code === DEFAULT_LANGUAGE || isPseudoLanguage(code);

const BY_CODE = new Map(LANGUAGES.map((l) => [l.code.toLowerCase(), l]));

/** Browser tags that name one of our locales differently (BCP 47 aliases and region-implied scripts). */
const ALIASES: Record<string, string> = {
  fil: 'tl',
  'zh-cn': 'zh-Hans',
  'zh-sg': 'zh-Hans',
  'zh-my': 'zh-Hans',
  zh: 'zh-Hans',
  'zh-tw': 'zh-Hant',
  'zh-hk': 'zh-Hant',
  'zh-mo': 'zh-Hant',
  pes: 'fa',
  'fa-ir': 'fa',
  'fa-af': 'fa',
};

/** Maps any BCP 47 tag the browser reports to one of our locale codes, or undefined. */
export function matchLanguage(tag: string): string | undefined {
  const lower = tag.trim().toLowerCase();
  if (!lower) return undefined;
  const exact = BY_CODE.get(lower) ?? BY_CODE.get(ALIASES[lower]?.toLowerCase() ?? '');
  if (exact) return exact.code;
  const parts = lower.split('-');
  // zh-Hant-TW, zh-Hans-CN: the script subtag decides.
  if (parts[0] === 'zh' && parts[1] && (parts[1] === 'hant' || parts[1] === 'hans')) {
    return parts[1] === 'hant' ? 'zh-Hant' : 'zh-Hans';
  }
  const regional = ALIASES[`${parts[0]}-${parts[1] ?? ''}`];
  if (regional) return regional;
  return BY_CODE.get(parts[0] ?? '')?.code ?? (ALIASES[parts[0] ?? ''] || undefined);
}

/** The first of the user's preferred languages that the app has, else English. */
export function pickLanguage(preferred: readonly string[]): string {
  for (const tag of preferred) {
    const hit = matchLanguage(tag);
    if (hit) return hit;
  }
  return DEFAULT_LANGUAGE;
}

export function languageInfo(code: string): LanguageInfo | undefined {
  return BY_CODE.get(code.toLowerCase());
}

export function directionOf(code: string): 'ltr' | 'rtl' {
  return languageInfo(code)?.dir ?? (isPseudoLanguage(code) ? PSEUDO_LANGUAGES[code]! : 'ltr');
}
