import { useEffect, useState } from 'preact/hooks';
import { activeDataset, keptLocales, storedTranslations } from '../../data/dataset.ts';
import { localeFileUrl, t } from '../../i18n/i18n.ts';
import { languageInfo } from '../../i18n/languages.ts';
import { LanguageDownloads } from '../storage/LanguageDownloads.tsx';
import { readiness, type LanguageState, type Readiness } from './readiness.ts';
import { formatDate } from '../../i18n/format.ts';

/** Looks at what is really stored: the service worker's cache, IndexedDB. */
async function offlineFacts(): Promise<Readiness> {
  const cached = async (url: string | undefined) => !!url && 'caches' in self && !!(await caches.match(url, { ignoreSearch: true }).catch(() => undefined));
  const [app, active, kept] = await Promise.all([
    (async () => !!navigator.serviceWorker?.controller && (await cached('/index.html')))(),
    activeDataset().catch(() => undefined),
    keptLocales().catch(() => [] as string[]),
  ]);
  const languages: LanguageState[] = await Promise.all(
    ['en', ...kept].map(async (code) => ({
      code,
      data: code === 'en' || !!(await storedTranslations(code).catch(() => undefined)),
      ui: await cached(localeFileUrl(code, 'common')),
    })),
  );
  return readiness({ app, dataset: active?.info, languages });
}

/**
 * The event pack: the worker chooses the languages to keep for the day (the same downloads as in "Storage and
 * data") and sees whether the device is ready to work with no internet, with the directory's version and date.
 */
export function EventPack({ lang }: { lang: string }) {
  const [state, setState] = useState<Readiness | undefined>();
  const check = () => void offlineFacts().then(setState, () => setState(undefined));
  useEffect(() => {
    check();
    // On a first visit the worker takes control a moment later: check again then.
    navigator.serviceWorker?.addEventListener('controllerchange', check);
    return () => navigator.serviceWorker?.removeEventListener('controllerchange', check);
  }, []);
  const name = (code: string) => languageInfo(code)?.name ?? code;
  const date = (iso: string) => formatDate(iso, lang);

  return (
    <section aria-labelledby="pack-heading">
      <h2 id="pack-heading">{t('outreach.packTitle')}</h2>
      <p>{t('outreach.packIntro')}</p>
      <LanguageDownloads lang={lang} onChange={check} />
      <div class="readiness" role="status" aria-live="polite">
        {state && (
          <>
            <p class={`readiness__verdict readiness__verdict--${state.ready ? 'ready' : 'not-ready'}`}>
              <strong>{state.ready ? t('outreach.ready') : t('outreach.notReady')}</strong>
            </p>
            <ul>
              <li>{state.app ? t('outreach.readyApp') : t('outreach.noApp')}</li>
              <li>
                {state.dataset
                  ? // The version is Latin digits and letters: isolated (FSI…PDI) so a right-to-left sentence keeps it whole.
                    t('outreach.readyData', { version: `\u2068${state.dataset.version}\u2069`, date: date(state.dataset.date) })
                  : t('outreach.noData')}
              </li>
              <li>{t('outreach.readyLanguages', { languages: new Intl.ListFormat(lang, { type: 'conjunction' }).format(state.saved.map(name)) })}</li>
              {state.missing.map((code) => (
                <li key={code}>{t('outreach.staleLanguage', { language: name(code) })}</li>
              ))}
            </ul>
          </>
        )}
      </div>
      <p>
        <button type="button" class="button" onClick={check}>
          {t('outreach.packCheck')}
        </button>
      </p>
    </section>
  );
}
