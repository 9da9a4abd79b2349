import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { assertNoPoisoning, restoreGlobals } from '@fast-check/poisoning';
import * as v from 'valibot';
import { importHsds } from '../../scripts/lib/hsds-import.ts';
import { exportHsds } from '../../scripts/lib/hsds-export.ts';
import { officialServiceValidator } from '../../scripts/lib/hsds-schema.ts';
import { readTabular } from '../../scripts/lib/tabular.ts';
import { loadDatasetSource } from '../../scripts/lib/dataset-source.ts';
import * as hsds from '../../src/model/hsds.ts';

const EXAMPLES = 'test/fixtures/hsds/examples';
const options = { source: { url: 'https://github.com/openreferral/specification' }, today: '2026-11-25' };
const example = (name: string) => JSON.parse(readFileSync(`${EXAMPLES}/${name}`, 'utf8')) as unknown;
const validateOfficial = officialServiceValidator();

describe('importing the official HSDS 3.0 examples', () => {
  it.each(['service_full.json', 'service_list.json', 'organization_full.json', 'service_at_location_full.json', 'service_at_location_list.json', 'tabular.json'])(
    '%s gives the example service, its organization and what the app can use',
    (name) => {
      const result = importHsds(example(name), options);
      expect(result.rejected).toEqual([]);
      expect(result.services.map((s) => s.name)).toEqual(['Community Counselling']);
      expect(result.organizations.map((o) => o.name)).toEqual(['Example Organization Inc.']);
      const service = result.services[0]!;
      expect(service.provenance.sources).toEqual([options.source]);
      expect(service.provenance.verified).toBe('2005-01-01'); // the example's assured_date
      // UK phone numbers and http:// links cannot be used here: left out and reported, never "fixed".
      expect(service.phones ?? []).toEqual([]);
      expect(service.url).toBeUndefined();
      expect(result.warnings.some((w) => w.includes('not an https URL'))).toBe(true);
    },
  );

  it('the CSV tables import like the JSON form', () => {
    const fromCsv = importHsds(readTabular(`${EXAMPLES}/csv`), options);
    const fromJson = importHsds(example('tabular.json'), options);
    expect(fromCsv.rejected).toEqual([]);
    expect(fromCsv.services).toEqual(fromJson.services);
    expect(fromCsv.locations).toEqual(fromJson.locations);
  });

  it('times are read as HH:MM; schedules keep their days', () => {
    const service = importHsds(example('service_full.json'), options).services[0]!;
    expect(service.schedules?.[0]).toMatchObject({ byday: 'TH,FR', opens_at: '10:00', closes_at: '18:00', freq: 'WEEKLY' });
  });

  it('every other example file is either imported or refused with a reason', () => {
    for (const name of readdirSync(EXAMPLES).filter((f) => f.endsWith('.json'))) {
      const result = importHsds(example(name), options);
      const imported = result.services.length + result.organizations.length + result.locations.length + result.taxonomy.length;
      if (!imported) expect(result.rejected.join(), name).toMatch(/holds no records/);
    }
  });
});

describe('export', () => {
  const source = loadDatasetSource('data');
  const dataset = {
    organizations: source.organizations.map((o) => o.value),
    services: source.services.map((s) => s.value),
    locations: source.locations.map((l) => l.value),
    taxonomy: source.taxonomy.map((t) => t.value),
  };

  it('validates against the official HSDS 3.0 service schema', () => {
    const page = exportHsds(dataset);
    expect(page.contents.length).toBe(dataset.services.length);
    for (const service of page.contents) expect(validateOfficial(service), String(service.id)).toEqual([]);
  });

  it('the official validator does catch a broken service (the check can fail)', () => {
    const page = exportHsds(dataset);
    const broken = { ...page.contents[0]!, status: 'sort of open', id: 'not-a-uuid' };
    expect(validateOfficial(broken).length).toBeGreaterThan(0);
  });

  it('import(export(dataset)) gives back the same records', () => {
    const again = importHsds(exportHsds(dataset), options);
    expect(again.rejected).toEqual([]);
    const byId = <T extends { id: string }>(xs: readonly T[]) => [...xs].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId(again.services)).toEqual(byId(dataset.services));
    expect(byId(again.organizations)).toEqual(byId(dataset.organizations.filter((o) => dataset.services.some((s) => s.organization_id === o.id))));
    expect(byId(again.locations)).toEqual(byId(dataset.locations.filter((l) => dataset.services.some((s) => s.service_at_locations?.some((x) => x.location_id === l.id)))));
    const usedTerms = new Set(dataset.services.flatMap((s) => s.attributes?.map((a) => a.taxonomy_term_id) ?? []));
    expect(byId(again.taxonomy)).toEqual(byId(dataset.taxonomy.filter((t) => usedTerms.has(t.id))));
  });
});

