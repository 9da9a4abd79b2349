import { describe, expect, it } from 'vitest';
import type { Service } from '../../src/model/hsds.ts';
import { buildSearchDocs, type SearchRecords } from '../../src/search/documents.ts';
import { SearchIndex, distanceInKm, fuzzinessOf } from '../../src/search/engine.ts';
import { highlight } from '../../src/search/highlight.ts';
import { boundedLevenshtein } from '../../src/search/inverted-index.ts';
import { fold, indexTerms, queryTerms } from '../../src/search/tokenize.ts';

describe('words for search', () => {
  it('folds case, accents and compatibility forms, but not Khmer or Hangul', () => {
    expect(fold('Niños')).toBe('ninos');
    expect(fold('Lừa Đảo')).toBe('lua dao');
    expect(fold('ＦＲＡＵＤ')).toBe('fraud');
    expect(fold('ការរំលោភ')).toBe('ការរំលោភ');
    expect(fold('ម្ដាយ')).toBe(fold('ម្តាយ')); // Khmer subscript DA and TA look the same and are written either way
    expect(fold('ម្ដាយ')).not.toBe(fold('ម្ទាយ'));
    expect(fold('법률을')).toBe('법률을');
    expect(fold('Юридическая')).toBe('юридическая');
  });

  it('unifies Arabic and Persian letter forms and drops harakat', () => {
    expect(fold('إساءة')).toBe(fold('اساءه'));
    expect(fold('كودك')).toBe(fold('کودک'));
    expect(fold('مُسَاعَدَة')).toBe(fold('مساعده'));
  });

  it('splits Chinese, Japanese and Khmer into words with Intl.Segmenter, not spaces', () => {
    expect(queryTerms('公证欺诈')).toEqual(['公证', '欺诈']);
    expect(queryTerms('児童虐待の通報')).toContain('虐待');
    expect(queryTerms('ការរំលោភបំពានកុមារ').length).toBeGreaterThan(1);
    expect(queryTerms('domestic-violence, 988!')).toEqual(['domestic', 'violence', '988']);
  });

  it('indexes Arabic words also without the article, and queries without it', () => {
    expect(indexTerms('الأطفال')).toEqual([fold('الأطفال'), fold('أطفال')]);
    expect(queryTerms('الأطفال')).toEqual([fold('أطفال')]);
  });

  it('forgives typos only in words long enough, and never in CJK or numbers', () => {
    expect(fuzzinessOf('viol')).toBe(1);
    expect(fuzzinessOf('abc')).toBe(false);
    expect(fuzzinessOf('convicton')).toBe(2);
    expect(fuzzinessOf('公证')).toBe(false);
    expect(fuzzinessOf('5550100')).toBe(false);
  });
});

describe('highlighting why a result matched', () => {
  it('marks the matched words, keeps everything else as text', () => {
    const pieces = highlight('Call if a notario took your money.', ['notario']);
    expect(pieces).toEqual([
      { text: 'Call if a ', match: false },
      { text: 'notario', match: true },
      { text: ' took your money.', match: false },
    ]);
    expect(pieces.map((p) => p.text).join('')).toBe('Call if a notario took your money.');
  });

  it('matches accented and article-prefixed forms of the indexed word', () => {
    expect(highlight('Los niños', ['ninos']).filter((p) => p.match)).toEqual([{ text: 'niños', match: true }]);
    expect(highlight('حماية الأطفال', [fold('أطفال')]).filter((p) => p.match).map((p) => p.text)).toEqual(['الأطفال']);
  });
});

