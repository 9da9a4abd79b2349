import { useEffect, useState } from 'preact/hooks';
import type { Service } from '../model/hsds.ts';
import { ensureDataset, ensureTranslations, storedTranslations } from '../data/dataset.ts';
import { localText } from '../model/localize.ts';
import type { LocalePayload } from '../model/payload.ts';
import { listServices } from '../data/queries.ts';
import { changeLanguage, t } from '../i18n/i18n.ts';
import { LanguagePicker } from '../ui/LanguagePicker.tsx';
import { ServiceList } from '../ui/ServiceList.tsx';
import { UpdateToast } from '../ui/UpdateToast.tsx';
import type { UpdatePrompt } from './register-sw.ts';

type Status = { kind: 'loading' } | { kind: 'ready' } | { kind: 'error'; message: string };

export function App({ initialLanguage }: { initialLanguage: string }) {
  const [lang, setLang] = useState(initialLanguage);
  const [services, setServices] = useState<Service[]>([]);
  const [status, setStatus] = useState<Status>({ kind: 'loading' });
  const [update, setUpdate] = useState<UpdatePrompt | undefined>();
  const [translations, setTranslations] = useState<LocalePayload | undefined>();

  useEffect(() => {
    let cancelled = false;
    (async () => {
      // Show what is stored at once; then fetch a first or newer dataset if the network allows.
      try {
        const stored = await listServices();
        if (!cancelled && stored.length) {
          setServices(stored);
          setStatus({ kind: 'ready' });
        }
        const { updated, active } = await ensureDataset();
        if (!cancelled && (updated || !stored.length) && active) {
          setServices(await listServices());
          setTranslations(undefined);
        }
        if (!cancelled) setStatus({ kind: 'ready' });
      } catch (error) {
        if (cancelled) return;
        const message = error instanceof Error ? error.message : String(error);
        setStatus(navigator.onLine ? { kind: 'error', message } : { kind: 'error', message: t('status.offlineNoData') });
      }
    })();
    return () => {
      cancelled = true;
    };
  }, []);

  // The data's translations for the current language: stored ones at once, a download when missing.
  useEffect(() => {
    let cancelled = false;
    if (lang === 'en' || status.kind !== 'ready') return;
    void (async () => {
      const stored = await storedTranslations(lang);
      if (!cancelled && stored) setTranslations(stored);
      if (!stored) {
        const fetched = await ensureTranslations(lang).catch(() => undefined);
        if (!cancelled && fetched) setTranslations(fetched);
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [lang, status.kind]);

  useEffect(() => {
    void import('./register-sw.ts').then(({ registerServiceWorker }) => registerServiceWorker(setUpdate));
  }, []);

  const onLanguage = async (code: string) => {
    await changeLanguage(code);
    setLang(code);
  };

  return (
    <>
      <header class="app-header">
        <div>
          <h1 class="app-title">{t('app.name')}</h1>
          <p class="app-tagline">{t('app.tagline')}</p>
        </div>
        <LanguagePicker value={lang} label={t('language.label')} onChange={onLanguage} />
      </header>
      <main id="main" class="app-main">
        <p class="app-status" role="status">
          {status.kind === 'loading'
            ? t('status.loading')
            : status.kind === 'error'
              ? t('status.error', { message: status.message })
              : t('status.ready', { count: services.length })}
        </p>
        <ServiceList
          services={services}
          text={{
            field: (id, field, english) => localText(id, field, english, lang, translations),
            call: (number) => t('service.call', { number }),
            machineNote: t('data.machineTranslated'),
            staleNote: t('data.staleTranslation'),
          }}
        />
      </main>
      {update && (
        <UpdateToast
          message={t('update.available')}
          actionLabel={t('update.action')}
          dismissLabel={t('update.dismiss')}
          onAccept={() => update.accept()}
          onDismiss={() => setUpdate(undefined)}
        />
      )}
    </>
  );
}
