/**
 * Getting the directory onto the device: fetch the data manifest, download the payload, check its hash and
 * schema, then replace the stored dataset in one readwrite transaction (all or nothing). Nothing that is not
 * IndexedDB is awaited inside the transaction.
 */
import type { BasePayload, DataManifest, LocalePayload, PayloadFile } from '../model/payload.ts';
import { withDirectoryDB, type ActiveDataset, type DirectoryDatabase } from './db.ts';
import { DatasetError, StorageFullError, activeDataset, isQuotaError, storedTranslations } from './dataset-core.ts';

export { DatasetError, STALE_AFTER_DAYS, StorageFullError, activeDataset, isQuotaError, isStale, storedTranslations } from './dataset-core.ts';

export const MANIFEST_URL = '/data/manifest.json';

async function sha256Hex(buffer: ArrayBuffer): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', buffer);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

async function fetchOk(url: string, init?: RequestInit): Promise<Response> {
  const response = await fetch(url, init);
  if (!response.ok) throw new DatasetError(`${url}: the server answered ${response.status}`);
  return response;
}

/** The parser and the schema checks: a lazy chunk, fetched alongside the data (not before it). */
const checkers = () => Promise.all([import('../model/json.ts'), import('./validate.ts')]);

export async function fetchManifest(): Promise<DataManifest> {
  const [[{ parseJson }, { validate }], response] = await Promise.all([checkers(), fetchOk(MANIFEST_URL, { cache: 'no-store' })]);
  return validate('manifest', parseJson(await response.text(), MANIFEST_URL).value);
}

export interface DownloadOptions {
  readonly signal?: AbortSignal;
  /** Bytes received so far and the total the manifest announced. */
  readonly onProgress?: (received: number, total: number) => void;
}

/** Reads a response body chunk by chunk, so a progress bar can show real bytes and a cancel stops the transfer. */
async function readBody(response: Response, total: number, onProgress?: DownloadOptions['onProgress']): Promise<ArrayBuffer> {
  if (!response.body || !onProgress) return response.arrayBuffer();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  onProgress(0, total);
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    received += value.byteLength;
    onProgress(received, Math.max(total, received));
  }
  const out = new Uint8Array(received);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out.buffer;
}

/** Downloads a payload the manifest lists, checks its SHA-256 and its schema. Nothing is stored yet. */
async function downloadVerified<K extends 'base' | 'locale'>(file: PayloadFile, kind: K, options: DownloadOptions = {}) {
  const [[{ parseJson }, { validate }], buffer] = await Promise.all([
    checkers(),
    fetchOk(file.url, { signal: options.signal }).then((response) => readBody(response, file.bytes, options.onProgress)),
  ]);
  if ((await sha256Hex(buffer)) !== file.sha256) {
    throw new DatasetError(`${file.url}: the download does not match the manifest (damaged or incomplete)`);
  }
  return validate(kind, parseJson(new TextDecoder().decode(buffer), file.url).value);
}

export const downloadBase = (manifest: DataManifest): Promise<BasePayload> => downloadVerified(manifest.base, 'base');

/** Replaces the whole stored dataset in one transaction: readers see the old data or the new, never a mix. */
export function swapActiveDataset(payload: BasePayload, sha256: string): Promise<ActiveDataset> {
  return withDirectoryDB((db) => writeDataset(db, payload, sha256));
}

async function writeDataset(db: DirectoryDatabase, payload: BasePayload, sha256: string): Promise<ActiveDataset> {
  const active: ActiveDataset = { info: payload.dataset, storedAt: new Date().toISOString(), sha256 };
  const tx = db.transaction(['services', 'organizations', 'locations', 'taxonomy', 'meta'], 'readwrite');
  const writes: Promise<unknown>[] = [];
  try {
    for (const name of ['services', 'organizations', 'locations', 'taxonomy'] as const) writes.push(tx.objectStore(name).clear());
    for (const s of payload.services) writes.push(tx.objectStore('services').put(s));
    for (const o of payload.organizations) writes.push(tx.objectStore('organizations').put(o));
    for (const l of payload.locations) writes.push(tx.objectStore('locations').put(l));
    for (const term of payload.taxonomy) writes.push(tx.objectStore('taxonomy').put(term));
    writes.push(tx.objectStore('meta').put(active, 'dataset'));
  } catch (error) {
    // A request that throws synchronously (e.g. DataError: a record with no key) does not abort the
    // transaction by itself: the clear() and puts already queued would commit. Abort so nothing changes. If
    // the transaction was already aborted (that is why a put threw), abort() throws InvalidStateError, which must
    // not hide the real error (it would read as a closed connection and be retried).
    try {
      tx.abort();
    } catch {
      // already aborted or finished
    }
    await Promise.allSettled([...writes, tx.done]);
    throw error;
  }
  await Promise.all([...writes, tx.done]);
  return active;
}

