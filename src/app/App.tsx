import type { ComponentType } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { StorageFullError, activeDataset, ensureDataset, ensureTranslations, isStale, loadWithoutStorage, storedTranslations } from '../data/dataset.ts';
import { onUpgradeBlocked, storageWorks } from '../data/db.ts';
import { localText } from '../model/localize.ts';
import { telLink } from '../model/links.ts';
import type { DatasetInfo, LocalePayload } from '../model/payload.ts';
import { EMPTY_DIRECTORY, currentTranslations, loadDirectory, type Directory } from '../data/queries.ts';
import type { SearchPanelProps } from '../features/search/SearchPanel.tsx';
import type { ServicePageProps } from '../features/service/ServicePage.tsx';
import type { FavoritesPageProps } from '../features/favorites/FavoritesPage.tsx';
import type { InfoPageProps } from '../features/about/InfoPage.tsx';
import type { OutreachPageProps } from '../features/outreach/OutreachPage.tsx';
import type { HandoutPageProps } from '../features/handouts/HandoutPage.tsx';
import type { TranslatorPanelProps } from '../features/translator/TranslatorPanel.tsx';
import { setTranslatorMode, translatorModeOn } from '../data/translator-mode.ts';
import { kioskSettings, watchInactivity, type KioskSettings } from './kiosk.ts';
import { LANGUAGE_PARAM, changeLanguage, t } from '../i18n/i18n.ts';
import { isPseudoLanguage } from '../i18n/languages.ts';
import { LanguagePicker } from '../ui/LanguagePicker.tsx';
import { ServiceList } from '../ui/ServiceList.tsx';
import { UpdateToast } from '../ui/UpdateToast.tsx';
import type { UpdatePrompt } from './register-sw.ts';
import { interceptLinks, navigate, setReplaceOnly, useRoute } from './router.ts';
import { QuickExit } from './QuickExit.tsx';

/** Loads a rarely used screen part on first use (preact/compat's lazy would add ~4 KB to the first view). */
function useLazy<P>(load: () => Promise<{ default: ComponentType<P> }>, wanted: boolean): ComponentType<P> | undefined {
  const [component, setComponent] = useState<ComponentType<P> | undefined>();
  useEffect(() => {
    if (wanted && !component) {
      // A chunk that still fails after the one recovery reload (chunk-recovery.ts) says so instead of a
      // "Loading…" that never ends.
      void load().then(
        (m) => setComponent(() => m.default),
        () => setComponent(() => PartFailed),
      );
    }
  }, [wanted]);
  return component;
}

function PartFailed() {
  return (
    <p class="notice" role="alert">
      {t('status.partFailed')}{' '}
      <button type="button" class="button" onClick={() => window.location.reload()}>
        {t('status.reload')}
      </button>
    </p>
  );
}

/** What a notice says, in the reader's language. */
function noticeText(notice: Notice, lang: string): string {
  switch (notice.kind) {
    case 'memoryOnly':
      return t('notice.memoryOnly');
    case 'offlineUnavailable':
      return t('notice.offlineUnavailable');
    case 'blocked':
      return t('notice.blocked');
    case 'updateFailed':
      return t(notice.storageFull ? 'notice.storageFull' : 'notice.updateFailed');
    case 'languageNotSaved':
      return t('languages.notSavedOffline');
    case 'updated':
      return t('notice.updated', { date: formatDate(notice.date, lang) });
  }
}

type Status = { kind: 'loading' } | { kind: 'ready' } | { kind: 'error'; message: string };

/** Things the resident should know about the data on this device, shown above the list. */
type Notice =
  | { kind: 'memoryOnly' }
  | { kind: 'offlineUnavailable' }
  | { kind: 'blocked' }
  | { kind: 'updated'; date: string }
  | { kind: 'updateFailed'; storageFull: boolean }
  | { kind: 'languageNotSaved' };

