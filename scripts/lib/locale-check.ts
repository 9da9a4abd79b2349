/**
 * Checks one locale's UI strings against English (the source): missing and extra keys, placeholders, the plural
 * forms CLDR requires for that language, HTML, and strings much longer than English. Pure over parsed JSON.
 */

export interface LocaleReport {
  readonly locale: string;
  /** Keys (plural forms counted as one) present and non-empty, out of English's. */
  readonly translated: number;
  readonly total: number;
  readonly missing: string[];
  readonly errors: string[];
  readonly warnings: string[];
}

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;
const PLACEHOLDER = /\{\{\s*-?\s*([\w.]+)(?:\s*,[^}]*)?\s*\}\}/g;

/** Flattens nested i18next JSON into "a.b.c" keys; non-string leaves are reported. */
export function flatten(value: unknown, prefix = '', out: Record<string, unknown> = {}): Record<string, unknown> {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
  } else out[prefix] = value;
  return out;
}

const placeholders = (s: string) => [...s.matchAll(PLACEHOLDER)].map((m) => m[1]!).sort();

const CLDR_ORDER = ['zero', 'one', 'two', 'few', 'many', 'other'];

/** The plural forms CLDR gives this language, in CLDR's order (zero, one, two, few, many, other). */
export function pluralCategories(locale: string): string[] {
  const categories: readonly string[] = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
  return CLDR_ORDER.filter((c) => categories.includes(c));
}

export function checkLocale(locale: string, english: unknown, translation: unknown): LocaleReport {
  const errors: string[] = [];
  const warnings: string[] = [];
  const missing: string[] = [];
  const en = flatten(english);
  const tr = flatten(translation);
  const categories = pluralCategories(locale);

  // English keys grouped: plain keys, and plural bases (key_one + key_other -> key).
  const pluralBases = new Set<string>();
  const plain: string[] = [];
  for (const key of Object.keys(en)) {
    const m = PLURAL_SUFFIX.exec(key);
    if (m) pluralBases.add(key.slice(0, -m[0].length));
    else plain.push(key);
  }

  let translated = 0;
  const expected = new Set<string>();
  const checkString = (key: string, value: unknown, source: string) => {
    if (typeof value !== 'string') {
      errors.push(`${key}: must be a string`);
      return false;
    }
    if (!value.trim()) return false;
    if (/<\s*\/?\s*[a-z!][^>]*>/i.test(value)) errors.push(`${key}: contains HTML (${JSON.stringify(value.slice(0, 60))}); translations are plain text`);
    if (/\{\{\s*-/.test(value)) errors.push(`${key}: uses unescaped {{- }} interpolation`);
    const want = placeholders(source);
    const got = placeholders(value);
    // A brace lost or added ("{{name}", "{name}}") is not a placeholder at all: i18next would print it as is.
    const stray = /\{\{|\}\}|\{\s*[\w.]+\s*\}/.exec(value.replace(PLACEHOLDER, ''));
    if (stray) {
      errors.push(`${key}: malformed placeholder near ${JSON.stringify(value.slice(Math.max(0, stray.index - 10), stray.index + 12))}; write it as in English: ${want.map((p) => `{{${p}}}`).join(' ') || '(none)'}`);
    } else if (want.join() !== got.join()) {
      errors.push(`${key}: placeholders ${got.length ? got.map((p) => `{{${p}}}`).join(' ') : '(none)'} differ from English ${want.map((p) => `{{${p}}}`).join(' ') || '(none)'}`);
    }
    if (source.length >= 12 && value.length > source.length * 2.5) {
      warnings.push(`${key}: ${value.length} characters, ${(value.length / source.length).toFixed(1)}× the English — may not fit`);
    }
    return true;
  };

  for (const key of plain) {
    expected.add(key);
    if (!(key in tr)) {
      missing.push(key);
      continue;
    }
    if (checkString(key, tr[key], String(en[key]))) translated++;
    else missing.push(key);
  }
  for (const base of pluralBases) {
    const source = String(en[`${base}_other`] ?? en[`${base}_one`] ?? '');
    let complete = true;
    for (const cat of categories) {
      const key = `${base}_${cat}`;
      expected.add(key);
      if (!(key in tr)) {
        complete = false;
        continue;
      }
      // The "one"/"zero"/"two" forms may spell the number out instead of using {{count}}.
      const value = tr[key];
      const relaxed = ['zero', 'one', 'two'].includes(cat) && typeof value === 'string' && !value.includes('{{count}}');
      if (!checkString(key, relaxed ? `${value}{{count}}` : value, source)) complete = false;
    }
    const present = categories.filter((cat) => `${base}_${cat}` in tr);
    if (present.length && !complete) errors.push(`${base}: plural forms ${categories.filter((c) => !present.includes(c)).map((c) => `_${c}`).join(', ')} missing (${locale} needs ${categories.map((c) => `_${c}`).join(', ')})`);
    if (complete) translated++;
    else if (!present.length) missing.push(base);
  }
  for (const key of Object.keys(tr)) {
    if (expected.has(key)) continue;
    const m = PLURAL_SUFFIX.exec(key);
    if (m && pluralBases.has(key.slice(0, -m[0].length))) {
      warnings.push(`${key}: ${locale} has no "${m[1]}" plural form; this key is never used`);
    } else errors.push(`${key}: not in English (renamed or removed?)`);
  }
  return { locale, translated, total: plain.length + pluralBases.size, missing, errors, warnings };
}
