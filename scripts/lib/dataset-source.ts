/**
 * Reads a dataset folder (data/ by default) in this project's source form:
 *   dataset.json, taxonomy.json, organizations/*.json, services/*.json, locations/*.json, translations/<locale>.json
 * Each file is parsed and schema-checked on its own, so one broken file is reported with its name and the rest
 * are still checked.
 */
import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as v from 'valibot';
import * as hsds from '../../src/model/hsds.ts';
import { TaxonomyTerm, Id } from '../../src/model/hsds.ts';
import { TranslationStatus } from '../../src/model/payload.ts';
import { describeIssues, parseJson, DataError } from '../../src/model/json.ts';

export const DatasetConfig = v.strictObject({
  id: Id,
  name: v.pipe(v.string(), v.nonEmpty(), v.maxLength(200)),
  publisher: v.pipe(v.string(), v.nonEmpty(), v.maxLength(200)),
  description: v.optional(v.pipe(v.string(), v.maxLength(2000))),
  corrections_email: v.optional(v.pipe(v.string(), v.email())),
  license: v.optional(v.pipe(v.string(), v.maxLength(200))),
  /** The language the records are written in. Translations are made from it. */
  source_locale: v.literal('en'),
});

export const TaxonomyFile = v.strictObject({ terms: v.array(TaxonomyTerm) });

export const TranslationEntry = v.strictObject({
  text: v.pipe(v.string(), v.nonEmpty('empty translation: delete the entry instead')),
  status: TranslationStatus,
  /** sourceHash() of the English text this was translated from. */
  source_hash: v.pipe(v.string(), v.regex(/^[0-9a-f]{16}$/, 'source_hash must be 16 hex digits')),
});

export const TranslationFile = v.strictObject({
  locale: v.pipe(v.string(), v.regex(/^[a-z]{2,3}(?:-[A-Za-z]{4})?$/, 'not a locale code')),
  entries: v.record(Id, v.record(v.string(), TranslationEntry)),
});

export type DatasetConfig = v.InferOutput<typeof DatasetConfig>;
export type TranslationFile = v.InferOutput<typeof TranslationFile>;

export interface Located<T> {
  readonly file: string;
  readonly value: T;
}

export interface DatasetSource {
  readonly dir: string;
  readonly config?: Located<DatasetConfig>;
  readonly taxonomy: Located<v.InferOutput<typeof TaxonomyTerm>>[];
  readonly organizations: Located<Organization>[];
  readonly services: Located<Service>[];
  readonly locations: Located<Location>[];
  readonly translations: Located<TranslationFile>[];
  /** Problems found while reading: "file: path: what". */
  readonly errors: string[];
}

type Organization = hsds.Organization;
type Service = hsds.Service;
type Location = hsds.Location;

/** Bigger than any honest record file; a 10 MB service is a mistake to report, not to parse. */
const MAX_RECORD_FILE_BYTES = 2_000_000;
/** One locale's translations of a very large dataset (50k services) are tens of MB. */
const MAX_TRANSLATION_FILE_BYTES = 200_000_000;

function readJson(dir: string, path: string, errors: string[], limit = MAX_RECORD_FILE_BYTES): unknown {
  const name = relative(dir, path) || path;
  const size = statSync(path).size;
  if (size > limit) {
    errors.push(`${name}: file is ${size} bytes; the limit for this kind of file is ${limit}`);
    return undefined;
  }
  try {
    const { value, droppedKeys } = parseJson(readFileSync(path, 'utf8'), name);
    for (const key of droppedKeys) errors.push(`${name}: forbidden key "${key}" (it could alter object prototypes)`);
    return value;
  } catch (error) {
    if (error instanceof DataError) errors.push(...error.problems);
    else throw error;
    return undefined;
  }
}

function validate<S extends v.GenericSchema>(schema: S, value: unknown, where: string, errors: string[]) {
  const result = v.safeParse(schema, value);
  if (result.success) return result.output as v.InferOutput<S>;
  errors.push(...describeIssues(where, result.issues));
  return undefined;
}

function jsonFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => join(dir, f));
}

export function loadDatasetSource(dir: string): DatasetSource {
  const errors: string[] = [];
  const rel = (p: string) => relative(dir, p);

  let config: Located<DatasetConfig> | undefined;
  const configPath = join(dir, 'dataset.json');
  if (!existsSync(configPath)) errors.push(`dataset.json: missing (every dataset folder needs one; see data/PROFILE.md)`);
  else {
    const raw = readJson(dir, configPath, errors);
    const value = raw === undefined ? undefined : validate(DatasetConfig, raw, 'dataset.json', errors);
    if (value) config = { file: 'dataset.json', value };
  }

  const taxonomy: Located<v.InferOutput<typeof TaxonomyTerm>>[] = [];
  const taxonomyPath = join(dir, 'taxonomy.json');
  if (existsSync(taxonomyPath)) {
    const raw = readJson(dir, taxonomyPath, errors);
    const value = raw === undefined ? undefined : validate(TaxonomyFile, raw, 'taxonomy.json', errors);
    for (const term of value?.terms ?? []) taxonomy.push({ file: 'taxonomy.json', value: term });
  }

  function loadFolder<S extends v.GenericSchema>(folder: string, schema: S, limit?: number) {
    const out: Located<v.InferOutput<S>>[] = [];
    for (const path of jsonFiles(join(dir, folder))) {
      const raw = readJson(dir, path, errors, limit);
      if (raw === undefined) continue;
      const value = validate(schema, raw, rel(path), errors);
      if (value) out.push({ file: rel(path), value });
    }
    return out;
  }

  return {
    dir,
    config,
    taxonomy,
    organizations: loadFolder('organizations', hsds.Organization),
    services: loadFolder('services', hsds.Service),
    locations: loadFolder('locations', hsds.Location),
    translations: loadFolder('translations', TranslationFile, MAX_TRANSLATION_FILE_BYTES),
    errors,
  };
}
