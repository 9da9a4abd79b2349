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

export const EMPTY_DIRECTORY: Directory = { services: [], organizations: [], locations: [], taxonomy: [] };

export async function listServices(): Promise<Service[]> {
  const services = await withDirectoryDB((db) => db.getAll('services'));
  return services.sort((a, b) => a.name.localeCompare(b.name));
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
    return { services: services.sort((a, b) => a.name.localeCompare(b.name)), organizations, locations, taxonomy };
  });
}

/** Data translations stored on this device that match the stored dataset (all languages the person kept). */
export function currentTranslations(): Promise<LocalePayload[]> {
  return withDirectoryDB(async (db) => {
    const [active, payloads] = await Promise.all([db.get('meta', 'dataset'), db.getAll('locales')]);
    return active ? payloads.filter((p) => p.version === active.info.version) : [];
  });
}
