import { Component, type ComponentType } from 'preact';
import type { Service } from '../model/hsds.ts';
import { useEffect, useRef, useState } from 'preact/hooks';
import { StorageFullError, activeDataset, isStale, storedTranslations } from '../data/dataset-core.ts';
import { startDatasetWorker } from '../data/dataset-background.ts';

/** Downloading (dataset.ts) is loaded only when needed: the first screen reads what is stored. */
const ensureTranslations = async (lang: string) => (await import('../data/dataset.ts')).ensureTranslations(lang);
import { onUpgradeBlocked, storageWorks } from '../data/db.ts';
import { localText } from '../model/localize.ts';
import { telLink } from '../model/links.ts';
import type { DatasetInfo, LocalePayload } from '../model/payload.ts';
import { EMPTY_DIRECTORY, currentTranslations, loadDirectory, sortByName, type Directory } from '../data/queries.ts';
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
import { readsDataInEnglish } from '../i18n/languages.ts';
import { LanguagePicker } from '../ui/LanguagePicker.tsx';
import type { ServiceListProps, ServiceListText } from '../ui/ServiceList.tsx';
import { UpdateToast } from '../ui/UpdateToast.tsx';
import type { UpdatePrompt } from './register-sw.ts';
import { interceptLinks, navigate, setReplaceOnly, useRoute } from './router.ts';
import { QuickExit } from './QuickExit.tsx';
import { afterLoadIdle } from './idle.ts';
import { formatDate } from '../i18n/format.ts';

/** The stored data translations for `lang` (none for English, or when storage fails). */
function storedIn(lang: string): Promise<LocalePayload | undefined> {
  return readsDataInEnglish(lang) ? Promise.resolve(undefined) : storedTranslations(lang).catch(() => undefined);
}

/** Cards drawn in one go: the first screen's worth; the rest follow a chunk per task (so no task blocks a tap). */
const FIRST_CARDS = 8;
const CARDS_PER_TASK = 12;

/**
 * The start screen's list of every service: drawn again only when the services, the language or the translations
 * change, not on every change of the app's state while it starts. Drawing ~50 cards at once costs a phone ~100 ms,
 * a freeze a tap would feel: the cards below the first screen are added a chunk per task (aria-busy meanwhile).
 */
type HomeListProps = {
  services: readonly Service[];
  lang: string;
  translations: LocalePayload | undefined;
  /** The list component, a lazy chunk (loaded while the directory is read): nothing is drawn until it is there. */
  List: ComponentType<ServiceListProps> | undefined;
};

class HomeList extends Component<HomeListProps, { shown: number }> {
  override state = { shown: FIRST_CARDS };
  private timer: ReturnType<typeof setTimeout> | undefined;
  override shouldComponentUpdate(next: HomeList['props'], nextState: HomeList['state']): boolean {
    return (
      next.services !== this.props.services ||
      next.lang !== this.props.lang ||
      next.translations !== this.props.translations ||
      next.List !== this.props.List ||
      nextState.shown !== this.state.shown
    );
  }
  override componentDidMount() {
    this.more();
  }
  override componentDidUpdate() {
    this.more();
  }
  override componentWillUnmount() {
    clearTimeout(this.timer);
  }
  /**
   * The same wording object while the language, the translations and the card strings stay (a translator's live
   * edit changes the strings), so unchanged cards are not redrawn.
   */
  private wording: { key: string; translations: LocalePayload | undefined; text: ServiceListText } | undefined;
  private text(lang: string, translations: LocalePayload | undefined): ServiceListText {
    const machineNote = t('data.machineTranslated');
    const staleNote = t('data.staleTranslation');
    const key = [lang, machineNote, staleNote, t('service.call', { number: '#' })].join('\u0000');
    if (this.wording?.key !== key || this.wording.translations !== translations) {
      this.wording = {
        key,
        translations,
        text: { field: (id, field, english) => localText(id, field, english, lang, translations), call: (number) => t('service.call', { number }), machineNote, staleNote },
      };
    }
    return this.wording.text;
  }
  private more() {
    clearTimeout(this.timer);
    if (this.props.List && this.state.shown < this.props.services.length) this.timer = setTimeout(() => this.setState({ shown: this.state.shown + CARDS_PER_TASK }));
  }
  override render() {
    const { services, lang, translations, List } = this.props;
    if (!List) return null;
    return (
      <List
        services={services.length > this.state.shown ? services.slice(0, this.state.shown) : services}
        busy={services.length > this.state.shown}
        text={this.text(lang, translations)}
      />
    );
  }
}

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


