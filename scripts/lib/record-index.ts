/**
 * Every record of a dataset by id, nested ones included (phones, schedules, languages, addresses...), with the
 * file and JSON path it lives at. HSDS ids are UUIDs, unique across the whole dataset.
 */
import type { RecordKind } from '../../src/model/translatable.ts';
import type { DatasetSource } from './dataset-source.ts';

export interface IndexedRecord {
  readonly id: string;
  readonly kind: RecordKind | 'address' | 'attribute';
  readonly record: Record<string, unknown>;
  readonly file: string;
  readonly path: string;
}

export function indexRecords(source: DatasetSource): { byId: Map<string, IndexedRecord>; duplicates: string[] } {
  const byId = new Map<string, IndexedRecord>();
  const duplicates: string[] = [];

  function add(kind: IndexedRecord['kind'], record: { id: string }, file: string, path: string) {
    const existing = byId.get(record.id);
    if (existing) {
      // HSDS lets one phone/schedule/language row belong to a service, a location and a service_at_location at
      // once; the same record repeated is fine, a different record with the same id is not.
      const same = existing.kind === kind && JSON.stringify(existing.record) === JSON.stringify(record);
      if (!same || path === '$') {
        duplicates.push(`${file}: ${path}.id: "${record.id}" is already used by ${existing.file}: ${existing.path}`);
      }
      return;
    }
    byId.set(record.id, { id: record.id, kind, record: record as unknown as Record<string, unknown>, file, path });
  }

  function addList<T extends { id: string }>(
    kind: IndexedRecord['kind'],
    list: readonly T[] | undefined,
    file: string,
    path: string,
    each?: (item: T, itemPath: string) => void,
  ) {
    list?.forEach((item, i) => {
      const itemPath = `${path}[${i}]`;
      add(kind, item, file, itemPath);
      each?.(item, itemPath);
    });
  }

  function addPhones(list: readonly { id: string; languages?: readonly { id: string }[] }[] | undefined, file: string, path: string) {
    addList('phone', list, file, path, (p, pp) => addList('language', p.languages, file, `${pp}.languages`));
  }

  for (const { file, value } of source.taxonomy) add('taxonomy_term', value, file, `terms(${value.id})`);
  for (const { file, value: org } of source.organizations) {
    add('organization', org, file, '$');
    addPhones(org.phones, file, 'phones');
  }
  for (const { file, value: loc } of source.locations) {
    add('location', loc, file, '$');
    addList('address', loc.addresses, file, 'addresses');
    addPhones(loc.phones, file, 'phones');
    addList('schedule', loc.schedules, file, 'schedules');
    addList('language', loc.languages, file, 'languages');
  }
  for (const { file, value: svc } of source.services) {
    add('service', svc, file, '$');
    addPhones(svc.phones, file, 'phones');
    addList('schedule', svc.schedules, file, 'schedules');
    addList('language', svc.languages, file, 'languages');
    addList('attribute', svc.attributes, file, 'attributes');
    addList('required_document', svc.required_documents, file, 'required_documents');
    addList('cost_option', svc.cost_options, file, 'cost_options');
    addList('service_at_location', svc.service_at_locations, file, 'service_at_locations', (sal, p) => {
      addPhones(sal.phones, file, `${p}.phones`);
      addList('schedule', sal.schedules, file, `${p}.schedules`);
    });
  }
  return { byId, duplicates };
}
