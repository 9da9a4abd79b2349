/**
 * Validates exported HSDS against the official compiled service schema with ajv (a real JSON Schema validator,
 * run in Node only: the app itself never compiles schemas, so the CSP needs no 'unsafe-eval').
 */
import { readFileSync } from 'node:fs';
import { Ajv, type ErrorObject } from 'ajv';
import addFormatsModule from 'ajv-formats';

export const OFFICIAL_SERVICE_SCHEMA = 'test/fixtures/hsds/schema/service_with_definitions.json';

const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;

export function officialServiceValidator(schemaPath = OFFICIAL_SERVICE_SCHEMA) {
  const schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as Record<string, unknown>;
  // The HSDS files carry non-JSON-Schema keys (constraints, datapackage_metadata…): ignore, don't edit them.
  const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: true });
  addFormats(ajv);
  const validate = ajv.compile(schema);
  return (service: unknown): string[] =>
    validate(service) ? [] : (validate.errors ?? []).map((e: ErrorObject) => `${e.instancePath || '/'} ${e.message ?? ''}`.trim());
}
