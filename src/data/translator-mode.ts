/**
 * Whether translator preview mode is on, on this device (src/features/translator). Only this flag is read by the
 * first view, so the translator's code and stored edits load only when the mode is on.
 */
const MODE_KEY = 'translator-mode';

export function translatorModeOn(): boolean {
  try {
    return localStorage.getItem(MODE_KEY) === '1';
  } catch {
    return false;
  }
}

export function setTranslatorMode(on: boolean): void {
  try {
    if (on) localStorage.setItem(MODE_KEY, '1');
    else localStorage.removeItem(MODE_KEY);
  } catch {
    // Storage disabled: the mode lasts for this visit only.
  }
}