describe('the importer with arbitrary input', () => {
  const accepted = (result: ReturnType<typeof importHsds>) => {
    for (const s of result.services) expect(v.safeParse(hsds.Service, s).success).toBe(true);
    for (const o of result.organizations) expect(v.safeParse(hsds.Organization, o).success).toBe(true);
    for (const l of result.locations) expect(v.safeParse(hsds.Location, l).success).toBe(true);
    for (const t of result.taxonomy) expect(v.safeParse(hsds.TaxonomyTerm, t).success).toBe(true);
  };

  it('never throws and never accepts an invalid record (arbitrary JSON)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (input) => {
        accepted(importHsds(input, options));
      }),
      { numRuns: 1000 },
    );
  });

  it('never throws and never accepts an invalid record (service-shaped objects with hostile values)', () => {
    const hostile = fc.oneof(
      fc.string(),
      fc.constantFrom('javascript:alert(1)', 'https://ok.example.org/', '(213) 893-0487', '__proto__', '<img src=x onerror=alert(1)>', '10:00:00', ''),
      fc.integer(),
      fc.constant(null),
      fc.jsonValue(),
    );
    const phone = fc.record({ id: hostile, number: hostile, type: hostile }, { requiredKeys: [] });
    const service = fc.record(
      {
        id: fc.oneof(fc.uuid(), hostile),
        name: hostile,
        status: fc.oneof(fc.constantFrom('active', 'defunct'), hostile),
        url: hostile,
        email: hostile,
        phones: fc.array(phone, { maxLength: 3 }),
        schedules: fc.array(fc.record({ id: hostile, byday: hostile, opens_at: hostile, closes_at: hostile }, { requiredKeys: [] }), { maxLength: 2 }),
        organization: fc.record({ id: fc.oneof(fc.uuid(), hostile), name: hostile, description: hostile }, { requiredKeys: [] }),
        service_at_locations: fc.array(fc.record({ id: hostile, location: fc.record({ id: hostile, location_type: hostile }, { requiredKeys: [] }) }, { requiredKeys: [] }), { maxLength: 2 }),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.array(service, { maxLength: 4 }), (input) => {
        accepted(importHsds({ contents: input }, options));
      }),
      { numRuns: 1000 },
    );
  });

  it('does not pollute Object.prototype, even with __proto__ and constructor keys', () => {
    const payloads = [
      '{"__proto__": {"polluted": 1}, "id": "x", "name": "n", "status": "active"}',
      '{"contents": [{"constructor": {"prototype": {"polluted": 1}}, "id": "x", "name": "n", "status": "active", "organization": {"__proto__": {"polluted": 1}}}]}',
    ];
    for (const text of payloads) importHsds(JSON.parse(text), options);
    fc.assert(
      fc.property(fc.anything({ withObjectString: true, withNullPrototype: true }), (input) => {
        importHsds(input, options);
        importHsds({ contents: [input] }, options);
      }),
      { numRuns: 1000 },
    );
    // Only the built-ins a parser could poison: Vitest itself adds globals while the test runs.
    const builtIns = { ignoredRootRegex: /^(?!(?:Object|Array|Function|String|Number|Boolean|Symbol|JSON|Reflect|Map|Set|Promise)$)/ };
    try {
      assertNoPoisoning(builtIns);
    } catch (error) {
      restoreGlobals(builtIns);
      throw error;
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