function formatDate(isoDate: string, lang: string): string {
  // A calendar date: format it in UTC so no time zone shifts it by a day.
  return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${isoDate}T00:00:00Z`));
}

export function App({ initialLanguage }: { initialLanguage: string }) {
  const [lang, setLang] = useState(initialLanguage);
  const [directory, setDirectory] = useState<Directory>(EMPTY_DIRECTORY);
  const [dataset, setDataset] = useState<DatasetInfo | undefined>();
  /** Every stored language's data translations: what search covers. */
  const [storedAll, setStoredAll] = useState<readonly LocalePayload[]>([]);
  const route = useRoute();
  const servicePath = /^\/service\/([^/]+)$/.exec(route.path);
  const SearchPanel = useLazy<SearchPanelProps>(() => import('../features/search/SearchPanel.tsx'), true);
  const ServicePage = useLazy<ServicePageProps>(() => import('../features/service/ServicePage.tsx'), !!servicePath);
  const onSaved = route.path === '/saved';
  const FavoritesPage = useLazy<FavoritesPageProps>(() => import('../features/favorites/FavoritesPage.tsx'), onSaved);
  const infoPage = route.path === '/about' ? 'about' : route.path === '/safety' ? 'safety' : undefined;
  const InfoPage = useLazy<InfoPageProps>(() => import('../features/about/InfoPage.tsx'), !!infoPage);
  const onOutreach = route.path === '/outreach';
  const OutreachPage = useLazy<OutreachPageProps>(() => import('../features/outreach/OutreachPage.tsx'), onOutreach);
  const onPrint = route.path.startsWith('/print/');
  const HandoutPage = useLazy<HandoutPageProps>(() => import('../features/handouts/HandoutPage.tsx'), onPrint);
  const home = !servicePath && !onSaved && !infoPage && !onOutreach && !onPrint;
  const services = directory.services;
  const [status, setStatus] = useState<Status>({ kind: 'loading' });
  const [update, setUpdate] = useState<UpdatePrompt | undefined>();
  const [translations, setTranslations] = useState<LocalePayload | undefined>();
  const [notice, setNotice] = useState<Notice | undefined>();
  const [storageOpen, setStorageOpen] = useState(false);
  const StoragePanel = useLazy(() => import('../features/storage/StoragePanel.tsx'), storageOpen);
  // Translator preview mode: its code loads only once someone opens it from the About screen.
  const [translator, setTranslator] = useState(translatorModeOn);
  const TranslatorPanel = useLazy<TranslatorPanelProps>(() => import('../features/translator/TranslatorPanel.tsx'), translator);
  const [, setStringsChanged] = useState(0);
  const onTranslator = (on: boolean) => {
    setTranslatorMode(on);
    setTranslator(on);
  };

  useEffect(() => interceptLinks(document.body), []);

  // Moving to another screen works like loading a page: focus starts again at the top (so "Exit this page" is the
  // first Tab stop), the tab title names the screen, and a screen reader hears its name.
  const [announcement, setAnnouncement] = useState('');
  const firstPath = useRef(route.path);
  const pageTop = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (route.path === firstPath.current) return;
    firstPath.current = '';
    // Blurring is not enough: the browser would go on tabbing from the link that was clicked.
    pageTop.current?.focus({ preventScroll: true });
    window.scrollTo(0, 0);
  }, [route.path]);
  useEffect(() => {
    const heading = document.querySelector('main h1')?.textContent?.trim();
    const name = t('app.name');
    document.title = heading && heading !== name ? `${heading} – ${name}` : name;
    if (!firstPath.current && heading) setAnnouncement(heading);
  });

  useEffect(() => onUpgradeBlocked((blocked) => setNotice((n) => (blocked ? { kind: 'blocked' } : n?.kind === 'blocked' ? undefined : n))), []);

  useEffect(() => {
    let cancelled = false;
    (async () => {
      // Show what is stored at once; then fetch a first or newer dataset if the network allows.
      try {
        if (!(await storageWorks())) {
          // Private mode or storage turned off: show the directory from the network, say nothing is saved.
          const payload = await loadWithoutStorage();
          if (cancelled) return;
          setDirectory({ ...payload, services: [...payload.services].sort((a, b) => a.name.localeCompare(b.name)) });
          setDataset(payload.dataset);
          setNotice({ kind: 'memoryOnly' });
          setStatus({ kind: 'ready' });
          return;
        }
        const stored = await loadDirectory();
        if (!cancelled && stored.services.length) {
          setDirectory(stored);
          setDataset((await activeDataset())?.info);
          setStoredAll(await currentTranslations());
          setStatus({ kind: 'ready' });
        }
        const { updated, active } = await ensureDataset().catch((error: unknown) => {
          if (!stored.services.length && error instanceof StorageFullError && error.payload) {
            // No room for the first copy: show the one just downloaded, for this visit, and say it won't last.
            const payload = error.payload;
            if (!cancelled) {
              setDirectory({ ...payload, services: [...payload.services].sort((a, b) => a.name.localeCompare(b.name)) });
              setDataset(payload.dataset);
              setNotice({ kind: 'offlineUnavailable' });
            }
            return { updated: false, active: undefined };
          }
          if (!stored.services.length) throw error;
          // The saved directory stays in use; say why it could not be refreshed.
          if (!cancelled) setNotice({ kind: 'updateFailed', storageFull: error instanceof StorageFullError });
          return { updated: false, active: undefined };
        });
        if (!cancelled && (updated || !stored.services.length) && active) {
          setDirectory(await loadDirectory());
          setDataset(active.info);
          setStoredAll(await currentTranslations());
          setTranslations(undefined);
          if (updated) setNotice({ kind: 'updated', date: active.info.date });
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
    setNotice((n) => (n?.kind === 'languageNotSaved' ? undefined : n));
    // English and the pseudo-locales (made from English, for translators) show the directory's English text.
    if (lang === 'en' || isPseudoLanguage(lang) || status.kind !== 'ready') return;
    void (async () => {
      const stored = await storedTranslations(lang).catch(() => undefined);
      if (!cancelled && stored) setTranslations(stored);
      if (!stored) {
        const fetched = await ensureTranslations(lang).catch(() => undefined);
        if (!cancelled && fetched) {
          setTranslations(fetched);
          setStoredAll(await currentTranslations().catch(() => [fetched]));
        }
        if (!cancelled && !fetched && !navigator.onLine) setNotice({ kind: 'languageNotSaved' });
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [lang, status.kind]);

  useEffect(() => {
    void import('./register-sw.ts').then(({ registerServiceWorker }) => registerServiceWorker(setUpdate, () => setNotice({ kind: 'offlineUnavailable' })));
  }, []);

  const onLanguage = async (code: string) => {
    await changeLanguage(code);
    setLang(code);
  };

  // Kiosk mode: the next visitor starts fresh — the start screen, the worker's language, nothing open.
  const [kiosk, setKiosk] = useState<KioskSettings | undefined>(kioskSettings);
  const startOver = () => {
    if (!kiosk) return;
    document.querySelectorAll('details[open]').forEach((d) => d.removeAttribute('open'));
    navigate('/', { replace: true });
    window.scrollTo(0, 0);
    pageTop.current?.focus({ preventScroll: true });
    if (lang !== kiosk.lang) void onLanguage(kiosk.lang);
  };
  const startOverRef = useRef(startOver);
  startOverRef.current = startOver;
  useEffect(() => {
    setReplaceOnly(!!kiosk);
    document.documentElement.classList.toggle('kiosk', !!kiosk);
    if (!kiosk) return;
    // Only a person's touch, click, key or scroll restarts the count, not the app redrawing itself.
    return watchInactivity(kiosk.minutes * 60_000, () => startOverRef.current());
  }, [kiosk]);

  return (
    <>
      <div ref={pageTop} tabIndex={-1} class="page-top" />
      {/* In kiosk mode nothing leaves the app: no exit to another site (the worker stays at the table). */}
      {!kiosk && <QuickExit />}
      <p class="visually-hidden" aria-live="polite">
        {announcement}
      </p>
      <header class="app-header">
        <div>
          {!home ? (
            <p class="app-title">
              <a href="/">{t('app.name')}</a>
            </p>
          ) : (
            <h1 class="app-title">{t('app.name')}</h1>
          )}
          <p class="app-tagline">{t('app.tagline')}</p>
        </div>
        <nav class="app-nav" aria-label={t('nav.label')}>
          <a href="/saved" aria-current={onSaved ? 'page' : undefined}>
            {t('nav.saved')}
          </a>
        </nav>
        <LanguagePicker value={lang} label={t('language.label')} onChange={onLanguage} />
        {kiosk && (
          <button type="button" class="button button--primary kiosk-start-over" onClick={startOver}>
            {t('kiosk.startOver')}
          </button>
        )}
      </header>
      <nav class="crisis-strip" aria-label={t('crisis.label')}>
        {/* 911 and 988 answer everywhere in the US: they are part of the app, not of a dataset that may fail to load. */}
        <a class="crisis-strip__call" href={telLink('911')!.href}>
          {t('crisis.emergency')}
        </a>
        <a class="crisis-strip__call" href={telLink('988')!.href}>
          {t('crisis.mentalHealth')}
        </a>
      </nav>
      {/* Not on a shared kiosk tablet: the next visitor must not find a translator's tools or wording. */}
      {translator && !kiosk && TranslatorPanel && (
        <TranslatorPanel lang={lang} onLanguage={onLanguage} onStrings={() => setStringsChanged((n) => n + 1)} onClose={() => onTranslator(false)} />
      )}
      <main id="main" class="app-main">
        {notice && (
          <p class={`notice notice--${notice.kind}`} role={notice.kind === 'blocked' ? 'alert' : 'status'}>
            {noticeText(notice, lang)}
            {notice.kind === 'languageNotSaved' && (
              <>
                {' '}
                <button type="button" class="button" onClick={() => void onLanguage('en')}>
                  {t('languages.useEnglish')}
                </button>
              </>
            )}
          </p>
        )}
        {onPrint ? (
          HandoutPage ? (
            <HandoutPage path={route.path} directory={directory} translations={translations} lang={lang} ready={status.kind !== 'loading'} />
          ) : (
            <p>{t('status.loading')}</p>
          )
        ) : onOutreach ? (
          OutreachPage ? (
            <OutreachPage lang={lang} kiosk={kiosk} onKiosk={setKiosk} directory={directory} translations={translations} />
          ) : (
            <p>{t('status.loading')}</p>
          )
        ) : infoPage ? (
          InfoPage ? (
            <InfoPage page={infoPage} dataset={dataset} lang={lang} onTranslator={kiosk ? undefined : () => onTranslator(true)} />
          ) : (
            <p>{t('status.loading')}</p>
          )
        ) : onSaved ? (
          FavoritesPage ? (
            <FavoritesPage directory={directory} translations={translations} lang={lang} />
          ) : (
            <p>{t('status.loading')}</p>
          )
        ) : servicePath ? (
          ServicePage ? (
            <ServicePage
              id={decodeURIComponent(servicePath[1]!)}
              directory={directory}
              translations={translations}
              lang={lang}
              correctionsEmail={dataset?.corrections_email}
            />
          ) : (
            <p>{t('status.loading')}</p>
          )
        ) : (
          <>
            <p class="app-status" role="status">
              {status.kind === 'loading'
                ? t('status.loading')
                : status.kind === 'error'
                  ? t('status.error', { message: status.message })
                  : t('status.ready', { count: services.length })}
            </p>
            {dataset && isStale(dataset.date) && (
              <p class="notice notice--stale" role="note">
                {t('status.stale', { date: formatDate(dataset.date, lang) })}
              </p>
            )}
            {SearchPanel && (
              <SearchPanel
                directory={directory}
                storedTranslations={storedAll}
                translations={translations}
                lang={lang}
                params={route.params}
                onParams={(next, replace) => {
                  const query = next.toString();
                  navigate(query ? `/?${query}` : '/', { replace });
                }}
              />
            )}
            {/* The list shows until something is searched or filtered (?lang= only names the language). */}
            {![...route.params].some(([name, v]) => name !== LANGUAGE_PARAM && v.trim()) && (
              <ServiceList
                services={services}
                text={{
                  field: (id, field, english) => localText(id, field, english, lang, translations),
                  call: (number) => t('service.call', { number }),
                  machineNote: t('data.machineTranslated'),
                  staleNote: t('data.staleTranslation'),
                }}
              />
            )}
          </>
        )}
      </main>
      <footer class="app-footer">
        <nav class="footer-nav" aria-label={t('nav.more')}>
          <a href="/safety">{t('nav.safety')}</a>
          <a href="/about">{t('nav.about')}</a>
          <a href="/outreach">{t('nav.outreach')}</a>
        </nav>
        {!kiosk && (
        <details
          class="storage-details"
          onToggle={(e) => setStorageOpen((e.currentTarget as HTMLDetailsElement).open)}
        >
          <summary>{t('storage.title')}</summary>
          {storageOpen && (StoragePanel ? <StoragePanel lang={lang} /> : <p>{t('status.loading')}</p>)}
        </details>
        )}
      </footer>
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
