import { useEffect, useState } from 'preact/hooks';
import { isFavorite, removeFavorite, saveFavorite } from '../../data/favorites.ts';
import { t } from '../../i18n/i18n.ts';

/** "Save" on a service page: a toggle (aria-pressed). Saving is the opt-in; nothing is kept until the person taps. */
export function SaveButton(props: { serviceId: string }) {
  const [saved, setSaved] = useState<boolean | undefined>();
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    isFavorite(props.serviceId).then(setSaved, () => setSaved(undefined));
  }, [props.serviceId]);
  if (saved === undefined && !failed) return null; // storage unavailable: no saving offered
  const toggle = async () => {
    try {
      if (saved) await removeFavorite(props.serviceId);
      else await saveFavorite(props.serviceId);
      setSaved(!saved);
      setFailed(false);
    } catch {
      setFailed(true);
    }
  };
  return (
    <p class="save">
      <button type="button" class="button" aria-pressed={saved ? 'true' : 'false'} onClick={() => void toggle()}>
        {saved ? t('favorites.saved') : t('favorites.save')}
      </button>{' '}
      <span class="save__note" role="status">
        {failed ? t('favorites.failed') : saved ? t('favorites.note') : ''}
      </span>
    </p>
  );
}
