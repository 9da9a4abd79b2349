/** Reads for the screens. */
import type { Location, Organization, Service, TaxonomyTerm } from '../model/hsds.ts';
import type { LocalePayload } from '../model/payload.ts';
import { withDirectoryDB } from './db.ts';

/** Everything a screen or the search index needs from the stored dataset. */
export interface Directory {
  readonly services: readonly Service[];
  readonly organizations: readonly Organization[];
  readonly locations: readonly Location[];
  readonly taxonomy: readonly TaxonomyTerm[];
}

/**
 * The key a name sorts by: lower case, accents taken off. Not Intl.Collator: setting one up loads the collation
 * tables, a ~40 ms task on a phone in the middle of the first screen; for names this gives the collator's order
 * (test/unit/queries.test.ts checks it against Intl.Collator('en') on the whole dataset).
 */
export function nameSortKey(name: string): string {
  // ASCII names (nearly all) skip the normalization.
  const plain = /^[\x00-\x7f]*$/.test(name) ? name : name.normalize('NFD').replace(/\p{M}/gu, '');
  return plain.toLowerCase();
}

const order = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);

/** Services in the order of their English names (same key: by the name as written). */
export function sortByName<T extends { readonly name: string }>(records: T[]): T[] {
  return records.sort((a, b) => order(nameSortKey(a.name), nameSortKey(b.name)) || order(a.name, b.name));
}

export const EMPTY_DIRECTORY: Directory = { services: [], organizations: [], locations: [], taxonomy: [] };

export async function listServices(): Promise<Service[]> {
  const services = await withDirectoryDB((db) => db.getAll('services'));
  return sortByName(services);
}

export function loadDirectory(): Promise<Directory> {
  return withDirectoryDB(async (db) => {
    const tx = db.transaction(['services', 'organizations', 'locations', 'taxonomy']);
    const [services, organizations, locations, taxonomy] = await Promise.all([
      tx.objectStore('services').getAll(),
      tx.objectStore('organizations').getAll(),
      tx.objectStore('locations').getAll(),
      tx.objectStore('taxonomy').getAll(),
    ]);
    return { services: sortByName(services), organizations, locations, taxonomy };
  });
}

/** Data translations stored on this device that match the stored dataset (all languages the person kept). */
export function currentTranslations(): Promise<LocalePayload[]> {
  return withDirectoryDB(async (db) => {
    const [active, payloads] = await Promise.all([db.get('meta', 'dataset'), db.getAll('locales')]);
    return active ? payloads.filter((p) => p.version === active.info.version) : [];
  });
}
