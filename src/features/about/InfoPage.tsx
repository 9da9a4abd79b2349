import { t } from '../../i18n/i18n.ts';
import type { DatasetInfo } from '../../model/payload.ts';
import { formatDate } from '../../i18n/format.ts';

export interface InfoPageProps {
  readonly page: 'about' | 'safety';
  readonly dataset: DatasetInfo | undefined;
  readonly lang: string;
  /** Opens translator preview mode (not offered in kiosk mode). */
  readonly onTranslator?: () => void;
}


/** "About this directory" and "Browse safely": plain text pages, every word through i18n. */
export function InfoPage(props: InfoPageProps) {
  if (props.page === 'safety') {
    return (
      <article class="info-page">
        <h1>{t('safety.title')}</h1>
        <p>{t('safety.intro')}</p>
        <h2>{t('safety.exitTitle')}</h2>
        <p>{t('safety.exitDoes')}</p>
        <h2>{t('safety.limitsTitle')}</h2>
        <ul>
          <li>{t('safety.limitHistory')}</li>
          <li>{t('safety.limitApp')}</li>
          <li>{t('safety.limitMonitoring')}</li>
          <li>{t('safety.limitSaved')}</li>
        </ul>
        <h2>{t('safety.clearTitle')}</h2>
        <p>{t('safety.clear')}</p>
        <p>{t('safety.help')}</p>
      </article>
    );
  }
  const { dataset } = props;
  return (
    <article class="info-page">
      <h1>{t('about.title')}</h1>
      <p>{t('about.what')}</p>
      <h2>{t('about.privacyTitle')}</h2>
      <p>{t('about.privacy')}</p>
      <p>{t('about.translations')}</p>
      <p>
        <a href="/safety">{t('safety.title')}</a>
      </p>
      {props.onTranslator && (
        <>
          <h2>{t('about.translatorTitle')}</h2>
          <p>{t('about.translatorIntro')}</p>
          <p>
            <button type="button" class="button" onClick={props.onTranslator}>
              {t('about.translatorOpen')}
            </button>
          </p>
        </>
      )}
      {/* Last: the dataset's details arrive with the directory, and added above they pushed the page down. */}
      {dataset && (
        <>
          <h2>{t('about.dataTitle')}</h2>
          <p>{t('about.data', { publisher: dataset.publisher, date: formatDate(dataset.date, props.lang) })}</p>
          {dataset.license && <p>{t('about.license', { license: dataset.license })}</p>}
        </>
      )}
    </article>
  );
}

export default InfoPage;
