/**
 * What `data:build` writes and the app downloads: a small manifest, one base payload (the HSDS records, English)
 * and one translation payload per locale. The app validates a payload with these schemas before it touches
 * IndexedDB, so a broken or hostile file never replaces good data.
 */
import * as v from 'valibot';
import { Id, IsoDate, Location, Organization, Service, TaxonomyTerm } from './hsds.ts';

export const PAYLOAD_FORMAT = 1;

export const DatasetInfo = v.strictObject({
  id: Id,
  name: v.pipe(v.string(), v.nonEmpty(), v.maxLength(200)),
  publisher: v.pipe(v.string(), v.nonEmpty(), v.maxLength(200)),
  description: v.optional(v.pipe(v.string(), v.maxLength(2000))),
  /** Contact for corrections ("Report a problem"); must be an email the publisher reads. */
  corrections_email: v.optional(v.pipe(v.string(), v.email())),
  license: v.optional(v.pipe(v.string(), v.maxLength(200))),
  /** Content version: the date of the newest verification plus a short content hash, e.g. 2026-11-25.3f2a9c1b. */
  version: v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}\.[0-9a-f]{8}$/, 'not a dataset version')),
  /** Newest `verified` date across the records. */
  date: IsoDate,
});

export const BasePayload = v.strictObject({
  format: v.literal(PAYLOAD_FORMAT),
  dataset: DatasetInfo,
  taxonomy: v.array(TaxonomyTerm),
  organizations: v.array(Organization),
  locations: v.array(Location),
  services: v.array(Service),
});

export const TranslationStatus = v.picklist(['machine', 'reviewed']);

export const LocalePayload = v.strictObject({
  format: v.literal(PAYLOAD_FORMAT),
  locale: v.pipe(v.string(), v.regex(/^[a-z]{2,3}(?:-[A-Za-z]{4})?$/)),
  version: DatasetInfo.entries.version,
  /** record id -> field -> translated text. Only translations that are current (not stale) are shipped. */
  entries: v.record(Id, v.record(v.string(), v.strictObject({ text: v.string(), status: TranslationStatus }))),
  /** record id -> fields whose English changed since translation: the app shows English and says so. */
  stale: v.record(Id, v.array(v.string())),
});

export const PayloadFile = v.strictObject({
  url: v.pipe(v.string(), v.regex(/^\/data\/[\w.-]+\.json$/)),
  bytes: v.pipe(v.number(), v.integer(), v.minValue(0)),
  sha256: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/)),
});

export const DataManifest = v.strictObject({
  format: v.literal(PAYLOAD_FORMAT),
  version: DatasetInfo.entries.version,
  date: IsoDate,
  base: PayloadFile,
  locales: v.record(v.string(), PayloadFile),
});

export type DatasetInfo = v.InferOutput<typeof DatasetInfo>;
export type BasePayload = v.InferOutput<typeof BasePayload>;
export type LocalePayload = v.InferOutput<typeof LocalePayload>;
export type DataManifest = v.InferOutput<typeof DataManifest>;
export type PayloadFile = v.InferOutput<typeof PayloadFile>;
export type TranslationStatus = v.InferOutput<typeof TranslationStatus>;
