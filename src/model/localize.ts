/**
 * Picks the text to show for one field of one record in the reader's language: the translation when there is a
 * current one, else the English with a reason. Pure: the screens call it with the stored translation payload.
 */
import type { LocalePayload } from './payload.ts';

export interface LocalText {
  readonly text: string;
  /** The language the text is really in (for the `lang` attribute). */
  readonly lang: string;
  /** Shown translated by a machine, not yet reviewed by a person. */
  readonly machine: boolean;
  /** A translation exists but the English changed since: English is shown instead. */
  readonly stale: boolean;
}

export function localText(
  id: string,
  field: string,
  english: string,
  locale: string,
  translations: LocalePayload | undefined,
): LocalText {
  const entry = translations?.locale === locale ? translations.entries[id]?.[field] : undefined;
  if (entry) return { text: entry.text, lang: locale, machine: entry.status === 'machine', stale: false };
  const stale = !!translations && translations.locale === locale && !!translations.stale[id]?.includes(field);
  return { text: english, lang: 'en', machine: false, stale };
}
