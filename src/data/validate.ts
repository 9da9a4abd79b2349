/**
 * Payload validation, loaded only when a download happens (valibot and the schemas stay out of the first view).
 */
import * as v from 'valibot';
import { BasePayload, DataManifest, LocalePayload } from '../model/payload.ts';
import { DataError, describeIssues } from '../model/json.ts';

const SCHEMAS = { manifest: DataManifest, base: BasePayload, locale: LocalePayload } as const;
type Kind = keyof typeof SCHEMAS;

export function validate<K extends Kind>(kind: K, value: unknown): v.InferOutput<(typeof SCHEMAS)[K]> {
  const result = v.safeParse(SCHEMAS[kind], value);
  if (!result.success) throw new DataError(describeIssues(`${kind} payload`, result.issues));
  return result.output as v.InferOutput<(typeof SCHEMAS)[K]>;
}
