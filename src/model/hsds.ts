/**
 * The HSDS 3.0 objects this app uses, as valibot schemas. Field names are HSDS's own
 * (../shared/hsds/schema/*.json) so real HSDS data maps without a table. Two things are this project's profile
 * extension (documented in data/PROFILE.md): `provenance` on every record that states facts, and the
 * `x_`-free convention that a service's categories are HSDS `attributes` pointing at taxonomy terms.
 *
 * Types come from the schemas (one source of truth).
 */
import * as v from 'valibot';
import { parsePhone, parseSmsShortCode } from './phone.ts';
import { isEmail, webLink } from './links.ts';

/** Longest text field we accept; HSDS sets none, but a 10 MB description is an error, not content. */
export const MAX_TEXT = 20_000;

const text = (max = MAX_TEXT) => v.pipe(v.string(), v.maxLength(max, `longer than ${max} characters`));
const nonEmptyText = (max = MAX_TEXT) =>
  v.pipe(v.string(), v.trim(), v.nonEmpty('must not be empty'), v.maxLength(max, `longer than ${max} characters`));

export const Id = v.pipe(
  v.string('must be a string id'),
  v.nonEmpty('must not be empty'),
  v.maxLength(100, 'id longer than 100 characters'),
  v.regex(/^[A-Za-z0-9][A-Za-z0-9._:-]*$/, 'id may hold only letters, digits and . _ : -'),
);

export const IsoDate = v.pipe(v.string(), v.isoDate('not a date (YYYY-MM-DD)'));

export const HttpsUrl = v.pipe(
  v.string('must be a URL string'),
  v.check((s) => webLink(s) !== null, 'not an https URL'),
);

export const Email = v.pipe(v.string(), v.check((s: string) => isEmail(s), 'not an email address'));

export const Source = v.strictObject({
  /** Public page the facts were read from (https). */
  url: v.optional(HttpsUrl),
  /** A document that is not online (e.g. "DCFS flyer, 2024"), when there is no URL. */
  document: v.optional(nonEmptyText(500)),
  title: v.optional(text(500)),
  /** Date the source itself shows (published/updated), when it shows one. */
  published: v.optional(IsoDate),
});

/** Profile extension: where this record's facts come from and when a person last checked them. */
export const Provenance = v.pipe(
  v.strictObject({
    sources: v.pipe(v.array(Source), v.minLength(1, 'needs at least one source')),
    verified: IsoDate,
    note: v.optional(text(2000)),
  }),
  v.check((p) => p.sources.every((s) => s.url || s.document), 'every source needs a url or a document'),
);

export const PhoneType = v.picklist(['text', 'voice', 'fax', 'cell', 'video', 'pager', 'textphone']);

export const Language = v.strictObject({
  id: Id,
  name: v.optional(nonEmptyText(100)),
  /** ISO 639-1 or 639-3 code. */
  code: v.optional(v.pipe(v.string(), v.regex(/^[a-z]{2,3}$/, 'not an ISO 639 language code'))),
  note: v.optional(text(1000)),
});

export const Phone = v.pipe(
  v.strictObject({
    id: Id,
    number: v.string(),
    extension: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
    type: v.optional(PhoneType),
    description: v.optional(text(1000)),
    languages: v.optional(v.array(Language)),
    provenance: v.optional(Provenance),
  }),
  v.forward(
    v.check(
      (p) => (p.type === 'text' ? parsePhone(p.number) ?? parseSmsShortCode(p.number) : parsePhone(p.number)) !== null,
      'not a North American phone number',
    ),
    ['number'],
  ),
);

const Weekday = /^(?:[+-]?[1-5])?(?:MO|TU|WE|TH|FR|SA|SU)$/;
const HHMM = /^(?:[01]\d|2[0-3]):[0-5]\d$/;

export const Schedule = v.pipe(
  v.strictObject({
    id: Id,
    valid_from: v.optional(IsoDate),
    valid_to: v.optional(IsoDate),
    freq: v.optional(v.picklist(['WEEKLY', 'MONTHLY'])),
    interval: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
    byday: v.optional(
      v.pipe(
        v.string(),
        v.check((s) => s.split(',').every((d) => Weekday.test(d.trim())), 'byday must list days like "MO,TU,WE"'),
      ),
    ),
    opens_at: v.optional(v.pipe(v.string(), v.regex(HHMM, 'not a time (HH:MM, 24-hour)'))),
    closes_at: v.optional(v.pipe(v.string(), v.regex(HHMM, 'not a time (HH:MM, 24-hour)'))),
    description: v.optional(text(1000)),
    notes: v.optional(text(2000)),
    attending_type: v.optional(text(200)),
    provenance: v.optional(Provenance),
  }),
  v.check((s) => !s.opens_at === !s.closes_at, 'opens_at and closes_at go together'),
  v.check((s) => !s.opens_at || !!s.byday, 'a schedule with hours needs byday'),
  v.check((s) => !s.valid_from || !s.valid_to || s.valid_from <= s.valid_to, 'valid_from is after valid_to'),
);

export const Address = v.strictObject({
  id: Id,
  attention: v.optional(text(200)),
  address_1: nonEmptyText(300),
  address_2: v.optional(text(300)),
  city: nonEmptyText(100),
  region: v.optional(text(100)),
  state_province: nonEmptyText(100),
  postal_code: nonEmptyText(20),
  country: v.pipe(v.string(), v.regex(/^[A-Z]{2}$/, 'country must be an ISO 3166-1 alpha-2 code')),
  address_type: v.picklist(['physical', 'postal', 'virtual']),
});

