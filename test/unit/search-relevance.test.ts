/**
 * The relevance set (test/fixtures/search/queries.json): what residents type, in 13 languages, and the program that
 * must come up in the top 3 — run against the real dataset in data/ with its current translations and synonyms.
 */
import { describe, expect, it } from 'vitest';
import { buildSearchDocs } from '../../src/search/documents.ts';
import { SearchIndex } from '../../src/search/engine.ts';
import { loadRelevanceQueries, loadSearchCorpus, loadSynonymFiles } from '../../scripts/lib/search-corpus.ts';

const corpus = loadSearchCorpus('data');
const index = SearchIndex.build(buildSearchDocs(corpus.records), loadSynonymFiles());
const queries = loadRelevanceQueries();
const nameOf = new Map(corpus.records.services.map((s) => [s.id, s.name]));

describe('relevance: the right program in the top 3', () => {
  it('has a real query set: at least 60 queries in at least 8 languages, each naming programs that exist', () => {
    expect(queries.length).toBeGreaterThanOrEqual(60);
    expect(new Set(queries.map((q) => q.lang)).size).toBeGreaterThanOrEqual(8);
    for (const q of queries) for (const key of q.expect) expect(corpus.idByKey.has(key), `${q.q}: no data/services/${key}.json`).toBe(true);
  });

  it.each(queries.map((q) => [`${q.lang} ${q.kind}: ${q.q}`, q] as const))('%s', (_label, q) => {
    const top3 = index.search({ text: q.q, limit: 3 }).hits.map((h) => h.id);
    const wanted = q.expect.map((key) => corpus.idByKey.get(key)!);
    expect(
      top3.some((id) => wanted.includes(id)),
      `"${q.q}" top 3: ${top3.map((id) => nameOf.get(id)).join(' | ') || '(nothing)'}; wanted one of ${q.expect.join(', ')}`,
    ).toBe(true);
  });
});
