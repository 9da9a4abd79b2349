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

/** One collator for every sort by name (String#localeCompare may set one up per call: slow on a phone). */
let byName: Intl.Collator['compare'] | undefined;
/** Services in the order of their English names. */
export function sortByName<T extends { readonly name: string }>(records: T[]): T[] {
  const compare = (byName ??= new Intl.Collator('en').compare);
  return records.sort((a, b) => compare(a.name, b.name));
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
