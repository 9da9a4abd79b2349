/**
 * Shows a translator's edits in the running app: each edited string replaces the loaded one in i18next's store
 * (addResource), so every screen shows it on its next render; the loaded text is kept to put back on undo or when
 * the mode closes. Edits of a language not loaded yet are applied when it loads: adding them earlier would make
 * i18next think the language is loaded and never fetch its file.
 */
import i18next from 'i18next';
import { setKeyDisplay } from '../../i18n/i18n.ts';
import type { TranslatorEdits } from '../../data/translator-edits.ts';

const originals = new Map<string, string | undefined>();
const id = (lng: string, ns: string, key: string) => `${lng}\u0000${ns}\u0000${key}`;

/** Puts `text` in place of the loaded string, remembering the loaded one the first time. */
export function previewText(lng: string, ns: string, key: string, text: string): void {
  const at = id(lng, ns, key);
  if (!originals.has(at)) originals.set(at, i18next.getResource(lng, ns, key) as string | undefined);
  i18next.addResource(lng, ns, key, text, { silent: true });
}

/** Puts the loaded string back. */
export function restoreText(lng: string, ns: string, key: string): void {
  const at = id(lng, ns, key);
  if (!originals.has(at)) return;
  const original = originals.get(at);
  if (original === undefined) {
    // A string the locale did not have (a plural form, a missing key): remove it, so the fallback shows again.
    const path = key.split('.');
    let node = i18next.store.data[lng]?.[ns] as Record<string, unknown> | undefined;
    for (const part of path.slice(0, -1)) node = node?.[part] as Record<string, unknown> | undefined;
    if (node) delete node[path.at(-1)!];
  } else i18next.addResource(lng, ns, key, original, { silent: true });
  originals.delete(at);
}

/** Applies every stored edit whose language and namespace are loaded. */
export function previewLoaded(edits: TranslatorEdits): void {
  for (const [lng, namespaces] of Object.entries(edits)) {
    for (const [ns, keys] of Object.entries(namespaces)) {
      if (!i18next.hasResourceBundle(lng, ns)) continue;
      for (const [key, text] of Object.entries(keys)) previewText(lng, ns, key, text);
    }
  }
}

/** Every loaded string back as it was, and keys hidden: the app as residents see it. */
export function endPreview(): void {
  for (const at of [...originals.keys()]) {
    const [lng, ns, key] = at.split('\u0000') as [string, string, string];
    restoreText(lng, ns, key);
  }
  setKeyDisplay(undefined);
}

/** "text ⟦key⟧": which key to edit for a text on the screen. The brackets are not used by any of the 13 scripts. */
export function showKeys(on: boolean): void {
  setKeyDisplay(on ? (text, key) => `${text} ⟦${key}⟧` : undefined);
}
