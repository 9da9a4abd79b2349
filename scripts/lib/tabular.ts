/**
 * Reads HSDS tabular data: a folder of CSV files named as the specification names its tables (services.csv,
 * phones.csv, …), or a datapackage.json beside them. Returns rows per table file name.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, basename } from 'node:path';
import { parse } from 'csv-parse/sync';

export function readTabular(path: string): Record<string, Record<string, string>[]> {
  const dir = statSync(path).isDirectory() ? path : dirname(path);
  const tables: Record<string, Record<string, string>[]> = {};
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.csv')).sort()) {
    tables[basename(name)] = parse(readFileSync(join(dir, name), 'utf8'), {
      columns: true,
      skip_empty_lines: true,
      bom: true,
    }) as Record<string, string>[];
  }
  return tables;
}
