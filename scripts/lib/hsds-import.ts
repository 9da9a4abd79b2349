/**
 * HSDS 3.0 in, this app's records out. Accepts a `service_full` object, a list or page of them
 * (`{ contents: [...] }`), or the tabular form (`{ "services.csv": [rows], ... }`, as in the specification's
 * tabular.json, or read from a datapackage folder by readTabularFolder). Pure: never throws on bad input.
 *
 * What the app cannot use or trust is left out with a warning, never guessed: a phone that is not a North
 * American number, an http:// URL, a reference to a record that is not there. A record missing what the app
 * needs (an id, a name, its organization) is rejected with the reason.
 */
import * as v from 'valibot';
import * as hsds from '../../src/model/hsds.ts';
import { describeIssues } from '../../src/model/json.ts';

export interface ImportOptions {
  /** Where the data came from; used as provenance for records that bring none. */
  readonly source: hsds.Source;
  /** Today's date (YYYY-MM-DD), for records with neither provenance nor assured_date. */
  readonly today: string;
}

export interface ImportResult {
  organizations: hsds.Organization[];
  services: hsds.Service[];
  locations: hsds.Location[];
  taxonomy: hsds.TaxonomyTerm[];
  /** Parts left out, each "where: what". */
  warnings: string[];
  /** Records not imported, each "where: why". */
  rejected: string[];
}

type Obj = Record<string, unknown>;
const isObj = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);
const list = (x: unknown): unknown[] => (Array.isArray(x) ? x : []);

const MAX_RECORDS = 200_000;

/** Copies only own, non-poisonous keys (input may come from JSON.parse without a reviver). */
function pick(source: unknown, keys: readonly string[]): Obj {
  const out: Obj = {};
  if (!isObj(source)) return out;
  for (const key of keys) {
    if (Object.prototype.hasOwnProperty.call(source, key)) {
      const value = source[key];
      if (value !== null && value !== undefined && value !== '') out[key] = value;
    }
  }
  return out;
}

