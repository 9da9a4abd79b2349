/**
 * The light part of the dataset module, which the first screen needs: what is stored, how old it is, and the
 * errors. Downloading and storing (dataset.ts) is loaded only when a screen or the dataset worker needs it.
 */
import type { LocalePayload } from '../model/payload.ts';
import type { BasePayload } from '../model/payload.ts';
import { withDirectoryDB, type ActiveDataset } from './db.ts';

/** After this long since the newest check of the data, the app warns that numbers and hours may have changed. */
export const STALE_AFTER_DAYS = 183;

/** Whether data last checked on `checkedOn` (YYYY-MM-DD) is older than STALE_AFTER_DAYS at `now`. */
export function isStale(checkedOn: string, now: Date = new Date()): boolean {
  const checked = Date.parse(`${checkedOn}T00:00:00Z`);
  return Number.isFinite(checked) && now.getTime() - checked > STALE_AFTER_DAYS * 24 * 60 * 60 * 1000;
}

export class DatasetError extends Error {
  override name = 'DatasetError';
}

/** The device has no room for the new dataset. The stored one is untouched (the transaction rolled back). */
export class StorageFullError extends DatasetError {
  override name = 'StorageFullError';
  constructor(
    message: string,
    /** The directory that was downloaded but could not be kept: still usable for this visit. */
    readonly payload?: BasePayload,
  ) {
    super(message);
  }
}

/** Chromium reports a full disk as QuotaExceededError, sometimes as the inner error of an AbortError. */
export function isQuotaError(error: unknown): boolean {
  if (!(error instanceof Error || error instanceof DOMException)) return false;
  if (error.name === 'QuotaExceededError') return true;
  const inner = (error as { cause?: unknown; inner?: unknown }).cause ?? (error as { inner?: unknown }).inner;
  return inner !== undefined && isQuotaError(inner);
}

export function activeDataset(): Promise<ActiveDataset | undefined> {
  return withDirectoryDB((db) => db.get('meta', 'dataset'));
}

/** The stored translations of the data for one locale, if they belong to the stored dataset version. */
export async function storedTranslations(locale: string): Promise<LocalePayload | undefined> {
  const [active, payload] = await withDirectoryDB((db) => Promise.all([db.get('meta', 'dataset'), db.get('locales', locale)]));
  return payload && active && payload.version === active.info.version ? payload : undefined;
}