export function App({ initialLanguage }: { initialLanguage: string }) {
  const [lang, setLang] = useState(initialLanguage);
  const [directory, setDirectory] = useState<Directory>(EMPTY_DIRECTORY);
  const [dataset, setDataset] = useState<DatasetInfo | undefined>();
  /** Every stored language's data translations: what search covers. */
  const [storedAll, setStoredAll] = useState<readonly LocalePayload[]>([]);
  const route = useRoute();
  const servicePath = /^\/service\/([^/]+)$/.exec(route.path);
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
  // The search is on the start screen only: a deep link to a service does not load it.
  const SearchPanel = useLazy<SearchPanelProps>(() => import('../features/search/SearchPanel.tsx'), home);
  const ServiceList = useLazy<ServiceListProps>(() => import('../ui/ServiceList.tsx').then((m) => ({ default: m.ServiceList })), home);
  const services = directory.services;
  const [status, setStatus] = useState<Status>({ kind: 'loading' });
  const [update, setUpdate] = useState<UpdatePrompt | undefined>();
  const [translations, setTranslations] = useState<LocalePayload | undefined>();
  const langRef = useRef(lang);
  langRef.current = lang;
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
    // Started now so it can load the date tables while the stored directory is read (dataset-background.ts).
    const datasetWorker = startDatasetWorker(langRef.current);
    (async () => {
      // Show what is stored at once; then fetch a first or newer dataset if the network allows.
      try {
        if (!(await storageWorks())) {
          datasetWorker.close();
          // Private mode or storage turned off: show the directory from the network, say nothing is saved.
          const payload = await (await import('../data/dataset.ts')).loadWithoutStorage();
          if (cancelled) return;
          setDirectory({ ...payload, services: sortByName([...payload.services]) });
          setDataset(payload.dataset);
          setNotice({ kind: 'memoryOnly' });
          setStatus({ kind: 'ready' });
          return;
        }
        const stored = await loadDirectory();
        if (!cancelled && stored.services.length) {
          // Everything the first screen shows, read before it is shown: a service opened in Spanish never
          // flashes its English name while the stored translation is still being read.
          const [active, all, reading] = await Promise.all([activeDataset(), currentTranslations(), storedIn(langRef.current)]);
          if (cancelled) return;
          setDirectory(stored);
          setDataset(active?.info);
          setStoredAll(all);
          setTranslations(reading);
          setStatus({ kind: 'ready' });
        }
        const { updated, active } = await datasetWorker.ensure().catch((error: unknown) => {
          if (!stored.services.length && error instanceof StorageFullError && error.payload) {
            // No room for the first copy: show the one just downloaded, for this visit, and say it won't last.
            const payload = error.payload;
            if (!cancelled) {
              setDirectory({ ...payload, services: sortByName([...payload.services]) });
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
          // A first visit in another language fetches that language's data translations before showing the list.
          const reading = readsDataInEnglish(langRef.current) ? undefined : await ensureTranslations(langRef.current).catch(() => undefined);
          const [next, all] = await Promise.all([loadDirectory(), currentTranslations()]);
          if (cancelled) return;
          setDirectory(next);
          setDataset(active.info);
          setStoredAll(all);
          setTranslations(reading);
          if (updated) setNotice({ kind: 'updated', date: active.info.date });
        }
        if (!cancelled) setStatus({ kind: 'ready' });
      } catch (error) {
        datasetWorker.close(); // not asked when reading the stored directory failed
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
    if (readsDataInEnglish(lang) || status.kind !== 'ready' || translations?.locale === lang) return;
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

  // The service worker downloads the whole app for offline use: start it once the page has loaded and the main
  // thread is idle, so it never competes with the first screen.
  useEffect(
    () =>
      afterLoadIdle(() => {
        void import('./register-sw.ts').then(({ registerServiceWorker }) => registerServiceWorker(setUpdate, () => setNotice({ kind: 'offlineUnavailable' })));
      }),
    [],
  );

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
          FavoritesPage && (services.length || status.kind !== 'loading') ? (
            <FavoritesPage directory={directory} translations={translations} lang={lang} />
          ) : (
            <p>{t('status.loading')}</p>
          )
        ) : servicePath ? (
          // Until the directory is read, the page says it is loading (never "not found").
          ServicePage && (services.length || status.kind !== 'loading') ? (
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
            {/* The list, unless a search or filter is on (a link's ?lang= is neither: the app QR code carries it). */}
            {![...route.params].some(([name, value]) => name !== LANGUAGE_PARAM && value.trim()) && <HomeList services={services} lang={lang} translations={translations} List={ServiceList} />}
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
          class="storage-details disclosure"
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
