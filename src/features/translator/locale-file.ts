/**
 * The translator's strings as i18next JSON v4 files, and the checks a new text gets before it is shown. Pure, so
 * the unit tests cover what the export contains.
 */

/** "a.b.c" → text, from a nested i18next resource object. */
export function flattenStrings(value: unknown, prefix = '', out: Record<string, string> = {}): Record<string, string> {
  if (typeof value === 'string') out[prefix] = value;
  else if (value && typeof value === 'object' && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value)) flattenStrings(v, prefix ? `${prefix}.${k}` : k, out);
  }
  return out;
}

/**
 * Nested i18next JSON v4 of `strings`, keys in the order of `order` (the locale file's own order, so a reviewer
 * can compare it line by line), then any others in the order given.
 */
export function nestStrings(strings: Readonly<Record<string, string>>, order: readonly string[]): Record<string, unknown> {
  const rank = new Map(order.map((k, i) => [k, i]));
  const keys = Object.keys(strings).sort((a, b) => (rank.get(a) ?? Infinity) - (rank.get(b) ?? Infinity));
  const root: Record<string, unknown> = {};
  for (const key of keys) {
    const parts = key.split('.');
    let node = root;
    for (const part of parts.slice(0, -1)) {
      const next = node[part];
      node = (next && typeof next === 'object' ? next : (node[part] = {})) as Record<string, unknown>;
    }
    node[parts.at(-1)!] = strings[key];
  }
  return root;
}

/** The file a translator downloads: 2-space JSON with a final newline, like the files in locales/. */
export function localeFileText(strings: Readonly<Record<string, string>>, order: readonly string[]): string {
  return `${JSON.stringify(nestStrings(strings, order), null, 2)}\n`;
}

const PLACEHOLDER = /\{\{\s*-?\s*([\w.]+)(?:\s*,[^}]*)?\s*\}\}/g;
const placeholders = (s: string) => [...s.matchAll(PLACEHOLDER)].map((m) => m[1]!).sort();

/** What `npm run locales:check` would reject in this text: placeholders that differ from English, markup. */
export function textProblems(key: string, text: string, english: string | undefined): { placeholders?: string[]; markup?: true } {
  const problems: { placeholders?: string[]; markup?: true } = {};
  if (english !== undefined) {
    const want = placeholders(english);
    // Like locales:check: the "zero", "one" and "two" plural forms may spell the number out.
    const spelledOut = want.includes('count') && /_(zero|one|two)$/.test(key) && !text.includes('{{count');
    const got = placeholders(spelledOut ? `${text}{{count}}` : text);
    const stray = /\{\{|\}\}/.test(text.replace(PLACEHOLDER, ''));
    if (stray || want.join() !== got.join()) problems.placeholders = want.map((p) => `{{${p}}}`);
  }
  if (/<\s*\/?\s*[a-z!][^>]*>/i.test(text)) problems.markup = true;
  return problems;
}
