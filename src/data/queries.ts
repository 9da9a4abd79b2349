/** Reads for the screens. */
import type { Service } from '../model/hsds.ts';
import { openDirectoryDB } from './db.ts';

export async function listServices(): Promise<Service[]> {
  const services = await (await openDirectoryDB()).getAll('services');
  return services.sort((a, b) => a.name.localeCompare(b.name));
}
