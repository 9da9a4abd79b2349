/**
 * What the search index holds for each service: its text in English and in every stored language (so a query in
 * one language finds a record whatever language the screen is in, and an untranslated record is still found by
 * its English), plus the facts the filters need. Pure: built from the stored records.
 */
import type { Location, Organization, Schedule, Service, TaxonomyTerm } from '../model/hsds.ts';
import type { LocalePayload } from '../model/payload.ts';
import { isAlwaysOpen } from '../model/open-now.ts';

/** The text fields of a search document, with how much a match in each counts. */
export const FIELD_BOOSTS = {
  name: 4,
  alternate: 3,
  concepts: 2.5,
  categories: 2,
  organization: 1.5,
  place: 1,
  description: 1,
  eligibility: 0.7,
} as const;

export type SearchField = keyof typeof FIELD_BOOSTS;
export const SEARCH_FIELDS = Object.keys(FIELD_BOOSTS) as SearchField[];

/** The concept every 24/7 phone line carries, matched by crisis words ("suicide", "suicidio", "自杀"…). */
export const CRISIS_CONCEPT = 'crisis';
/** Concept tokens live in their own field; the prefix keeps them from colliding with words. */
export const conceptToken = (concept: string) => `c:${concept}`;

export interface SearchDoc {
  readonly id: string;
  readonly text: Readonly<Record<SearchField, string>>;
  /** Taxonomy term ids. */
  readonly categories: readonly string[];
  /** ISO 639 codes of the languages spoken at the service (HSDS `languages`). */
  readonly languages: readonly string[];
  readonly free: boolean;
  /** Answers 24 hours a day, 7 days a week, by phone. */
  readonly alwaysOpen: boolean;
  readonly active: boolean;
  /** Coordinates of the service's sites, for "near me". */
  readonly points: ReadonlyArray<readonly [number, number]>;
  /** All schedules that apply to the service, for "open now". */
  readonly schedules: readonly Schedule[];
}

export interface SearchRecords {
  readonly services: readonly Service[];
  readonly organizations: readonly Organization[];
  readonly locations: readonly Location[];
  readonly taxonomy: readonly TaxonomyTerm[];
  /** Translation payloads stored on this device (any number of locales). */
  readonly translations: readonly LocalePayload[];
}

export function buildSearchDocs(records: SearchRecords): SearchDoc[] {
  const organizations = new Map(records.organizations.map((o) => [o.id, o]));
  const locations = new Map(records.locations.map((l) => [l.id, l]));
  const terms = new Map(records.taxonomy.map((t) => [t.id, t]));
  /** The English text and every stored translation of one field, joined. */
  const all = (id: string, field: string, english: string | undefined): string => {
    const parts = english ? [english] : [];
    for (const payload of records.translations) {
      const text = payload.entries[id]?.[field]?.text;
      if (text) parts.push(text);
    }
    return parts.join('\n');
  };

  return records.services.map((service) => {
    const org = organizations.get(service.organization_id);
    const sites = (service.service_at_locations ?? []).flatMap((sal) => {
      const location = locations.get(sal.location_id);
      return location ? [{ sal, location }] : [];
    });
    const categoryTerms = (service.attributes ?? []).flatMap((a) => {
      const term = terms.get(a.taxonomy_term_id);
      return term ? [term] : [];
    });
    const schedules = [
      ...(service.schedules ?? []),
      ...sites.flatMap(({ sal, location }) => [...(sal.schedules ?? []), ...(location.schedules ?? [])]),
    ];
    const phones = [...(service.phones ?? []), ...sites.flatMap(({ sal }) => sal.phones ?? [])];
    const alwaysOpen = phones.length > 0 && isAlwaysOpen(service.schedules);
    const concepts = categoryTerms.flatMap((t) => (t.code ? [conceptToken(t.code)] : []));
    if (alwaysOpen) concepts.push(conceptToken(CRISIS_CONCEPT));

    return {
      id: service.id,
      text: {
        name: all(service.id, 'name', service.name),
        alternate: all(service.id, 'alternate_name', service.alternate_name),
        concepts: concepts.join(' '),
        categories: categoryTerms.map((t) => all(t.id, 'name', t.name)).join('\n'),
        organization: org ? [all(org.id, 'name', org.name), all(org.id, 'alternate_name', org.alternate_name)].join('\n') : '',
        place: sites
          .flatMap(({ location }) => [
            all(location.id, 'name', location.name),
            ...(location.addresses ?? []).flatMap((a) => [a.city, a.region ?? '']),
          ])
          .join('\n'),
        description: all(service.id, 'description', service.description),
        eligibility: all(service.id, 'eligibility_description', service.eligibility_description),
      },
      categories: categoryTerms.map((t) => t.id),
      languages: [...new Set((service.languages ?? []).flatMap((l) => (l.code ? [l.code] : [])))],
      free: (service.cost_options ?? []).some((c) => c.amount === 0),
      alwaysOpen,
      active: service.status === 'active',
      points: sites.flatMap(({ location }) =>
        location.latitude !== undefined && location.longitude !== undefined
          ? [[location.latitude, location.longitude] as const]
          : [],
      ),
      schedules,
    };
  });
}
