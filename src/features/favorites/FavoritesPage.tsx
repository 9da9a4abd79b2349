import { useEffect, useState } from 'preact/hooks';
// The result list's styles (shared with the search): this screen may be the first one opened, without the search.
import '../search/search.css';
import { directionOf } from '../../i18n/languages.ts';
import type { Favorite } from '../../data/db.ts';
import { listFavorites, removeFavorite } from '../../data/favorites.ts';
import type { Directory } from '../../data/queries.ts';
import { t } from '../../i18n/i18n.ts';
import { localText } from '../../model/localize.ts';
import type { LocalePayload } from '../../model/payload.ts';

export interface FavoritesPageProps {
  readonly directory: Directory;
  readonly translations: LocalePayload | undefined;
  readonly lang: string;
}

/** The services this person saved, from IndexedDB: works offline, shown to no one else. */
export function FavoritesPage(props: FavoritesPageProps) {
  const [favorites, setFavorites] = useState<Favorite[] | undefined>();
  useEffect(() => {
    listFavorites().then(setFavorites, () => setFavorites([]));
  }, []);
  const byId = new Map(props.directory.services.map((s) => [s.id, s]));
  return (
    <section class="favorites">
      <h1>{t('favorites.title')}</h1>
      <p class="favorites__note">{t('favorites.note')}</p>
      {favorites && !favorites.length && <p>{t('favorites.empty')}</p>}
      {!!favorites?.length && (
        <ul class="result-list">
          {favorites.map((favorite) => {
            const service = byId.get(favorite.serviceId);
            const name = service && localText(service.id, 'name', service.name, props.lang, props.translations);
            return (
              <li key={favorite.serviceId} class="result">
                {service && name ? (
                  <h2 class="result__name" lang={name.lang} dir={directionOf(name.lang)}>
                    <a href={`/service/${encodeURIComponent(service.id)}`}>{name.text}</a>
                  </h2>
                ) : (
                  <p>{t('favorites.gone')}</p>
                )}
                <button
                  type="button"
                  class="button"
                  onClick={() => void removeFavorite(favorite.serviceId).then(() => setFavorites((list) => list?.filter((f) => f !== favorite)))}
                >
                  {t('favorites.remove')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

export default FavoritesPage;
