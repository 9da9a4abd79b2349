import { useEffect, useState } from 'preact/hooks';
import { clearAllData, storageReport, type StorageReport } from '../../data/storage.ts';
import { languageInfo } from '../../i18n/languages.ts';
import { t } from '../../i18n/i18n.ts';
import { LanguageDownloads } from './LanguageDownloads.tsx';
import { formatDate } from '../../i18n/format.ts';

/** "Storage and data": what is kept on this device, and a way to remove all of it. Loaded only when opened. */
export default function StoragePanel({ lang }: { lang: string }) {
  const [report, setReport] = useState<StorageReport | undefined>();
  const [state, setState] = useState<'idle' | 'confirm' | 'clearing' | 'cleared'>('idle');

  useEffect(() => {
    void storageReport().then(setReport, () => setReport({ locales: [] }));
  }, []);

  const size = (bytes?: number) =>
    bytes === undefined ? t('storage.unknown') : new Intl.NumberFormat(lang, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 }).format(bytes / 1_000_000);
  const date = (iso?: string) =>
    iso ? formatDate(iso, lang) : t('storage.unknown');

  if (state === 'cleared') return <p role="status">{t('storage.cleared')}</p>;
  return (
    <div class="storage-panel">
      <dl>
        <dt>{t('storage.version')}</dt>
        <dd>
          <bdi dir="ltr">{report?.dataset?.info.version ?? t('storage.unknown')}</bdi>
        </dd>
        <dt>{t('storage.checked')}</dt>
        <dd>{date(report?.dataset?.info.date)}</dd>
        <dt>{t('storage.used')}</dt>
        <dd>{size(report?.usageBytes)}</dd>
        <dt>{t('storage.languages')}</dt>
        <dd>
          {['en', ...(report?.locales ?? [])].map((code, i) => (
            <span key={code} lang={code}>
              {i ? ', ' : ''}
              {languageInfo(code)?.name ?? code}
            </span>
          ))}
        </dd>
      </dl>
      <LanguageDownloads lang={lang} onChange={() => void storageReport().then(setReport)} />
      {state === 'confirm' ? (
        <div role="group" aria-label={t('storage.clear')}>
          <p>{t('storage.confirm')}</p>
          <button
            type="button"
            class="button button--primary"
            onClick={async () => {
              setState('clearing');
              await clearAllData();
              setState('cleared');
            }}
          >
            {t('storage.clearYes')}
          </button>{' '}
          <button type="button" class="button" onClick={() => setState('idle')}>
            {t('storage.cancel')}
          </button>
        </div>
      ) : (
        <button type="button" class="button" disabled={state === 'clearing'} onClick={() => setState('confirm')}>
          {t('storage.clear')}
        </button>
      )}
    </div>
  );
}
