/**
 * Kiosk (event) mode: one device at a table, many visitors. Switched on by an outreach worker with a PIN; after some
 * minutes without a touch the app returns to the start in the worker's language, so the next visitor sees nothing
 * of the last one (the search is in the address, and in kiosk mode no screen adds a Back step).
 *
 * The PIN is kept only as a salted SHA-256 hash in this browser's storage. It stops a visitor from leaving kiosk
 * mode by accident or curiosity; it is not protection against someone who can open the browser's developer tools.
 */
export interface KioskSettings {
  readonly salt: string;
  readonly pinHash: string;
  /** Minutes without a touch before the app starts over. */
  readonly minutes: number;
  /** The language the app returns to. */
  readonly lang: string;
}

const STORAGE_KEY = 'kiosk';
export const DEFAULT_MINUTES = 2;
export const MIN_MINUTES = 1;
export const MAX_MINUTES = 30;
export const PIN_PATTERN = /^\d{4,8}$/;

export function kioskSettings(): KioskSettings | undefined {
  try {
    const raw = localStorage.getItem(STORAGE_KEY);
    if (!raw) return undefined;
    const value = JSON.parse(raw) as Partial<KioskSettings>;
    if (
      typeof value.salt === 'string' &&
      typeof value.pinHash === 'string' &&
      typeof value.lang === 'string' &&
      typeof value.minutes === 'number' &&
      value.minutes >= MIN_MINUTES &&
      value.minutes <= MAX_MINUTES
    ) {
      return value as KioskSettings;
    }
  } catch {
    // Storage disabled or damaged: not in kiosk mode.
  }
  return undefined;
}

async function hashPin(pin: string, salt: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(`${salt}:${pin}`));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** Turns kiosk mode on. Throws if the PIN is not 4–8 digits or the settings cannot be stored. */
export async function startKiosk(pin: string, minutes: number, lang: string): Promise<KioskSettings> {
  if (!PIN_PATTERN.test(pin)) throw new Error('PIN must be 4 to 8 digits');
  const bounded = Math.min(MAX_MINUTES, Math.max(MIN_MINUTES, Math.round(minutes) || DEFAULT_MINUTES));
  const salt = [...crypto.getRandomValues(new Uint8Array(16))].map((b) => b.toString(16).padStart(2, '0')).join('');
  const settings: KioskSettings = { salt, pinHash: await hashPin(pin, salt), minutes: bounded, lang };
  localStorage.setItem(STORAGE_KEY, JSON.stringify(settings));
  return settings;
}

/** Turns kiosk mode off if `pin` is the one it was started with. */
export async function stopKiosk(pin: string): Promise<boolean> {
  const settings = kioskSettings();
  if (!settings) return true;
  if ((await hashPin(pin, settings.salt)) !== settings.pinHash) return false;
  localStorage.removeItem(STORAGE_KEY);
  return true;
}

/** Calls `onIdle` after `ms` without a touch, click, key or scroll; again after each later quiet period. */
export function watchInactivity(ms: number, onIdle: () => void): () => void {
  let timer = setTimeout(onIdle, ms);
  const reset = () => {
    clearTimeout(timer);
    timer = setTimeout(onIdle, ms);
  };
  const events = ['pointerdown', 'keydown', 'wheel', 'touchstart', 'scroll', 'input'] as const;
  for (const type of events) window.addEventListener(type, reset, { passive: true, capture: true });
  return () => {
    clearTimeout(timer);
    for (const type of events) window.removeEventListener(type, reset, { capture: true });
  };
}
