import { useEffect, useRef, useState } from 'preact/hooks';
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
import './search.css';

export interface SearchPanelProps {
  readonly directory: Directory;
  /** Every stored language's data translations (what the index covers). */
  readonly storedTranslations: readonly LocalePayload[];
  /** The reading language's data translations (what the results show). */
  readonly translations: LocalePayload | undefined;
  readonly lang: string;
  readonly query: string;
  onQuery(query: string): void;
}

const SNIPPET = 180;

/** Search as you type, offline, with the words that matched marked. The query lives in the URL (?q=). */
export function SearchPanel(props: SearchPanelProps) {
  const { directory, storedTranslations, lang, query } = props;
  const [searcher, setSearcher] = useState<Searcher | undefined>();
  const [results, setResults] = useState<{ query: string; results: SearchResults } | undefined>();
  const [failed, setFailed] = useState(false);
  const latest = useRef(0);

  useEffect(() => {
    if (!directory.services.length) return;
    let cancelled = false;
    let built: Searcher | undefined;
    loadSearcher(directory, storedTranslations).then(
      (s) => {
        built = s;
        if (cancelled) s.close();
        else setSearcher(s);
      },
      () => !cancelled && setFailed(true),
    );
    return () => {
      cancelled = true;
      built?.close();
    };
  }, [directory, storedTranslations]);

  useEffect(() => {
    const text = query.trim();
    if (!searcher || !text) {
      setResults(undefined);
      return;
    }
    const id = ++latest.current;
    // A short pause while typing, so a fast typist does not queue a search per key.
    const timer = setTimeout(() => {
      searcher.search({ text, limit: 30 }).then((r) => {
        if (id === latest.current) setResults({ query: text, results: r });
      }, () => id === latest.current && setFailed(true));
    }, 60);
    return () => clearTimeout(timer);
  }, [searcher, query]);

  const byId = new Map(directory.services.map((s) => [s.id, s]));
  const field = (s: Service, name: 'name' | 'description', english: string) => localText(s.id, name, english, lang, props.translations);
  const call211 = telLink('211');
  const text = query.trim();

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
          onInput={(e) => props.onQuery((e.currentTarget as HTMLInputElement).value)}
        />
      </form>
      <p class="search__status" role="status" aria-live="polite">
        {!text
          ? ''
          : failed
            ? t('search.failed')
            : !searcher || results?.query !== text
              ? t('search.searching')
              : t('search.results', { count: results.results.total })}
      </p>
      {text && results?.query === text && (
        <>
          {results.results.crisis && <p class="search__crisis">{t('search.crisisFirst')}</p>}
          {results.results.hits.length ? (
            <ol class="result-list">
              {results.results.hits.map((hit) => {
                const service = byId.get(hit.id);
                if (!service) return null;
                const name = field(service, 'name', service.name);
                const description = service.description ? field(service, 'description', service.description) : undefined;
                const snippet = description && description.text.length > SNIPPET ? `${description.text.slice(0, SNIPPET).trimEnd()}…` : description?.text;
                return (
                  <li key={hit.id} class="result">
                    <h2 class="result__name" lang={name.lang} dir="auto">
                      <a href={`/service/${encodeURIComponent(service.id)}`}>
                        <Highlighted pieces={highlight(name.text, hit.terms)} />
                      </a>
                    </h2>
                    {snippet && description && (
                      <p class="result__snippet" lang={description.lang} dir="auto">
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
              <p>{t('search.none', { query: text })}</p>
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
