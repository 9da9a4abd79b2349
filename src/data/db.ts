/**
 * The IndexedDB schema: the only place that opens the database. Typed once (DBSchema); migrations are
 * cumulative `if (oldVersion < N)` steps, so a database made by any earlier version reaches this one.
 */
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { Location, Organization, Service, TaxonomyTerm } from '../model/hsds.ts';
import type { DatasetInfo, LocalePayload } from '../model/payload.ts';

export const DB_NAME = 'la-directory';

/** A locale's data translations as kept offline, with the hash of the file they came from (absent before v0.2). */
export type StoredLocale = LocalePayload & { sha256?: string };

export interface ActiveDataset {
  readonly info: DatasetInfo;
  /** When this device stored it (ISO date-time). */
  readonly storedAt: string;
  /** sha256 of the base payload, as the manifest listed it. */
  readonly sha256: string;
}

export interface DirectoryDB extends DBSchema {
  services: { key: string; value: Service };
  organizations: { key: string; value: Organization };
  locations: { key: string; value: Location };
  taxonomy: { key: string; value: TaxonomyTerm };
  /** One translation payload per stored locale. */
  locales: { key: string; value: StoredLocale };
  meta: { key: 'dataset'; value: ActiveDataset };
  /** Services the person chose to keep ("Save"), on this device only. Since version 2. */
  favorites: { key: string; value: Favorite };
}

export interface Favorite {
  readonly serviceId: string;
  /** ISO date-time of the tap, for the order of the list. */
  readonly savedAt: string;
}

type UpgradeTransaction = IDBPTransaction<DirectoryDB, StoreNames<DirectoryDB>[], 'versionchange'>;

/**
 * The schema's history: migration N takes a database from version N-1 to N. Append only — never edit one that has
 * shipped, because browsers hold databases made by every earlier version (test/e2e/migrations.spec.ts opens them).
 */
export const MIGRATIONS: ReadonlyArray<(db: IDBPDatabase<DirectoryDB>, tx: UpgradeTransaction) => void> = [
  // 1: the directory, its translations, and which dataset is active.
  (db) => {
    db.createObjectStore('services', { keyPath: 'id' });
    db.createObjectStore('organizations', { keyPath: 'id' });
    db.createObjectStore('locations', { keyPath: 'id' });
    db.createObjectStore('taxonomy', { keyPath: 'id' });
    db.createObjectStore('locales', { keyPath: 'locale' });
    db.createObjectStore('meta');
  },
  // 2: favorites, kept apart from the directory so a dataset swap never touches them.
  (db) => {
    db.createObjectStore('favorites', { keyPath: 'serviceId' });
  },
];

export const DB_VERSION = MIGRATIONS.length;

export type DirectoryDatabase = IDBPDatabase<DirectoryDB>;

let connection: Promise<DirectoryDatabase> | undefined;
/** The open connection itself, once `connection` resolved (to close it synchronously). */
let opened: DirectoryDatabase | undefined;

type BlockedListener = (blocked: boolean) => void;
const blockedListeners = new Set<BlockedListener>();

/** Called with true when another tab's older version keeps this one from opening the database, false when it opens. */
export function onUpgradeBlocked(listener: BlockedListener): () => void {
  blockedListeners.add(listener);
  return () => blockedListeners.delete(listener);
}

export function openDirectoryDB(): Promise<DirectoryDatabase> {
  connection ??= openDB<DirectoryDB>(DB_NAME, DB_VERSION, {
    upgrade(db, oldVersion, _newVersion, tx) {
      for (let version = oldVersion + 1; version <= DB_VERSION; version++) MIGRATIONS[version - 1]!(db, tx);
    },
    blocked() {
      // An older version of the app in another tab still holds the database open.
      for (const listener of blockedListeners) listener(true);
    },
    blocking() {
      // A newer version of the app (another tab) wants to upgrade: let it, at once (closing later, after the
      // event, would make the other tab wait and see "blocked" first).
      opened?.close();
      opened = undefined;
      connection = undefined;
    },
    terminated() {
      // The browser closed the connection (iOS backgrounding, storage pressure): reopen on next use.
      opened = undefined;
      connection = undefined;
    },
  }).then(
    (db) => {
      opened = db;
      for (const listener of blockedListeners) listener(false);
      return db;
    },
    (error: unknown) => {
      connection = undefined;
      throw error;
    },
  );
  return connection;
}

/** iOS and storage pressure can close a connection under the app: then a request fails with InvalidStateError. */
function isInvalidState(error: unknown): boolean {
  return (error as { name?: string } | null)?.name === 'InvalidStateError';
}

/**
 * Whether `error` came from a connection the browser closed. InvalidStateError alone does not say so: an aborted
 * transaction throws it too, and retrying that would write what was meant to be cancelled. Ask the connection.
 */
function isClosedConnection(error: unknown, db: DirectoryDatabase): boolean {
  if (!isInvalidState(error)) return false;
  try {
    db.transaction('meta').abort();
    return false;
  } catch (probe) {
    return isInvalidState(probe);
  }
}

/**
 * Runs `operation` with the database; if the browser closed the connection under it ("The database connection is
 * closing"), opens a new one and runs it once more. Operations are whole transactions, so a retry never half-applies.
 */
export async function withDirectoryDB<T>(operation: (db: DirectoryDatabase) => Promise<T>): Promise<T> {
  const db = await openDirectoryDB();
  try {
    return await operation(db);
  } catch (error) {
    if (!isClosedConnection(error, db)) throw error;
    if (connection && (await connection.catch(() => undefined)) === db) {
      connection = undefined;
      opened = undefined;
    }
    return operation(await openDirectoryDB());
  }
}

/** Closes the connection (before deleting the database). */
export async function closeDirectoryDB(): Promise<void> {
  const open = connection;
  connection = undefined;
  opened = undefined;
  if (open) (await open.catch(() => undefined))?.close();
}

/** Whether this browser lets the app store anything (private modes and settings can forbid IndexedDB). */
export async function storageWorks(): Promise<boolean> {
  try {
    await openDirectoryDB();
    return true;
  } catch {
    return false;
  }
}

/** For tests: forget the cached connection (fake-indexeddb is replaced between tests). */
export function resetConnectionForTests(): void {
  connection = undefined;
  opened = undefined;
}
