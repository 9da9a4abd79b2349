/**
 * Cross-record checks that a per-file schema cannot make: unique ids, references that resolve, provenance dates,
 * translations that point at real fields, stale translations. Pure over a loaded DatasetSource.
 */
import { createHash } from 'node:crypto';
import { TRANSLATABLE_FIELDS } from '../../src/model/translatable.ts';
import { languageInfo } from '../../src/i18n/languages.ts';
import type { DatasetSource } from './dataset-source.ts';
import { indexRecords, type IndexedRecord } from './record-index.ts';

/** Hash of the English text a translation was made from: sha256 of the NFC text, first 16 hex digits. */
export function sourceHash(text: string): string {
  return createHash('sha256').update(text.normalize('NFC'), 'utf8').digest('hex').slice(0, 16);
}

export interface StaleTranslation {
  readonly locale: string;
  readonly id: string;
  readonly field: string;
  readonly file: string;
}

export interface CheckResult {
  readonly errors: string[];
  readonly warnings: string[];
  readonly stale: StaleTranslation[];
  readonly byId: Map<string, IndexedRecord>;
}

export function checkDataset(source: DatasetSource, today = new Date().toISOString().slice(0, 10)): CheckResult {
  const errors = [...source.errors];
  const warnings: string[] = [];
  const stale: StaleTranslation[] = [];
  const { byId, duplicates } = indexRecords(source);
  errors.push(...duplicates);

  const refersTo = (file: string, path: string, id: string | undefined, kind: IndexedRecord['kind']) => {
    if (id === undefined) return;
    const target = byId.get(id);
    if (!target) errors.push(`${file}: ${path}: no ${kind} has id "${id}"`);
    else if (target.kind !== kind) errors.push(`${file}: ${path}: "${id}" is a ${target.kind}, not a ${kind}`);
  };

  const checkVerified = (file: string, path: string, verified: string) => {
    if (verified > today) errors.push(`${file}: ${path}.verified: ${verified} is in the future`);
  };

  for (const { file, value: term } of source.taxonomy) refersTo(file, `terms(${term.id}).parent_id`, term.parent_id, 'taxonomy_term');

  for (const { file, value: org } of source.organizations) {
    refersTo(file, 'parent_organization_id', org.parent_organization_id, 'organization');
    checkVerified(file, 'provenance', org.provenance.verified);
  }

  for (const { file, value: loc } of source.locations) {
    refersTo(file, 'organization_id', loc.organization_id, 'organization');
    checkVerified(file, 'provenance', loc.provenance.verified);
    if (loc.location_type === 'physical' && !loc.addresses?.length) {
      warnings.push(`${file}: a physical location with no address (leave it so only if no source gives one)`);
    }
  }

  for (const { file, value: svc } of source.services) {
    refersTo(file, 'organization_id', svc.organization_id, 'organization');
    svc.service_at_locations?.forEach((sal, i) => refersTo(file, `service_at_locations[${i}].location_id`, sal.location_id, 'location'));
    svc.attributes?.forEach((a, i) => refersTo(file, `attributes[${i}].taxonomy_term_id`, a.taxonomy_term_id, 'taxonomy_term'));
    checkVerified(file, 'provenance', svc.provenance.verified);
    if (svc.assured_date && svc.assured_date !== svc.provenance.verified) {
      errors.push(`${file}: assured_date ${svc.assured_date} differs from provenance.verified ${svc.provenance.verified}`);
    }
    if (svc.minimum_age !== undefined && svc.maximum_age !== undefined && svc.minimum_age > svc.maximum_age) {
      errors.push(`${file}: minimum_age is greater than maximum_age`);
    }
    if (svc.status === 'active' && !svc.phones?.length && !svc.url && !svc.email && !svc.service_at_locations?.length) {
      warnings.push(`${file}: active service with no phone, website, email or location: how does a resident reach it?`);
    }
    if (!svc.attributes?.length) warnings.push(`${file}: no category (attributes) — it will not appear under any category`);
  }

  const seenLocales = new Set<string>();
  for (const { file, value: tr } of source.translations) {
    const expected = `translations/${tr.locale}.json`;
    if (file !== expected) errors.push(`${file}: locale "${tr.locale}" must live in ${expected}`);
    if (seenLocales.has(tr.locale)) errors.push(`${file}: a second file for locale "${tr.locale}"`);
    seenLocales.add(tr.locale);
    if (tr.locale === 'en') errors.push(`${file}: English is the source language; edit the records instead`);
    if (!languageInfo(tr.locale)) warnings.push(`${file}: "${tr.locale}" is not one of the app's languages (src/i18n/languages.ts)`);

    for (const [id, fields] of Object.entries(tr.entries)) {
      const target = byId.get(id);
      if (!target) {
        errors.push(`${file}: entries["${id}"]: no record has this id`);
        continue;
      }
      const allowed: readonly string[] =
        target.kind in TRANSLATABLE_FIELDS ? TRANSLATABLE_FIELDS[target.kind as keyof typeof TRANSLATABLE_FIELDS] : [];
      for (const [field, entry] of Object.entries(fields)) {
        const where = `${file}: entries["${id}"].${field}`;
        if (!allowed.includes(field)) {
          errors.push(`${where}: "${field}" is not a translatable field of a ${target.kind} (${allowed.join(', ') || 'none'})`);
          continue;
        }
        const english = target.record[field];
        if (typeof english !== 'string' || !english) {
          errors.push(`${where}: the ${target.kind} (${target.file}) has no English ${field} to translate`);
          continue;
        }
        if (entry.source_hash !== sourceHash(english)) stale.push({ locale: tr.locale, id, field, file });
      }
    }
  }
  for (const s of stale) {
    warnings.push(`${s.file}: entries["${s.id}"].${s.field}: stale — the English changed after it was translated`);
  }
  return { errors, warnings, stale, byId };
}