export const Location = v.strictObject({
  id: Id,
  location_type: v.picklist(['physical', 'postal', 'virtual']),
  organization_id: v.optional(Id),
  name: v.optional(nonEmptyText(300)),
  alternate_name: v.optional(text(300)),
  description: v.optional(text()),
  transportation: v.optional(text(2000)),
  url: v.optional(HttpsUrl),
  latitude: v.optional(v.pipe(v.number(), v.minValue(-90), v.maxValue(90))),
  longitude: v.optional(v.pipe(v.number(), v.minValue(-180), v.maxValue(180))),
  addresses: v.optional(v.array(Address)),
  phones: v.optional(v.array(Phone)),
  schedules: v.optional(v.array(Schedule)),
  languages: v.optional(v.array(Language)),
  provenance: Provenance,
});

export const ServiceAtLocation = v.strictObject({
  id: Id,
  location_id: Id,
  description: v.optional(text()),
  phones: v.optional(v.array(Phone)),
  schedules: v.optional(v.array(Schedule)),
});

/** HSDS attribute: links a record to a taxonomy term (our categories). */
export const Attribute = v.strictObject({
  id: Id,
  taxonomy_term_id: Id,
  value: v.optional(text(500)),
});

export const RequiredDocument = v.strictObject({
  id: Id,
  document: nonEmptyText(500),
  uri: v.optional(HttpsUrl),
});

/** HSDS cost_option. A service is free when it lists a cost option of amount 0 (the app's "Free" filter). */
export const CostOption = v.strictObject({
  id: Id,
  valid_from: v.optional(IsoDate),
  valid_to: v.optional(IsoDate),
  option: v.optional(text(500)),
  currency: v.optional(v.pipe(v.string(), v.regex(/^[A-Za-z]{3}$/, 'not a 3-letter currency code'))),
  amount: v.optional(v.pipe(v.number(), v.minValue(0))),
  amount_description: v.optional(text(500)),
});

export const ServiceStatus = v.picklist(['active', 'inactive', 'defunct', 'temporarily closed']);

export const Service = v.strictObject({
  id: Id,
  organization_id: Id,
  name: nonEmptyText(300),
  alternate_name: v.optional(text(300)),
  description: v.optional(text()),
  url: v.optional(HttpsUrl),
  email: v.optional(Email),
  status: ServiceStatus,
  interpretation_services: v.optional(text(2000)),
  application_process: v.optional(text()),
  fees_description: v.optional(text(2000)),
  eligibility_description: v.optional(text()),
  minimum_age: v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(150))),
  maximum_age: v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(150))),
  /** HSDS: the date the information was last checked. Kept equal to provenance.verified by data:check. */
  assured_date: v.optional(IsoDate),
  alert: v.optional(text(2000)),
  last_modified: v.optional(v.pipe(v.string(), v.isoTimestamp('not a date-time'))),
  phones: v.optional(v.array(Phone)),
  schedules: v.optional(v.array(Schedule)),
  languages: v.optional(v.array(Language)),
  service_at_locations: v.optional(v.array(ServiceAtLocation)),
  attributes: v.optional(v.array(Attribute)),
  required_documents: v.optional(v.array(RequiredDocument)),
  cost_options: v.optional(v.array(CostOption)),
  provenance: Provenance,
});

export const Organization = v.strictObject({
  id: Id,
  name: nonEmptyText(300),
  alternate_name: v.optional(text(300)),
  description: nonEmptyText(),
  email: v.optional(Email),
  website: v.optional(HttpsUrl),
  parent_organization_id: v.optional(Id),
  phones: v.optional(v.array(Phone)),
  provenance: Provenance,
});

export const TaxonomyTerm = v.strictObject({
  id: Id,
  code: v.optional(text(100)),
  name: nonEmptyText(200),
  description: nonEmptyText(2000),
  parent_id: v.optional(Id),
  taxonomy: v.optional(text(200)),
  /** Codes in other taxonomies this term corresponds to (profile extension), e.g. Open Eligibility, 211 LA/AIRS. */
  mappings: v.optional(
    v.array(
      v.strictObject({
        taxonomy: v.picklist(['open-eligibility', 'airs-211']),
        code: nonEmptyText(100),
        name: v.optional(text(200)),
        /** How much of our category the code covers: the same thing, a wider one, or a part of it. */
        fit: v.optional(v.picklist(['exact', 'broad', 'partial'])),
        /** Where the code and its name were read (URL, or repository and path). */
        source: v.optional(text(500)),
      }),
    ),
  ),
  /** Icon name from the app's icon set. */
  icon: v.optional(v.pipe(v.string(), v.regex(/^[a-z-]{1,40}$/))),
});

export type Source = v.InferOutput<typeof Source>;
export type Provenance = v.InferOutput<typeof Provenance>;
export type Phone = v.InferOutput<typeof Phone>;
export type Schedule = v.InferOutput<typeof Schedule>;
export type Address = v.InferOutput<typeof Address>;
export type Language = v.InferOutput<typeof Language>;
export type Location = v.InferOutput<typeof Location>;
export type ServiceAtLocation = v.InferOutput<typeof ServiceAtLocation>;
export type Attribute = v.InferOutput<typeof Attribute>;
export type Service = v.InferOutput<typeof Service>;
export type Organization = v.InferOutput<typeof Organization>;
export type TaxonomyTerm = v.InferOutput<typeof TaxonomyTerm>;
export type ServiceStatus = v.InferOutput<typeof ServiceStatus>;
