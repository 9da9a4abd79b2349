import { useEffect, useRef, useState } from 'preact/hooks';
import { downloadTranslations, fetchManifest, keptLocales, removeTranslations } from '../../data/dataset.ts';
import type { DataManifest } from '../../model/payload.ts';
import { LANGUAGES } from '../../i18n/languages.ts';
import { t } from '../../i18n/i18n.ts';

type Progress = { locale: string; received: number; total: number };

/** Which languages of the directory are kept offline; download one with a real progress bar, cancel, remove. */
export function LanguageDownloads({ lang, onChange }: { lang: string; onChange?: () => void }) {
  const [kept, setKept] = useState<string[]>([]);
  const [manifest, setManifest] = useState<DataManifest | undefined>();
  const [offline, setOffline] = useState(false);
  const [progress, setProgress] = useState<Progress | undefined>();
  const [message, setMessage] = useState('');
  const abort = useRef<AbortController | undefined>(undefined);

  const refresh = () => keptLocales().then(setKept, () => setKept([]));
  useEffect(() => {
    void refresh();
    fetchManifest().then(setManifest, () => setOffline(true));
    return () => abort.current?.abort();
  }, []);

  const kb = (bytes: number) => new Intl.NumberFormat(lang, { maximumFractionDigits: 0 }).format(Math.ceil(bytes / 1024));

  const download = async (locale: string, name: string) => {
    const controller = new AbortController();
    abort.current = controller;
    setMessage('');
    try {
      await downloadTranslations(locale, {
        signal: controller.signal,
        onProgress: (received, total) => setProgress({ locale, received, total }),
      }, manifest);
      setMessage(t('languages.saved', { language: name }));
      onChange?.();
    } catch (error) {
      setMessage(controller.signal.aborted ? t('languages.cancelled', { language: name }) : t('languages.failed', { language: name }));
    } finally {
      abort.current = undefined;
      setProgress(undefined);
      void refresh();
    }
  };

  return (
    <section class="language-downloads" aria-labelledby="offline-languages">
      <h3 id="offline-languages">{t('languages.title')}</h3>
      <p>{t('languages.intro')}</p>
      {offline && <p>{t('languages.offline')}</p>}
      <ul class="language-downloads__list">
        {LANGUAGES.filter((l) => l.code !== 'en').map((l) => {
          const file = manifest?.locales[l.code];
          const saved = kept.includes(l.code);
          const busy = progress?.locale === l.code;
          return (
            <li key={l.code}>
              <span lang={l.code} dir={l.dir} class="language-downloads__name">
                {l.name}
              </span>{' '}
              <span class="language-downloads__state">
                {saved ? t('languages.isSaved') : file ? t('languages.size', { size: kb(file.bytes) }) : ''}
              </span>
              {busy ? (
                <>
                  <progress
                    max={progress.total}
                    value={progress.received}
                    aria-label={t('languages.progress', { language: l.name, received: kb(progress.received), total: kb(progress.total) })}
                  />
                  <span aria-hidden="true"> {t('languages.progressShort', { received: kb(progress.received), total: kb(progress.total) })}</span>
                  <button type="button" class="button" onClick={() => abort.current?.abort()}>
                    {t('languages.cancel')}
                  </button>
                </>
              ) : saved ? (
                <button
                  type="button"
                  class="button"
                  aria-label={t('languages.removeNamed', { language: l.name })}
                  onClick={async () => {
                    await removeTranslations(l.code);
                    await refresh();
                    onChange?.();
                  }}
                >
                  {t('languages.remove')}
                </button>
              ) : (
                <button
                  type="button"
                  class="button"
                  disabled={!file || !!progress}
                  aria-label={t('languages.downloadNamed', { language: l.name })}
                  onClick={() => void download(l.code, l.name)}
                >
                  {t('languages.download')}
                </button>
              )}
            </li>
          );
        })}
      </ul>
      <p role="status">{message}</p>
    </section>
  );
}
