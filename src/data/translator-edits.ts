/**
 * A translator's trial wording, kept on this device only (localStorage), never sent anywhere: per locale and
 * namespace, the i18n key ("search.label", "status.ready_few") and the new text. Removed by "Clear my data".
 */
import { readFlag, writeFlag } from './translator-mode.ts';

const EDITS_KEY = 'translator-edits';
const SHOW_KEYS_KEY = 'translator-show-keys';

/** locale → namespace → key → text */
export type TranslatorEdits = Record<string, Record<string, Record<string, string>>>;

const isTextMap = (v: unknown): v is Record<string, string> =>
  !!v && typeof v === 'object' && !Array.isArray(v) && Object.values(v).every((s) => typeof s === 'string');

/** The stored edits; anything unreadable (another version, hand-edited storage) is left out rather than trusted. */
export function loadEdits(): TranslatorEdits {
  let parsed: unknown;
  try {
    parsed = JSON.parse(localStorage.getItem(EDITS_KEY) ?? '{}');
  } catch {
    return {};
  }
  const edits: TranslatorEdits = {};
  if (!parsed || typeof parsed !== 'object') return edits;
  for (const [locale, namespaces] of Object.entries(parsed)) {
    if (!namespaces || typeof namespaces !== 'object') continue;
    for (const [ns, keys] of Object.entries(namespaces)) if (isTextMap(keys)) (edits[locale] ??= {})[ns] = { ...keys };
  }
  return edits;
}

/** Saves the edits; throws when storage is full or turned off, so the translator is told they are not kept. */
export function saveEdits(edits: TranslatorEdits): void {
  localStorage.setItem(EDITS_KEY, JSON.stringify(edits));
}

export const showKeysSetting = (): boolean => readFlag(SHOW_KEYS_KEY);
export const setShowKeysSetting = (on: boolean): void => writeFlag(SHOW_KEYS_KEY, on);