const org = { id: 'org', name: 'County', description: 'A county', provenance: { sources: [{ document: 'test' }], verified: '2026-11-25' } };
const prov = org.provenance;
const service = (id: string, name: string, extra: Partial<Service> = {}): Service => ({
  id,
  organization_id: 'org',
  name,
  status: 'active',
  provenance: prov,
  ...extra,
});
const TERMS = [
  { id: 't-legal', code: 'legal-fraud', name: 'Legal help and fraud', description: 'Legal' },
  { id: 't-hot', code: 'hotlines', name: 'Hotlines', description: 'Hotlines' },
  { id: 't-kids', code: 'children-families', name: 'Children and families', description: 'Kids' },
];
const allWeek = { id: 'sch-247', freq: 'WEEKLY' as const, byday: 'MO,TU,WE,TH,FR,SA,SU', opens_at: '00:00', closes_at: '23:59' };
const records: SearchRecords = {
  organizations: [org],
  taxonomy: TERMS,
  locations: [
    {
      id: 'loc-lb',
      location_type: 'physical',
      name: 'Long Beach office',
      latitude: 33.77,
      longitude: -118.19,
      addresses: [{ id: 'a1', address_1: '1 Main St', city: 'Long Beach', state_province: 'CA', postal_code: '90802', country: 'US', address_type: 'physical' }],
      provenance: prov,
    },
    { id: 'loc-lanc', location_type: 'physical', name: 'Lancaster office', latitude: 34.69, longitude: -118.14, provenance: prov },
  ],
  services: [
    service('notario', 'Notario fraud help', {
      description: 'Call this if a notario took money for immigration papers and did not do the work.',
      attributes: [{ id: 'at1', taxonomy_term_id: 't-legal' }],
      languages: [{ id: 'l1', code: 'es', name: 'Spanish' }],
      cost_options: [{ id: 'c1', amount: 0 }],
      service_at_locations: [{ id: 'sal1', location_id: 'loc-lb' }],
      schedules: [{ id: 'sch1', freq: 'WEEKLY', byday: 'MO,TU,WE,TH,FR', opens_at: '09:00', closes_at: '17:00' }],
    }),
    service('lifeline', '988 Suicide and Crisis Lifeline', {
      description: 'Call or text 988 any time if you are thinking about suicide.',
      phones: [{ id: 'p1', number: '988', type: 'voice' }],
      schedules: [allWeek],
      attributes: [{ id: 'at2', taxonomy_term_id: 't-hot' }],
    }),
    service('dv', 'Domestic violence hotline', {
      description: 'Help if someone at home hurts you.',
      phones: [{ id: 'p2', number: '(800) 978-3600', type: 'voice' }],
      schedules: [{ ...allWeek, id: 'sch-dv' }],
      attributes: [{ id: 'at3', taxonomy_term_id: 't-hot' }],
      service_at_locations: [{ id: 'sal2', location_id: 'loc-lanc' }],
    }),
    service('kids', 'Child abuse reporting', {
      description: 'Report that a child is being hurt or neglected.',
      attributes: [{ id: 'at4', taxonomy_term_id: 't-kids' }],
    }),
    service('old-kids', 'Old child abuse project', { status: 'defunct', description: 'Report child abuse (ended).' }),
  ],
  translations: [
    {
      format: 1,
      locale: 'es',
      version: '2026-11-25.00000000',
      entries: { kids: { name: { text: 'Denunciar el abuso de niños', status: 'machine' } } },
      stale: {},
    },
    {
      format: 1,
      locale: 'zh-Hans',
      version: '2026-11-25.00000000',
      entries: { notario: { name: { text: '公证欺诈帮助', status: 'machine' } } },
      stale: {},
    },
  ],
};
const synonyms = {
  en: { synonyms: { crisis: 'suicide, kill myself', 'legal-fraud': 'lawyer, scam' } },
  es: { synonyms: { 'legal-fraud': 'abogado', crisis: 'suicidio' } },
};
const index = SearchIndex.build(buildSearchDocs(records), synonyms);
const ids = (text: string, extra: object = {}) => index.search({ text, ...extra }).hits.map((h) => h.id);

describe('finding the right program', () => {
  it('finds by name, prefix, typo and without accents', () => {
    expect(ids('notario')[0]).toBe('notario');
    expect(ids('nota')[0]).toBe('notario');
    expect(ids('notarip')[0]).toBe('notario');
    expect(ids('domestik violense')[0]).toBe('dv');
    expect(ids('ninos')[0]).toBe('kids');
  });

  it('finds by a translation in any stored language, and Chinese without spaces', () => {
    expect(ids('abuso de niños')[0]).toBe('kids');
    expect(ids('公证欺诈')[0]).toBe('notario');
  });

  it('finds through synonyms to categories, in any language', () => {
    expect(ids('lawyer')).toContain('notario');
    expect(ids('abogado')).toContain('notario');
    expect(index.search({ text: 'abogado' }).concepts).toEqual(['legal-fraud']);
  });

  it('puts 24/7 lines first for crisis words, the one that names it at the top', () => {
    const result = index.search({ text: 'suicide' });
    expect(result.crisis).toBe(true);
    expect(result.hits.map((h) => h.id).slice(0, 2)).toEqual(['lifeline', 'dv']);
    expect(ids('suicidio')[0]).toBe('lifeline');
  });

  it('ranks an ended program below a working one', () => {
    expect(ids('child abuse report')).toEqual(['kids', 'old-kids']);
  });

  it('counts every match but returns only the best `limit`, also none', () => {
    const all = index.search({ text: 'help' });
    expect(all.total).toBeGreaterThan(1);
    expect(index.search({ text: 'help', limit: 1 }).hits).toEqual(all.hits.slice(0, 1));
    expect(index.search({ text: 'help', limit: 0 })).toMatchObject({ hits: [], total: all.total });
  });

  it('says which words matched', () => {
    expect(index.search({ text: 'notaro' }).hits[0]?.terms).toContain('notario');
  });
});

