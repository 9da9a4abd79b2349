import { useEffect, useRef, useState } from 'preact/hooks';
import { directionOf } from '../../i18n/languages.ts';
import type { Directory } from '../../data/queries.ts';
import { t } from '../../i18n/i18n.ts';
import type { Service } from '../../model/hsds.ts';
import { localText } from '../../model/localize.ts';
import type { LocalePayload } from '../../model/payload.ts';
import { telLink } from '../../model/links.ts';
import type { SearchResults } from '../../search/engine.ts';
import { highlight } from '../../search/highlight.ts';
import type { Searcher } from '../../search/searcher.ts';
import { Highlighted } from '../../ui/Highlighted.tsx';
import { loadSearcher } from './load-searcher.ts';
import { afterLoadIdle } from '../../app/idle.ts';
import { handoutPath } from '../handouts/routes.ts';
import './search.css';

export interface SearchPanelProps {
  readonly directory: Directory;
  /** Every stored language's data translations (what the index covers). */
  readonly storedTranslations: readonly LocalePayload[];
  /** The reading language's data translations (what the results show). */
  readonly translations: LocalePayload | undefined;
  readonly lang: string;
  /** The URL's search parameters: q, category (a term code), open=1, free=1, spoken (a language code). */
  readonly params: URLSearchParams;
  /** New parameters; `replace` while typing, so each key is not a Back step. */
  onParams(params: URLSearchParams, replace: boolean): void;
}

const SNIPPET = 180;
const FIRST_RESULTS = 12;

/**
 * One Intl.DisplayNames per language (the filter lists ~20 languages). The first one a page makes loads the
 * language-name tables, ~25 ms of a phone's main thread; the dataset worker loads them first (dataset-background.ts).
 */
const namers = new Map<string, Intl.DisplayNames>();
function displayNames(lang: string): Intl.DisplayNames {
  let namer = namers.get(lang);
  if (!namer) namers.set(lang, (namer = new Intl.DisplayNames([lang], { type: 'language' })));
  return namer;
}