/** When IndexedDB cannot be used: the directory from the network, kept only in memory for this visit. */
export async function loadWithoutStorage(): Promise<BasePayload> {
  return downloadBase(await fetchManifest());
}

/**
 * Makes sure the data translations for `locale` match the stored dataset: downloads them when missing or
 * older. English needs none. Offline, keeps whatever is stored.
 */
export async function ensureTranslations(locale: string, manifest?: DataManifest): Promise<LocalePayload | undefined> {
  if (locale === 'en') return undefined;
  const current = await storedTranslations(locale);
  if (current) return current;
  try {
    return await downloadTranslations(locale, {}, manifest);
  } catch {
    return undefined; // offline or no translation: the app shows English and says so
  }
}

/** Downloads one locale's data translations for the stored dataset version and keeps them offline. */
export async function downloadTranslations(locale: string, options: DownloadOptions = {}, manifest?: DataManifest): Promise<LocalePayload> {
  const active = await activeDataset();
  if (!active) throw new DatasetError('the directory is not saved on this device yet');
  const known = manifest ?? (await fetchManifest());
  const file = known.locales[locale];
  if (!file) throw new DatasetError(`no translations of the directory into "${locale}"`);
  if (known.version !== active.info.version) throw new DatasetError('the directory is being updated; try again in a moment');
  const payload = await downloadVerified(file, 'locale', options);
  try {
    await withDirectoryDB((db) => db.put('locales', { ...payload, sha256: file.sha256 }));
  } catch (error) {
    if (isQuotaError(error)) throw new StorageFullError('not enough storage space on this device for this language');
    throw error;
  }
  return payload;
}

/** Locales whose data translations are kept on this device (current or waiting for a refresh). */
export async function keptLocales(): Promise<string[]> {
  return (await withDirectoryDB((db) => db.getAllKeys('locales'))).map(String);
}

export async function removeTranslations(locale: string): Promise<void> {
  await withDirectoryDB((db) => db.delete('locales', locale));
}

/**
 * Makes sure a dataset is stored: on first run (or after the browser evicted the data) downloads it; when online
 * and the manifest names a newer version, replaces it. Returns what is stored now.
 */
export async function ensureDataset(): Promise<{ active: ActiveDataset | undefined; updated: boolean; manifest?: DataManifest; firstSave?: boolean }> {
  const current = await activeDataset();
  let manifest: DataManifest;
  try {
    manifest = await fetchManifest();
  } catch (error) {
    // Offline (fetch fails with a TypeError): keep what we have, quietly. A broken or refused manifest is
    // reported (the caller keeps the stored directory and says it could not be updated).
    if (current && error instanceof TypeError) return { active: current, updated: false };
    throw error;
  }
  if (current && current.info.version === manifest.version && current.sha256 === manifest.base.sha256) {
    await refreshKeptLocales(manifest);
    return { active: current, updated: false, manifest };
  }
  const payload = await downloadBase(manifest);
  let active: ActiveDataset;
  try {
    active = await swapActiveDataset(payload, manifest.base.sha256);
  } catch (error) {
    if (isQuotaError(error)) throw new StorageFullError('not enough storage space on this device for the new directory', payload);
    throw error;
  }
  // The directory is public and worth keeping offline: ask the browser not to evict it (no prompt in Chromium
  // or Safari; Firefox may ask). Only after the first successful save, never for anything user-specific.
  if (!current) void navigator.storage?.persist?.().catch(() => false);
  await refreshKeptLocales(manifest);
  return { active, updated: current !== undefined, manifest, firstSave: !current };
}

/**
 * Languages kept offline follow the manifest: a language file whose hash changed is downloaded again, the others
 * are not (nor are languages the user did not keep). A failure keeps the stored copy (the app shows English for
 * a translation that no longer matches, and says so). Returns the locales that were replaced.
 */
async function refreshKeptLocales(manifest: DataManifest): Promise<string[]> {
  const stored = await withDirectoryDB((db) => db.getAll('locales'));
  const replaced: string[] = [];
  for (const { locale, sha256 } of stored) {
    const file = manifest.locales[locale];
    if (!file || file.sha256 === sha256) continue;
    if (await downloadTranslations(locale, {}, manifest).then(() => true, () => false)) replaced.push(locale);
  }
  return replaced;
}
