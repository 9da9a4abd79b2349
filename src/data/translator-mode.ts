/**
 * Whether translator preview mode is on, on this device (src/features/translator). Only this flag is read by the
 * first view, so the translator's code and stored edits load only when the mode is on.
 */
const MODE_KEY = 'translator-mode';

/** A yes/no setting kept in localStorage; with storage disabled it reads "no" and a change lasts for this visit. */
export function readFlag(key: string): boolean {
  try {
    return localStorage.getItem(key) === '1';
  } catch {
    return false;
  }
}

export function writeFlag(key: string, on: boolean): void {
  try {
    if (on) localStorage.setItem(key, '1');
    else localStorage.removeItem(key);
  } catch {
    // Storage disabled: the setting lasts for this visit only.
  }
}

export const translatorModeOn = (): boolean => readFlag(MODE_KEY);
export const setTranslatorMode = (on: boolean): void => writeFlag(MODE_KEY, on);
