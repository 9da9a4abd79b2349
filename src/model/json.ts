/**
 * JSON in, plain data out, with errors a person can act on. Used for every file the app or the tools read
 * (dataset payloads, data/ sources, locale files, HSDS imports).
 */
import type * as v from 'valibot';

/** Keys that can poison Object.prototype when parsed data is later merged or copied. */
const POISON_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export class DataError extends Error {
  constructor(
    /** Every problem, each "where: what". */
    readonly problems: readonly string[],
  ) {
    super(problems.slice(0, 20).join('\n') + (problems.length > 20 ? `\n… and ${problems.length - 20} more` : ''));
    this.name = 'DataError';
  }
}

export interface ParsedJson {
  readonly value: unknown;
  /** JSON paths where a poisonous key was found and dropped. */
  readonly droppedKeys: readonly string[];
}

/**
 * JSON.parse that drops `__proto__`, `constructor` and `prototype` keys (reporting where) and turns a syntax error
 * into "file: line L, column C: message".
 */
export function parseJson(text: string, where: string): ParsedJson {
  const droppedKeys: string[] = [];
  let value: unknown;
  try {
    value = JSON.parse(text, function reviver(this: unknown, key: string, val: unknown) {
      if (POISON_KEYS.has(key)) {
        droppedKeys.push(key);
        return undefined;
      }
      return val;
    });
  } catch (error) {
    throw new DataError([`${where}: ${describeSyntaxError(text, error)}`]);
  }
  return { value, droppedKeys };
}

function describeSyntaxError(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const match = /position (\d+)/.exec(message);
  if (!text.trim()) return 'the file is empty';
  if (match) {
    const pos = Number(match[1]);
    const before = text.slice(0, pos);
    const line = before.split('\n').length;
    const column = pos - before.lastIndexOf('\n');
    return `line ${line}, column ${column}: not valid JSON (${message.replace(/ in JSON at position \d+.*$/, '')})`;
  }
  if (/Unexpected end/i.test(message)) return 'not valid JSON: the file ends too early (truncated?)';
  return `not valid JSON (${message})`;
}

/** "phones[0].number" from a valibot issue path. */
export function issuePath(issue: v.BaseIssue<unknown>): string {
  let out = '';
  for (const item of issue.path ?? []) {
    const key = (item as { key?: unknown }).key;
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string') out += /^[A-Za-z_$][\w$]*$/.test(key) ? (out ? `.${key}` : key) : `[${JSON.stringify(key)}]`;
  }
  return out;
}

/** One line per issue: "where: path: message". Nested union issues are flattened to their deepest message. */
export function describeIssues(where: string, issues: readonly v.BaseIssue<unknown>[]): string[] {
  return issues.map((issue) => {
    const path = issuePath(issue);
    const message = issue.message.replace(/^Invalid (key|type): Expected/, 'expected');
    return `${where}: ${path ? `${path}: ` : ''}${message}`;
  });
}
