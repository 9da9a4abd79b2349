/**
 * The records the search index is built from, read from a dataset folder the way the app receives them (built
 * payloads: current translations only), plus the relevance query set. Shared by the relevance test and the
 * search benchmark.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { LocalePayload } from '../../src/model/payload.ts';
import type { SearchRecords } from '../../src/search/documents.ts';
import type { SynonymFiles } from '../../src/search/synonyms.ts';
import { LANGUAGES } from '../../src/i18n/languages.ts';
import { buildPayloads } from './dataset-build.ts';
import { loadDatasetSource } from './dataset-source.ts';
import type { SyntheticDataset } from './synthetic.ts';

export interface RelevanceQuery {
  readonly lang: string;
  readonly kind: string;
  readonly q: string;
  /** Service file keys (data/services/<key>.json); any one of them in the top 3 passes. */
  readonly expect: readonly string[];
}

export interface SearchCorpus {
  readonly records: SearchRecords;
  /** data/services/<key>.json -> service id. */
  readonly idByKey: ReadonlyMap<string, string>;
}

export function loadSearchCorpus(dir = 'data'): SearchCorpus {
  const source = loadDatasetSource(dir);
  const built = buildPayloads(source);
  const parse = (url: string) => {
    const file = built.files.find((f) => `/${f.fileName}` === url);
    if (!file) throw new Error(`built payload ${url} missing`);
    return JSON.parse(file.content);
  };
  const base = parse(built.manifest.base.url);
  const translations: LocalePayload[] = Object.values(built.manifest.locales).map((f) => parse(f.url));
  return {
    records: { ...base, translations },
    idByKey: new Map(source.services.map((s) => [basename(s.file, '.json'), s.value.id])),
  };
}

export function loadRelevanceQueries(file = 'test/fixtures/search/queries.json'): RelevanceQuery[] {
  return (JSON.parse(readFileSync(file, 'utf8')) as { queries: RelevanceQuery[] }).queries;
}

/** locales/<lng>/search.json for every app language that has one. */
export function loadSynonymFiles(): SynonymFiles {
  const files: Record<string, { synonyms?: Record<string, string> }> = {};
  for (const { code } of LANGUAGES) {
    try {
      files[code] = JSON.parse(readFileSync(`locales/${code}/search.json`, 'utf8'));
    } catch {
      // a language without synonyms yet
    }
  }
  return files;
}

/** The real records with `synthetic` ones added (benchmarks: the right answers among many look-alikes). */
export function withSynthetic(records: SearchRecords, synthetic: SyntheticDataset): SearchRecords {
  const translations = new Map(records.translations.map((t) => [t.locale, t]));
  for (const [locale, entries] of Object.entries(synthetic.translations)) {
    const real = translations.get(locale);
    const merged: LocalePayload['entries'] = { ...(real?.entries ?? {}) };
    for (const [id, fields] of Object.entries(entries)) {
      merged[id] = Object.fromEntries(Object.entries(fields).map(([f, e]) => [f, { text: e.text, status: e.status }]));
    }
    translations.set(locale, { format: 1, locale, version: real?.version ?? '2026-01-01.00000000', entries: merged, stale: real?.stale ?? {} });
  }
  return {
    services: [...records.services, ...synthetic.services],
    organizations: [...records.organizations, ...synthetic.organizations],
    locations: [...records.locations, ...synthetic.locations],
    taxonomy: records.taxonomy,
    translations: [...translations.values()],
  };
}
