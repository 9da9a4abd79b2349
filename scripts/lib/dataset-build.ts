/**
 * Compiles a checked dataset source into what the app downloads: /data/manifest.json, one content-hashed base
 * payload (English HSDS records) and one content-hashed translation payload per locale.
 */
import { createHash } from 'node:crypto';
import * as v from 'valibot';
import { BasePayload, DataManifest, LocalePayload, PAYLOAD_FORMAT, type PayloadFile } from '../../src/model/payload.ts';
import { describeIssues, DataError } from '../../src/model/json.ts';
import type { DatasetSource } from './dataset-source.ts';
import { checkDataset } from './dataset-check.ts';

export interface BuiltFile {
  /** Path under the site root, e.g. "data/en.1a2b3c4d.json". */
  readonly fileName: string;
  readonly content: string;
}

export interface BuildResult {
  readonly manifest: v.InferOutput<typeof DataManifest>;
  readonly files: BuiltFile[];
  readonly warnings: string[];
}

const sha256 = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');
const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export function buildPayloads(source: DatasetSource): BuildResult {
  const check = checkDataset(source);
  if (check.errors.length || !source.config) {
    throw new DataError(check.errors.length ? check.errors : ['dataset.json: missing']);
  }
  const { source_locale: _sourceLocale, ...config } = source.config.value;

  const records = {
    taxonomy: source.taxonomy.map((t) => t.value).sort(byId),
    organizations: source.organizations.map((o) => o.value).sort(byId),
    locations: source.locations.map((l) => l.value).sort(byId),
    services: source.services.map((s) => s.value).sort(byId),
  };
  const verifiedDates = [...records.organizations, ...records.locations, ...records.services].map((r) => r.provenance.verified);
  const date = verifiedDates.sort().at(-1) ?? new Date().toISOString().slice(0, 10);

  const translationsByLocale = source.translations.map(({ value }) => value).sort((a, b) => a.locale.localeCompare(b.locale));
  // The version names the English directory (what residents see as "the data of <date>"). Translations are not
  // part of it: a change to one language's file changes only that file's hash, so devices re-download only it.
  const contentHash = sha256(JSON.stringify({ config, records })).slice(0, 8);
  const version = `${date}.${contentHash}`;

  const files: BuiltFile[] = [];
  const emit = <S extends v.GenericSchema>(schema: S, name: string, payload: unknown): PayloadFile => {
    const checked = v.safeParse(schema, payload);
    if (!checked.success) throw new DataError(describeIssues(`payload ${name}`, checked.issues));
    const content = JSON.stringify(checked.output);
    const hash = sha256(content);
    const fileName = `data/${name}.${hash.slice(0, 10)}.json`;
    files.push({ fileName, content });
    return { url: `/${fileName}`, bytes: Buffer.byteLength(content), sha256: hash };
  };

  const base = emit(BasePayload, 'en', {
    format: PAYLOAD_FORMAT,
    dataset: { ...config, version, date },
    ...records,
  });

  const locales: Record<string, PayloadFile> = {};
  const staleKeys = new Set(check.stale.map((s) => `${s.locale}\u0000${s.id}\u0000${s.field}`));
  for (const tr of translationsByLocale) {
    const entries: Record<string, Record<string, { text: string; status: 'machine' | 'reviewed' }>> = {};
    const stale: Record<string, string[]> = {};
    for (const id of Object.keys(tr.entries).sort()) {
      for (const [field, entry] of Object.entries(tr.entries[id] ?? {})) {
        if (staleKeys.has(`${tr.locale}\u0000${id}\u0000${field}`)) (stale[id] ??= []).push(field);
        else (entries[id] ??= {})[field] = { text: entry.text, status: entry.status };
      }
    }
    locales[tr.locale] = emit(LocalePayload, tr.locale, { format: PAYLOAD_FORMAT, locale: tr.locale, version, entries, stale });
  }

  const manifest = v.parse(DataManifest, { format: PAYLOAD_FORMAT, version, date, base, locales });
  files.push({ fileName: 'data/manifest.json', content: JSON.stringify(manifest) });
  return { manifest, files, warnings: check.warnings };
}
