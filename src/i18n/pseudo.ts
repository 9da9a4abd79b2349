/**
 * The pseudo-locales en-XA and ar-XB, made from the English strings when they are loaded (never a committed copy,
 * so they are always complete): every letter accented, each string about 40 % longer and in brackets —
 * "[Ŝåṽḗḓ ŏŏñḗ ţŵŏ]". They show, before any translation exists, text that does not go through i18n (no brackets),
 * strings cut off or overflowing (a missing "]"), and letters a font cannot draw. ar-XB also shows its text in
 * right-to-left order (a Unicode bidi override around each run of letters; placeholders and digits stay as they are,
 * so "911" still reads 911), inside the mirrored right-to-left layout. Loaded only when someone opens the app in one.
 */
import { PSEUDO_LANGUAGES } from './languages.ts';

const ACCENTED: Record<string, string> = Object.fromEntries(
  [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((c, i) => [c, [...'åƀçḓḗƒĝĥîĵķļḿñŏƥʠŕşţŭṽŵẋẏẑÅƁÇḒḖƑĜĤÎĴĶĻḾÑŎƤɊŔŜŢŬṼŴẊẎẐ'][i]!]),
);

/** i18next interpolation, nesting and the newline must come through untouched, or the string would break. */
const KEEP = /(\{\{[^}]*\}\}|\$t\([^)]*\)|\n)/;
const PADDING = 'ŏñḗ ţŵŏ ţĥŕḗḗ ƒŏŭŕ ƒîṽḗ şîẋ şḗṽḗñ ḗîĝĥţ ñîñḗ ţḗñ';
const RIGHT_TO_LEFT_OVERRIDE = '\u202E';
const POP_DIRECTIONAL_FORMATTING = '\u202C';

/** How much longer than English the pseudo text is: many translations are 30–50 % longer than English. */
export const EXPANSION = 0.4;

export function pseudoLocalize(text: string, rtl = false): string {
  const extra = Math.ceil(text.replace(/\{\{[^}]*\}\}/g, '').length * EXPANSION);
  const padding = extra > 0 ? ` ${PADDING.repeat(Math.ceil(extra / PADDING.length)).slice(0, Math.max(extra - 1, 1)).trimEnd()}` : '';
  const letters = (part: string) => {
    const accented = [...part].map((c) => ACCENTED[c] ?? c).join('');
    if (!rtl) return accented;
    return accented
      .split(/(\d+)/)
      .map((run, i) => (i % 2 || !run ? run : `${RIGHT_TO_LEFT_OVERRIDE}${run}${POP_DIRECTIONAL_FORMATTING}`))
      .join('');
  };
  const body = `${text}${padding}`
    .split(KEEP)
    .map((part, i) => (i % 2 ? part : letters(part)))
    .join('');
  return `[${body}]`;
}

const PLURAL = /_(zero|one|two|few|many|other)$/;

/**
 * Every string of an i18next JSON v4 file, pseudo-localized for `locale`; keys stay the same. Plural forms the
 * pseudo-locale's rules ask for and English lacks (ar-XB follows Arabic: zero, two, few, many) are made from
 * English's "other", so no count ever falls back to unbracketed English.
 */
export function pseudoLocalizeResources(value: unknown, locale = 'en-XA'): unknown {
  const rtl = PSEUDO_LANGUAGES[locale] === 'rtl';
  const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
  const walk = (node: unknown): unknown => {
    if (typeof node === 'string') return pseudoLocalize(node, rtl);
    if (!node || typeof node !== 'object' || Array.isArray(node)) return node;
    const out: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(node)) {
      out[key] = walk(child);
      const base = key.endsWith('_other') ? key.replace(PLURAL, '') : undefined;
      if (base !== undefined) for (const c of categories) if (!(`${base}_${c}` in node)) out[`${base}_${c}`] = out[key];
    }
    return out;
  };
  return walk(value);
}
