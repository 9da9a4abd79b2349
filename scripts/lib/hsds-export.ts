/**
 * This app's records out as HSDS 3.0: a page of `service_full` objects (the `service_list` response of the
 * HSDS API), each with its organization, locations (through service_at_locations) and taxonomy terms nested.
 * Profile fields (`provenance`, term `mappings`/`icon`) stay in: HSDS allows additional properties.
 */
import type { Location, Organization, Service, TaxonomyTerm } from '../../src/model/hsds.ts';

export interface ExportInput {
  readonly organizations: readonly Organization[];
  readonly services: readonly Service[];
  readonly locations: readonly Location[];
  readonly taxonomy: readonly TaxonomyTerm[];
}

export interface ServicePage {
  total_items: number;
  total_pages: number;
  page_number: number;
  size: number;
  first_page: boolean;
  last_page: boolean;
  empty: boolean;
  contents: Record<string, unknown>[];
}

/** HSDS nests each record's own id in its children (phone.service_id, …); we add them so the export stands alone. */
export function exportHsds(input: ExportInput): ServicePage {
  const orgs = new Map(input.organizations.map((o) => [o.id, o]));
  const locations = new Map(input.locations.map((l) => [l.id, l]));
  const terms = new Map(input.taxonomy.map((t) => [t.id, t]));
  const contents = [...input.services]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((service) => {
      const org = orgs.get(service.organization_id);
      return {
        ...service,
        phones: service.phones?.map((p) => ({ ...p, service_id: service.id })),
        schedules: service.schedules?.map((s) => ({ ...s, service_id: service.id })),
        languages: service.languages?.map((l) => ({ ...l, service_id: service.id })),
        required_documents: service.required_documents?.map((d) => ({ ...d, service_id: service.id })),
        cost_options: service.cost_options?.map((c) => ({ ...c, service_id: service.id })),
        organization: org && {
          ...org,
          phones: org.phones?.map((p) => ({ ...p, organization_id: org.id })),
        },
        service_at_locations: service.service_at_locations?.map((sal) => {
          const location = locations.get(sal.location_id);
          return {
            ...sal,
            service_id: service.id,
            location: location && {
              ...location,
              addresses: location.addresses?.map((a) => ({ ...a, location_id: location.id })),
              phones: location.phones?.map((p) => ({ ...p, location_id: location.id })),
              schedules: location.schedules?.map((s) => ({ ...s, location_id: location.id })),
              languages: location.languages?.map((l) => ({ ...l, location_id: location.id })),
            },
          };
        }),
        attributes: service.attributes?.map((a) => ({
          ...a,
          link_id: service.id,
          link_type: 'service',
          link_entity: 'service',
          taxonomy_term: terms.get(a.taxonomy_term_id),
        })),
      };
    })
    .map(dropUndefined);
  return {
    total_items: contents.length,
    total_pages: 1,
    page_number: 1,
    size: contents.length,
    first_page: true,
    last_page: true,
    empty: contents.length === 0,
    contents,
  };
}

function dropUndefined<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