describe('filters', () => {
  it('by category, language spoken and free', () => {
    expect(ids('', { categories: ['t-hot'] }).sort()).toEqual(['dv', 'lifeline']);
    expect(ids('', { language: 'es' })).toEqual(['notario']);
    expect(ids('', { free: true })).toEqual(['notario']);
    expect(ids('help', { categories: ['t-kids'] })).toEqual([]);
  });

  it('open now, in Los Angeles time', () => {
    const wednesdayNoon = Date.parse('2026-11-25T20:00:00Z');
    const wednesdayNight = Date.parse('2026-11-26T07:00:00Z');
    expect(ids('', { openNow: true, now: wednesdayNoon }).sort()).toEqual(['dv', 'lifeline', 'notario']);
    expect(ids('', { openNow: true, now: wednesdayNight }).sort()).toEqual(['dv', 'lifeline']);
  });

  it('near me: distance, radius and sort by distance, computed on the device', () => {
    const downtownLA = { latitude: 34.05, longitude: -118.24 };
    const byDistance = index.search({ text: '', near: downtownLA, sort: 'distance' });
    expect(byDistance.hits.slice(0, 2).map((h) => h.id)).toEqual(['notario', 'dv']);
    expect(byDistance.hits[0]!.distanceKm).toBeGreaterThan(25);
    expect(byDistance.hits[0]!.distanceKm).toBeLessThan(35);
    expect(ids('', { near: { ...downtownLA, radiusKm: 50 } })).toEqual(['notario']);
    expect(distanceInKm(34.05, -118.24, 34.05, -118.24)).toBe(0);
  });
});

describe('the saved index', () => {
  it('answers exactly like the index it was saved from, after a JSON round trip', () => {
    const docs = buildSearchDocs(records);
    const loaded = SearchIndex.load(JSON.parse(JSON.stringify(index.save())), docs, synonyms);
    for (const text of ['notario', 'nota', 'domestik violense', 'suicide', '公证欺诈', 'abogado', 'child abuse report', '']) {
      expect(loaded.search({ text })).toEqual(index.search({ text }));
    }
  });

  it('refuses an index saved for other documents', () => {
    expect(() => SearchIndex.load(index.save(), buildSearchDocs(records).slice(1), synonyms)).toThrow(/made for 5 services, not 4/);
  });
});

describe('typo distance', () => {
  it('is the Levenshtein distance up to the bound, and bound + 1 beyond it', () => {
    expect(boundedLevenshtein('notario', 'notario', 2)).toBe(0);
    expect(boundedLevenshtein('notaro', 'notario', 2)).toBe(1);
    expect(boundedLevenshtein('convicton', 'conviction', 2)).toBe(1);
    expect(boundedLevenshtein('domestik', 'domestic', 1)).toBe(1);
    expect(boundedLevenshtein('kitten', 'sitting', 3)).toBe(3);
    expect(boundedLevenshtein('kitten', 'sitting', 2)).toBe(3);
    expect(boundedLevenshtein('abc', 'abcdef', 2)).toBe(3);
    expect(boundedLevenshtein('ab', 'ba', 2)).toBe(2);
  });

  it('agrees with the full Levenshtein table on random words', () => {
    const full = (a: string, b: string) => {
      const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
      for (let i = 1; i <= a.length; i++)
        for (let j = 1; j <= b.length; j++) d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      return d[a.length]![b.length]!;
    };
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const word = () => Array.from({ length: 1 + Math.floor(random() * 9) }, () => 'abcd'[Math.floor(random() * 4)]).join('');
    for (let n = 0; n < 2000; n++) {
      const a = word();
      const b = word();
      const max = Math.floor(random() * 3);
      expect(boundedLevenshtein(a, b, max), `${a} ${b} ${max}`).toBe(Math.min(full(a, b), max + 1));
    }
  });
});
