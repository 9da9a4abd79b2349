/** Saved services ("favorites"): on this device only, never sent anywhere; removed by "Clear my data". */
import { withDirectoryDB, type Favorite } from './db.ts';

export async function listFavorites(): Promise<Favorite[]> {
  const all = await withDirectoryDB((db) => db.getAll('favorites'));
  return all.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
}

export async function isFavorite(serviceId: string): Promise<boolean> {
  return (await withDirectoryDB((db) => db.getKey('favorites', serviceId))) !== undefined;
}

export async function saveFavorite(serviceId: string): Promise<void> {
  await withDirectoryDB((db) => db.put('favorites', { serviceId, savedAt: new Date().toISOString() }));
}

export async function removeFavorite(serviceId: string): Promise<void> {
  await withDirectoryDB((db) => db.delete('favorites', serviceId));
}