/** HSDS allows "10:00:00" and "09:00-05:00"; the app uses local "HH:MM" (America/Los_Angeles). */
function normaliseTime(value: unknown, where: string, warnings: string[]): unknown {
  if (typeof value !== 'string') return value;
  const m = /^(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/.exec(value.trim());
  if (!m) return value;
  if (m[2]) warnings.push(`${where}: time zone "${m[2]}" dropped; times are read as Los Angeles local time`);
  return m[1];
}

function cleanNumber(value: unknown): unknown {
  if (typeof value === 'string' && /^-?\d+(?:\.\d+)?$/.test(value.trim())) return Number(value);
  return value;
}

/** Phone numbers sometimes arrive quoted ('"+44 1234 234567"' in the HSDS example). */
const cleanPhoneNumber = (value: unknown) => (typeof value === 'string' ? value.trim().replace(/^"(.*)"$/, '$1') : value);

const PHONE_KEYS = ['id', 'number', 'extension', 'type', 'description', 'languages', 'provenance'] as const;
const LANGUAGE_KEYS = ['id', 'name', 'code', 'note'] as const;
const SCHEDULE_KEYS = ['id', 'valid_from', 'valid_to', 'freq', 'interval', 'byday', 'opens_at', 'closes_at', 'description', 'notes', 'attending_type', 'provenance'] as const;
const ADDRESS_KEYS = ['id', 'attention', 'address_1', 'address_2', 'city', 'region', 'state_province', 'postal_code', 'country', 'address_type'] as const;
const LOCATION_KEYS = ['id', 'location_type', 'organization_id', 'name', 'alternate_name', 'description', 'transportation', 'url', 'latitude', 'longitude', 'provenance'] as const;
const ORGANIZATION_KEYS = ['id', 'name', 'alternate_name', 'description', 'email', 'website', 'parent_organization_id', 'provenance'] as const;
const SERVICE_KEYS = [
  'id', 'organization_id', 'name', 'alternate_name', 'description', 'url', 'email', 'status', 'interpretation_services',
  'application_process', 'fees_description', 'eligibility_description', 'minimum_age', 'maximum_age', 'assured_date',
  'alert', 'last_modified', 'provenance',
] as const;
const TERM_KEYS = ['id', 'code', 'name', 'description', 'parent_id', 'taxonomy', 'mappings', 'icon'] as const;

function phone(raw: unknown, where: string, warnings: string[]): Obj {
  const p = pick(raw, PHONE_KEYS);
  p.number = cleanPhoneNumber(p.number);
  p.extension = cleanNumber(p.extension);
  if (p.extension === undefined) delete p.extension;
  if (isObj(raw) && raw.languages) p.languages = list(raw.languages).map((l) => pick(l, LANGUAGE_KEYS));
  return p;
}

function schedule(raw: unknown, where: string, warnings: string[]): Obj {
  const s = pick(raw, SCHEDULE_KEYS);
  for (const key of ['opens_at', 'closes_at'] as const) if (s[key] !== undefined) s[key] = normaliseTime(s[key], `${where}.${key}`, warnings);
  s.interval = cleanNumber(s.interval);
  if (s.interval === undefined) delete s.interval;
  return s;
}

function location(raw: unknown, where: string, warnings: string[]): Obj {
  const l = pick(raw, LOCATION_KEYS);
  l.latitude = cleanNumber(l.latitude);
  l.longitude = cleanNumber(l.longitude);
  for (const k of ['latitude', 'longitude']) if (l[k] === undefined) delete l[k];
  if (!isObj(raw)) return l;
  if (raw.addresses) l.addresses = list(raw.addresses).map((a) => pick(a, ADDRESS_KEYS));
  if (raw.phones) l.phones = list(raw.phones).map((p, i) => phone(p, `${where}.phones[${i}]`, warnings));
  if (raw.schedules) l.schedules = list(raw.schedules).map((s, i) => schedule(s, `${where}.schedules[${i}]`, warnings));
  if (raw.languages) l.languages = list(raw.languages).map((x) => pick(x, LANGUAGE_KEYS));
  return l;
}

/**
 * Validates a record; what fails validation inside it is removed and reported — the field if it is optional,
 * else the list item holding it (a phone with no number) — until it validates. A problem with a required field
 * of the record itself (no id, no name) rejects the record.
 */
function admit<S extends v.GenericSchema>(schema: S, record: Obj, where: string, warnings: string[]): v.InferOutput<S> | string[] {
  const tried = new Map<string, number>(); // field path -> index of its warning
  for (let round = 0; round < 500; round++) {
    const result = v.safeParse(schema, record);
    if (result.success) return result.output as v.InferOutput<S>;
    const issue = result.issues[0]!;
    const path = (issue.path ?? []).map((p) => (p as { key: string | number }).key);
    const key = JSON.stringify(path);
    const present = path.length > 0 && hasPath(record, path);
    const message = describeIssues(where, [issue])[0]!;
    if (present && !tried.has(key)) {
      // First try: leave out just this field.
      tried.set(key, warnings.push(`${message} — left out`) - 1);
      removeAt(record, path);
      continue;
    }
    // Still failing without it (it is required), or it is missing: leave out the list item that holds it.
    const lastIndex = path.findLastIndex((k) => typeof k === 'number');
    if (lastIndex < 0) return describeIssues(where, result.issues);
    const item = path.slice(0, lastIndex + 1);
    const earlier = tried.get(key);
    const reason = earlier !== undefined ? warnings[earlier]!.replace(/ — left out$/, '') : message;
    const itemMessage = `${where}: ${issuePathText(item)} left out (${reason.slice(where.length + 2)})`;
    if (earlier !== undefined) warnings[earlier] = itemMessage;
    else warnings.push(itemMessage);
    removeAt(record, item);
  }
  return [`${where}: too many problems to import`];
}

function issuePathText(path: readonly (string | number)[]): string {
  return path.map((k, i) => (typeof k === 'number' ? `[${k}]` : i ? `.${k}` : k)).join('');
}

function hasPath(record: Obj, path: readonly (string | number)[]): boolean {
  let node: unknown = record;
  for (const key of path) {
    if (Array.isArray(node) && typeof key === 'number' && key < node.length) node = node[key];
    else if (isObj(node) && typeof key === 'string' && Object.prototype.hasOwnProperty.call(node, key)) node = node[key];
    else return false;
  }
  return true;
}

function removeAt(record: Obj, path: readonly (string | number)[]): void {
  let node: unknown = record;
  for (const key of path.slice(0, -1)) node = (node as Record<string | number, unknown>)[key];
  const last = path.at(-1)!;
  if (Array.isArray(node) && typeof last === 'number') node.splice(last, 1);
  else if (isObj(node)) delete node[last as string];
}

/** Turns the tabular form (rows per table) into service_full objects. */
function servicesFromTables(tables: Record<string, unknown>): unknown[] {
  const rows = (name: string) => list(tables[name]).filter(isObj);
  const byKey = (name: string, key: string) => {
    const map = new Map<string, Obj[]>();
    for (const row of rows(name)) {
      const k = row[key];
      if (typeof k === 'string' && k) map.set(k, [...(map.get(k) ?? []), row]);
    }
    return map;
  };
  const orgs = new Map(rows('organizations.csv').map((o) => [String(o.id), o]));
  const locations = new Map(rows('locations.csv').map((l) => [String(l.id), l]));
  const terms = new Map(rows('taxonomy_terms.csv').map((t) => [String(t.id), t]));
  const addressesByLocation = byKey('addresses.csv', 'location_id');
  const phonesByService = byKey('phones.csv', 'service_id');
  const phonesByLocation = byKey('phones.csv', 'location_id');
  const phonesByOrg = byKey('phones.csv', 'organization_id');
  const schedulesByService = byKey('schedules.csv', 'service_id');
  const schedulesByLocation = byKey('schedules.csv', 'location_id');
  const languagesByService = byKey('languages.csv', 'service_id');
  const languagesByPhone = byKey('languages.csv', 'phone_id');
  const salByService = byKey('service_at_location.csv', 'service_id');
  const attributesByLink = byKey('attributes.csv', 'link_id');
  const documentsByService = byKey('required_documents.csv', 'service_id');
  const costsByService = byKey('cost_options.csv', 'service_id');
  const withLanguages = (p: Obj) => ({ ...p, languages: languagesByPhone.get(String(p.id)) });
  const fullLocation = (l: Obj) => ({
    ...l,
    addresses: addressesByLocation.get(String(l.id)),
    phones: phonesByLocation.get(String(l.id))?.map(withLanguages),
    schedules: schedulesByLocation.get(String(l.id)),
  });
  return rows('services.csv').map((s) => {
    const id = String(s.id);
    const org = orgs.get(String(s.organization_id));
    return {
      ...s,
      organization: org && { ...org, phones: phonesByOrg.get(String(org.id))?.filter((p) => !p.service_id)?.map(withLanguages) },
      phones: phonesByService.get(id)?.map(withLanguages),
      schedules: schedulesByService.get(id),
      languages: languagesByService.get(id),
      required_documents: documentsByService.get(id),
      cost_options: costsByService.get(id),
      service_at_locations: salByService.get(id)?.map((sal) => ({
        ...sal,
        location: locations.get(String(sal.location_id)) && fullLocation(locations.get(String(sal.location_id))!),
      })),
      attributes: [...(attributesByLink.get(id) ?? [])].map((a) => ({ ...a, taxonomy_term: terms.get(String(a.taxonomy_term_id)) })),
    };
  });
}

type Kind = 'service' | 'service_at_location' | 'organization' | 'location' | 'taxonomy_term' | 'taxonomy' | 'api_root' | 'unknown';

/** Which HSDS object this is, from the fields only that object has. */
function kindOf(x: unknown): Kind {
  if (!isObj(x)) return 'unknown';
  if ('openapi_url' in x || 'profile' in x) return 'api_root';
  if ('status' in x || 'service_at_locations' in x || 'eligibility_description' in x) return 'service';
  if (isObj(x.service) || (isObj(x.location) && !('name' in x))) return 'service_at_location';
  if ('location_type' in x) return 'location';
  if ('code' in x || 'taxonomy_id' in x || 'taxonomy_detail' in x || 'term_uri' in x || 'parent_id' in x) return 'taxonomy_term';
  if ('version' in x && !('website' in x) && !('email' in x)) return 'taxonomy';
  if ('name' in x && 'description' in x) return 'organization';
  if ('name' in x && 'organization' in x) return 'service';
  return 'unknown';
}

export interface FoundObjects {
  readonly shape: string;
  readonly services: unknown[];
  readonly organizations: unknown[];
  readonly locations: unknown[];
  readonly terms: unknown[];
  readonly ignored: string[];
}

/** Sorts whatever HSDS shape arrived into services (as service_full) and standalone records. */
export function findObjects(input: unknown): FoundObjects | undefined {
  let items: unknown[];
  let shape: string;
  if (Array.isArray(input)) [items, shape] = [input, 'list'];
  else if (isObj(input) && Array.isArray(input.contents)) [items, shape] = [input.contents, 'page'];
  else if (isObj(input) && Object.keys(input).some((k) => k.endsWith('.csv'))) {
    const tables = input;
    const services = servicesFromTables(tables);
    const inServices = new Set(services.map((s) => String((s as Obj).organization_id)));
    return {
      shape: 'tabular data',
      services,
      organizations: list(tables['organizations.csv']).filter((o) => isObj(o) && !inServices.has(String(o.id))),
      locations: [],
      terms: list(tables['taxonomy_terms.csv']),
      ignored: [],
    };
  } else if (isObj(input)) [items, shape] = [[input], 'one object'];
  else return undefined;

  const found: FoundObjects = { shape, services: [], organizations: [], locations: [], terms: [], ignored: [] };
  items.forEach((item, i) => {
    const kind = kindOf(item);
    const obj = item as Obj;
    switch (kind) {
      case 'service':
        found.services.push(item);
        break;
      case 'service_at_location': {
        const { service, location, ...sal } = obj;
        if (isObj(service)) found.services.push({ ...service, service_at_locations: [{ ...sal, location }] });
        else found.ignored.push(`item ${i}: a service_at_location without its service`);
        break;
      }
      case 'organization': {
        const { services, ...org } = obj;
        const nested = list(services);
        for (const svc of nested) if (isObj(svc)) found.services.push({ ...svc, organization: org });
        if (!nested.length) found.organizations.push(org);
        break;
      }
      case 'location':
        found.locations.push(item);
        break;
      case 'taxonomy_term':
        found.terms.push(item);
        break;
      case 'taxonomy':
        found.ignored.push(`item ${i}: a taxonomy (name, version) holds no records; its terms come from taxonomy_term data`);
        break;
      case 'api_root':
        found.ignored.push(`item ${i}: the HSDS API root (version, profile) holds no records`);
        break;
      default:
        found.ignored.push(`item ${i}: not an HSDS object this tool knows`);
    }
  });
  return found;
}

export function importHsds(input: unknown, options: ImportOptions): ImportResult {
  const result: ImportResult = { organizations: [], services: [], locations: [], taxonomy: [], warnings: [], rejected: [] };
  const found = findObjects(input);
  if (!found || !(found.services.length + found.organizations.length + found.locations.length + found.terms.length)) {
    result.rejected.push(
      `input: no HSDS 3.0 records found${found?.ignored.length ? ` (${found.ignored.join('; ')})` : ''}; expected services, organizations, locations or taxonomy terms: one, a list, a page, or tabular data`,
    );
    return result;
  }
  if (found.services.length > MAX_RECORDS) {
    result.rejected.push(`input: ${found.services.length} services is more than the ${MAX_RECORDS} this tool imports at once`);
    return result;
  }
  result.warnings.push(...found.ignored);
  const { warnings } = result;
  const organizations = new Map<string, Obj>();
  const locations = new Map<string, Obj>();
  const terms = new Map<string, Obj>();
  const candidates: { where: string; record: Obj }[] = [];

  const provenanceFor = (raw: Obj, assured?: unknown): unknown => {
    if (raw.provenance !== undefined) return raw.provenance;
    const date = typeof assured === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(assured) ? assured : undefined;
    return {
      sources: [options.source],
      verified: date ?? options.today,
      ...(date ? {} : { note: 'Imported from HSDS data that gave no verification date; not yet checked by a person.' }),
    };
  };

  found.organizations.forEach((org) => {
    if (isObj(org) && typeof org.id === 'string' && !organizations.has(org.id)) {
      const o = pick(org, ORGANIZATION_KEYS);
      o.provenance = provenanceFor(org);
      if (org.phones) o.phones = list(org.phones).map((p, j) => phone(p, `organization ${org.id}.phones[${j}]`, warnings));
      organizations.set(org.id, o);
    }
  });
  found.locations.forEach((loc) => {
    if (isObj(loc) && typeof loc.id === 'string' && !locations.has(loc.id)) {
      const l = location(loc, `location ${loc.id}`, warnings);
      l.provenance = provenanceFor(loc);
      locations.set(loc.id, l);
    }
  });
  found.terms.forEach((term) => {
    if (isObj(term) && typeof term.id === 'string' && !terms.has(term.id)) terms.set(term.id, pick(term, TERM_KEYS));
  });
  found.services.forEach((raw, i) => {
    const where = `services[${i}]`;
    if (!isObj(raw)) {
      result.rejected.push(`${where}: not an object`);
      return;
    }
    const service = pick(raw, SERVICE_KEYS);
    service.minimum_age = cleanNumber(service.minimum_age);
    service.maximum_age = cleanNumber(service.maximum_age);
    for (const k of ['minimum_age', 'maximum_age']) if (service[k] === undefined) delete service[k];
    if (typeof service.assured_date === 'string' && !/^\d{4}-\d{2}-\d{2}$/.test(service.assured_date)) delete service.assured_date;
    service.provenance = provenanceFor(raw, service.assured_date);
    if (isObj(service.provenance) && typeof service.assured_date === 'string') service.provenance.verified = service.assured_date;

    const org = raw.organization;
    if (isObj(org) && typeof org.id === 'string') {
      service.organization_id ??= org.id;
      if (!organizations.has(org.id)) {
        const o = pick(org, ORGANIZATION_KEYS);
        o.provenance = provenanceFor(org, service.assured_date);
        if (org.phones) o.phones = list(org.phones).map((p, j) => phone(p, `${where}.organization.phones[${j}]`, warnings));
        organizations.set(org.id, o);
      }
    }
    if (raw.phones) service.phones = list(raw.phones).map((p, j) => phone(p, `${where}.phones[${j}]`, warnings));
    if (raw.schedules) service.schedules = list(raw.schedules).map((s, j) => schedule(s, `${where}.schedules[${j}]`, warnings));
    if (raw.languages) service.languages = list(raw.languages).map((l) => pick(l, LANGUAGE_KEYS));
    if (raw.required_documents) service.required_documents = list(raw.required_documents).map((d) => pick(d, ['id', 'document', 'uri']));
    if (raw.cost_options) {
      service.cost_options = list(raw.cost_options).map((c) => {
        const out = pick(c, ['id', 'valid_from', 'valid_to', 'option', 'currency', 'amount', 'amount_description']);
        const amount = cleanNumber(out.amount);
        if (typeof amount === 'number') out.amount = amount;
        else delete out.amount;
        return out;
      });
    }
    if (raw.service_at_locations) {
      service.service_at_locations = list(raw.service_at_locations).flatMap((sal, j) => {
        if (!isObj(sal)) return [];
        const loc = sal.location;
        const locationId = typeof sal.location_id === 'string' ? sal.location_id : isObj(loc) && typeof loc.id === 'string' ? loc.id : undefined;
        if (isObj(loc) && typeof loc.id === 'string' && !locations.has(loc.id)) {
          const l = location(loc, `${where}.service_at_locations[${j}].location`, warnings);
          l.provenance = provenanceFor(loc, service.assured_date);
          locations.set(loc.id, l);
        }
        const out = pick(sal, ['id', 'description']);
        if (locationId) out.location_id = locationId;
        if (sal.phones) out.phones = list(sal.phones).map((p, k) => phone(p, `${where}.service_at_locations[${j}].phones[${k}]`, warnings));
        if (sal.schedules) out.schedules = list(sal.schedules).map((s, k) => schedule(s, `${where}.service_at_locations[${j}].schedules[${k}]`, warnings));
        return [out];
      });
    }
    if (raw.attributes) {
      service.attributes = list(raw.attributes).flatMap((a) => {
        if (!isObj(a)) return [];
        const term = a.taxonomy_term;
        const termId = typeof a.taxonomy_term_id === 'string' ? a.taxonomy_term_id : isObj(term) && typeof term.id === 'string' ? term.id : undefined;
        if (isObj(term) && typeof term.id === 'string' && !terms.has(term.id)) terms.set(term.id, pick(term, TERM_KEYS));
        return termId ? [{ ...pick(a, ['id', 'value']), taxonomy_term_id: termId }] : [];
      });
    }
    candidates.push({ where, record: service });
  });

  // Taxonomy terms, organizations and locations first, so references can be checked against what was admitted.
  for (const [id, term] of terms) {
    const admitted = admit(hsds.TaxonomyTerm, term, `taxonomy_term ${id}`, warnings);
    if (Array.isArray(admitted)) result.rejected.push(...admitted);
    else result.taxonomy.push(admitted);
  }
  for (const [id, org] of organizations) {
    const admitted = admit(hsds.Organization, org, `organization ${id}`, warnings);
    if (Array.isArray(admitted)) result.rejected.push(...admitted);
    else result.organizations.push(admitted);
  }
  for (const [id, loc] of locations) {
    const admitted = admit(hsds.Location, loc, `location ${id}`, warnings);
    if (Array.isArray(admitted)) result.rejected.push(...admitted);
    else result.locations.push(admitted);
  }
  const has = (items: { id: string }[]) => new Set(items.map((x) => x.id));
  const orgIds = has(result.organizations);
  const locIds = has(result.locations);
  const termIds = has(result.taxonomy);

  // Dangling references inside admitted organizations, locations and terms are dropped, not guessed.
  for (const o of result.organizations) {
    if (o.parent_organization_id && !orgIds.has(o.parent_organization_id)) {
      warnings.push(`organization ${o.id}: parent_organization_id "${o.parent_organization_id}" is not in the import — left out`);
      delete (o as Obj).parent_organization_id;
    }
  }
  for (const l of result.locations) {
    if (l.organization_id && !orgIds.has(l.organization_id)) {
      warnings.push(`location ${l.id}: organization_id "${l.organization_id}" is not in the import — left out`);
      delete (l as Obj).organization_id;
    }
  }
  for (const t of result.taxonomy) {
    if (t.parent_id && !termIds.has(t.parent_id)) {
      warnings.push(`taxonomy_term ${t.id}: parent_id "${t.parent_id}" is not in the import — left out`);
      delete (t as Obj).parent_id;
    }
  }

  const seen = new Set<string>();
  for (const { where, record } of candidates) {
    if (record.service_at_locations) {
      record.service_at_locations = (record.service_at_locations as Obj[]).filter((sal) => {
        const ok = typeof sal.location_id === 'string' && locIds.has(sal.location_id);
        if (!ok) warnings.push(`${where}.service_at_locations: location "${String(sal.location_id)}" is not in the import — left out`);
        return ok;
      });
    }
    if (record.attributes) {
      record.attributes = (record.attributes as Obj[]).filter((a) => {
        const ok = termIds.has(String(a.taxonomy_term_id));
        if (!ok) warnings.push(`${where}.attributes: taxonomy term "${String(a.taxonomy_term_id)}" is not in the import — left out`);
        return ok;
      });
    }
    if (typeof record.organization_id === 'string' && !orgIds.has(record.organization_id)) {
      result.rejected.push(`${where}: its organization "${record.organization_id}" is not in the import (the app needs one)`);
      continue;
    }
    const admitted = admit(hsds.Service, record, where, warnings);
    if (Array.isArray(admitted)) {
      result.rejected.push(...admitted);
      continue;
    }
    if (seen.has(admitted.id)) {
      result.rejected.push(`${where}: id "${admitted.id}" appears twice`);
      continue;
    }
    seen.add(admitted.id);
    result.services.push(admitted);
  }
  return result;
}
