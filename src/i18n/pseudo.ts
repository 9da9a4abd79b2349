/**
 * The pseudo-locale en-XA, made from the English strings when it is loaded (never a committed copy, so it is always
 * complete): every letter accented, each string about 40 % longer and in brackets — "[Ŝåṽḗḓ ŏŏñḗ ţŵŏ]". It shows,
 * before any translation exists, text that does not go through i18n (no brackets), strings cut off or overflowing
 * (a missing "]"), and letters a font cannot draw. Loaded only when someone opens the app in en-XA.
 */

const ACCENTED: Record<string, string> = Object.fromEntries(
  [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((c, i) => [c, [...'åƀçḓḗƒĝĥîĵķļḿñŏƥʠŕşţŭṽŵẋẏẑÅƁÇḒḖƑĜĤÎĴĶĻḾÑŎƤɊŔŜŢŬṼŴẊẎẐ'][i]!]),
);

/** i18next interpolation, nesting and the newline must come through untouched, or the string would break. */
const KEEP = /(\{\{[^}]*\}\}|\$t\([^)]*\)|\n)/;
const PADDING = 'ŏñḗ ţŵŏ ţĥŕḗḗ ƒŏŭŕ ƒîṽḗ şîẋ şḗṽḗñ ḗîĝĥţ ñîñḗ ţḗñ';

/** How much longer than English the pseudo text is: many translations are 30–50 % longer than English. */
export const EXPANSION = 0.4;

export function pseudoLocalize(text: string): string {
  const accented = text
    .split(KEEP)
    .map((part, i) => (i % 2 ? part : [...part].map((c) => ACCENTED[c] ?? c).join('')))
    .join('');
  const extra = Math.ceil(text.replace(/\{\{[^}]*\}\}/g, '').length * EXPANSION);
  const padding = extra > 0 ? ` ${PADDING.repeat(Math.ceil(extra / PADDING.length)).slice(0, Math.max(extra - 1, 1)).trimEnd()}` : '';
  return `[${accented}${padding}]`;
}

/** Every string of an i18next JSON v4 file, pseudo-localized; keys (and so plural forms) stay the same. */
export function pseudoLocalizeResources(value: unknown): unknown {
  if (typeof value === 'string') return pseudoLocalize(value);
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, pseudoLocalizeResources(v)]));
  }
  return value;
}