/** Search as you type, offline, with the words that matched marked. The query lives in the URL (?q=). */
export function SearchPanel(props: SearchPanelProps) {
  const { directory, storedTranslations, lang, params } = props;
  const query = params.get('q') ?? '';
  const categoryCode = params.get('category') ?? '';
  const category = directory.taxonomy.find((term) => term.code === categoryCode);
  const openNow = params.get('open') === '1';
  const free = params.get('free') === '1';
  const spoken = params.get('spoken') ?? '';
  const filtered = !!(category || openNow || free || spoken);
  const setParam = (name: string, value: string, replace = false) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    props.onParams(next, replace);
  };
  const [searcher, setSearcher] = useState<Searcher | undefined>();
  const [results, setResults] = useState<{ query: string; results: SearchResults } | undefined>();
  // New results are drawn FIRST_RESULTS first and the rest in the next task: drawing 60 highlighted results at once
  // was the longest task of a keystroke on a slow phone. `whole` is the result set already drawn in full.
  const [whole, setWhole] = useState<SearchResults | undefined>();
  useEffect(() => {
    const current = results?.results;
    if (!current || current.hits.length <= FIRST_RESULTS) return;
    const timer = setTimeout(() => setWhole(current), 0);
    return () => clearTimeout(timer);
  }, [results]);
  const [failed, setFailed] = useState(false);
  const latest = useRef(0);
  const wantedNow = useRef(false);
  wantedNow.current = !!query.trim() || filtered;
  /** Starts building the index at once (a search was typed before the page was idle). */
  const buildNow = useRef<(() => void) | undefined>(undefined);

  useEffect(() => {
    if (!directory.services.length) return;
    let cancelled = false;
    let built: Searcher | undefined;
    const build = () =>
      loadSearcher(directory, storedTranslations).then(
        (s) => {
          built = s;
          if (cancelled) s.close();
          else setSearcher(s);
        },
        () => !cancelled && setFailed(true),
      );
    // With a search in the address (a shared link, Back) the index is needed now; otherwise it is built once the
    // first screen is drawn and the page is idle, and a first keystroke meanwhile just waits for it.
    let started = false;
    const start = () => {
      if (started) return;
      started = true;
      cancelIdle();
      void build();
    };
    let cancelIdle = () => {};
    if (wantedNow.current) start();
    else cancelIdle = afterLoadIdle(start);
    buildNow.current = start;
    return () => {
      cancelled = true;
      cancelIdle();
      buildNow.current = undefined;
      built?.close();
    };
  }, [directory, storedTranslations]);

  const key = `${query.trim()}\u0000${category?.id ?? ''}\u0000${openNow}\u0000${free}\u0000${spoken}`;
  useEffect(() => {
    const text = query.trim();
    if (!searcher && (text || filtered)) buildNow.current?.();
    if (!searcher || (!text && !filtered)) {
      setResults(undefined);
      return;
    }
    const id = ++latest.current;
    // A short pause while typing, so a fast typist does not queue a search per key.
    const timer = setTimeout(() => {
      searcher
        .search({
          text,
          limit: 60,
          ...(category ? { categories: [category.id] } : {}),
          // The page's clock decides "now" (the same moment the cards' open/closed lines use), not the worker's.
          ...(openNow ? { openNow: true, now: Date.now() } : {}),
          ...(free ? { free: true } : {}),
          ...(spoken ? { language: spoken } : {}),
        })
        .then((r) => {
          if (id === latest.current) setResults({ query: key, results: r });
        }, () => id === latest.current && setFailed(true));
    }, 60);
    return () => clearTimeout(timer);
  }, [searcher, key]);

  const byId = new Map(directory.services.map((s) => [s.id, s]));
  const field = (s: Service, name: 'name' | 'description', english: string) => localText(s.id, name, english, lang, props.translations);
  const call211 = telLink('211');
  const text = query.trim();
  const active = !!text || filtered;
  const hits = results?.results.hits ?? [];
  const drawn = whole === results?.results ? hits : hits.slice(0, FIRST_RESULTS);
  const termName = (id: string, english: string) => localText(id, 'name', english, lang, props.translations);
  const spokenLanguages = [...new Set(directory.services.flatMap((s) => (s.languages ?? []).flatMap((l) => (l.code ? [l.code] : []))))].sort();
  const languageName = (code: string) => {
    try {
      return displayNames(lang).of(code) ?? code;
    } catch {
      return code;
    }
  };

  return (
    <section class="search" aria-labelledby="search-label">
      <form class="search__form" role="search" onSubmit={(e) => e.preventDefault()}>
        <label id="search-label" class="search__label" for="search-input">
          {t('search.label')}
        </label>
        <input
          id="search-input"
          class="search__input"
          type="search"
          enterKeyHint="search"
          autoComplete="off"
          spellcheck={false}
          value={query}
          placeholder={t('search.placeholder')}
          onInput={(e) => setParam('q', (e.currentTarget as HTMLInputElement).value, true)}
        />
        <fieldset class="filters">
          <legend class="visually-hidden">{t('filters.title')}</legend>
          <label class="filters__item">
            <span>{t('filters.category')}</span>
            <select value={categoryCode} onChange={(e) => setParam('category', (e.currentTarget as HTMLSelectElement).value)}>
              <option value="">{t('filters.anyCategory')}</option>
              {directory.taxonomy.map((term) => {
                const name = termName(term.id, term.name);
                return (
                  <option key={term.id} value={term.code ?? ''} lang={name.lang}>
                    {name.text}
                  </option>
                );
              })}
            </select>
          </label>
          {/* Shown while the directory loads too (the filters keep their place); hidden for data without languages. */}
          {(!!spokenLanguages.length || !directory.services.length) && (
            <label class="filters__item">
              <span>{t('filters.spoken')}</span>
              <select value={spoken} onChange={(e) => setParam('spoken', (e.currentTarget as HTMLSelectElement).value)}>
                <option value="">{t('filters.anyLanguage')}</option>
                {spokenLanguages.map((code) => (
                  <option key={code} value={code}>
                    {languageName(code)}
                  </option>
                ))}
              </select>
            </label>
          )}
          <label class="filters__check">
            <input type="checkbox" checked={openNow} onChange={(e) => setParam('open', (e.currentTarget as HTMLInputElement).checked ? '1' : '')} />
            {t('filters.openNow')}
          </label>
          <label class="filters__check">
            <input type="checkbox" checked={free} onChange={(e) => setParam('free', (e.currentTarget as HTMLInputElement).checked ? '1' : '')} />
            {t('filters.free')}
          </label>
        </fieldset>
      </form>
      {category?.code && (
        <p class="search__print">
          <a href={handoutPath('category', category.code)}>{t('filters.printCategory')}</a>
        </p>
      )}
      {!active && (
        <nav class="category-tiles" aria-label={t('filters.browse')}>
          <ul>
            {directory.taxonomy.map((term) => {
              const name = termName(term.id, term.name);
              return (
                <li key={term.id}>
                  <a class="category-tile" href={`/?category=${encodeURIComponent(term.code ?? '')}`} lang={name.lang} dir={directionOf(name.lang)}>
                    {name.text}
                  </a>
                </li>
              );
            })}
          </ul>
        </nav>
      )}
      <p class="search__status" role="status" aria-live="polite">
        {!active
          ? ''
          : failed
            ? t('search.failed')
            : !searcher || results?.query !== key
              ? t('search.searching')
              : t('search.results', { count: results.results.total })}
      </p>
      {active && results?.query === key && (
        <>
          {results.results.crisis && <p class="search__crisis">{t('search.crisisFirst')}</p>}
          {results.results.hits.length ? (
            <ol class="result-list" aria-busy={drawn.length < results.results.hits.length ? 'true' : undefined}>
              {drawn.map((hit) => {
                const service = byId.get(hit.id);
                if (!service) return null;
                const name = field(service, 'name', service.name);
                const description = service.description ? field(service, 'description', service.description) : undefined;
                const snippet = description && description.text.length > SNIPPET ? `${description.text.slice(0, SNIPPET).trimEnd()}…` : description?.text;
                return (
                  <li key={hit.id} class="result">
                    <h2 class="result__name" lang={name.lang} dir={directionOf(name.lang)}>
                      <a href={`/service/${encodeURIComponent(service.id)}`}>
                        <Highlighted pieces={highlight(name.text, hit.terms)} />
                      </a>
                    </h2>
                    {snippet && description && (
                      <p class="result__snippet" lang={description.lang} dir={directionOf(description.lang)}>
                        <Highlighted pieces={highlight(snippet, hit.terms)} />
                      </p>
                    )}
                    {service.status !== 'active' && <p class="result__status">{t(`service.status.${service.status.replace(' ', '_')}`)}</p>}
                  </li>
                );
              })}
            </ol>
          ) : (
            <div class="search__empty">
              <p>{text ? t('search.none', { query: text }) : t('search.noneFiltered')}</p>
              <p>{t('search.tips')}</p>
              {call211 && (
                <p>
                  <a class="call-button" href={call211.href}>
                    {t('search.call211')}
                  </a>
                </p>
              )}
            </div>
          )}
        </>
      )}
    </section>
  );
}

export default SearchPanel;
