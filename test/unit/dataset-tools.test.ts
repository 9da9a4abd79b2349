import { mkdtempSync, mkdirSync, writeFileSync, cpSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { loadDatasetSource } from '../../scripts/lib/dataset-source.ts';
import { checkDataset, sourceHash } from '../../scripts/lib/dataset-check.ts';
import { buildPayloads } from '../../scripts/lib/dataset-build.ts';
import { DataError } from '../../src/model/json.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A copy of the committed dataset to break on purpose. */
function copyOfRealDataset(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dataset-'));
  dirs.push(dir);
  cpSync('data', dir, { recursive: true });
  return dir;
}

const ORG = 'b1038509-2430-432e-9af1-ed20f92aa0b0';
const minimalService = (over: Record<string, unknown> = {}) => ({
  id: '11111111-1111-4111-8111-111111111111',
  organization_id: ORG,
  name: 'Test service',
  status: 'active',
  url: 'https://example.org/',
  provenance: { sources: [{ url: 'https://example.org/source' }], verified: '2026-01-01' },
  ...over,
});

function writeService(dir: string, name: string, content: unknown | string) {
  writeFileSync(join(dir, 'services', name), typeof content === 'string' ? content : JSON.stringify(content, null, 2));
}

describe('data:check on the committed dataset', () => {
  it('finds no errors', () => {
    const result = checkDataset(loadDatasetSource('data'));
    expect(result.errors).toEqual([]);
  });
});

describe('data:check names the file, the place and the problem', () => {
  it('truncated JSON', () => {
    const dir = copyOfRealDataset();
    writeService(dir, 'broken.json', JSON.stringify(minimalService()).slice(0, 40));
    const { errors } = checkDataset(loadDatasetSource(dir));
    expect(errors.some((e) => e.startsWith('services/broken.json:') && /not valid JSON/.test(e))).toBe(true);
  });

  it('wrong types, missing ids and missing provenance', () => {
    const dir = copyOfRealDataset();
    const { provenance: _p, ...noSource } = minimalService();
    writeService(dir, 'a.json', { ...noSource, name: 42 });
    writeService(dir, 'b.json', { ...minimalService({ id: '22222222-2222-4222-8222-222222222222' }), id: undefined });
    const { errors } = checkDataset(loadDatasetSource(dir));
    expect(errors).toContain('services/a.json: name: expected string but received 42');
    expect(errors.some((e) => e.startsWith('services/a.json: provenance:'))).toBe(true);
    expect(errors.some((e) => e.startsWith('services/b.json: id:'))).toBe(true);
  });

  it('a service whose source list is empty is rejected', () => {
    const dir = copyOfRealDataset();
    writeService(dir, 'a.json', minimalService({ provenance: { sources: [], verified: '2026-01-01' } }));
    const { errors } = checkDataset(loadDatasetSource(dir));
    expect(errors).toContain('services/a.json: provenance.sources: needs at least one source');
  });

  it('dangling references and duplicate ids', () => {
    const dir = copyOfRealDataset();
    writeService(dir, 'a.json', minimalService({ organization_id: '99999999-9999-4999-8999-999999999999' }));
    writeService(dir, 'b.json', minimalService({ name: 'Twin' }));
    const { errors } = checkDataset(loadDatasetSource(dir));
    expect(errors).toContain('services/a.json: organization_id: no organization has id "99999999-9999-4999-8999-999999999999"');
    expect(errors.some((e) => e.startsWith('services/b.json: $.id: "11111111-1111-4111-8111-111111111111" is already used by services/a.json'))).toBe(true);
  });

  it('javascript: and http: URLs, bad phones, bad schedules', () => {
    const dir = copyOfRealDataset();
    writeService(
      dir,
      'a.json',
      minimalService({
        url: 'javascript:alert(1)',
        phones: [{ id: 'p1', number: '555-0100' }],
        schedules: [{ id: 's1', byday: 'MO', opens_at: '25:00', closes_at: '17:00' }],
        provenance: { sources: [{ url: 'http://insecure.example.org/' }], verified: '2026-01-01' },
      }),
    );
    const { errors } = checkDataset(loadDatasetSource(dir));
    expect(errors).toContain('services/a.json: url: not an https URL');
    expect(errors).toContain('services/a.json: phones[0].number: not a North American phone number');
    expect(errors).toContain('services/a.json: schedules[0].opens_at: not a time (HH:MM, 24-hour)');
    expect(errors).toContain('services/a.json: provenance.sources[0].url: not an https URL');
  });

  it('__proto__ and constructor keys are reported and never reach Object.prototype', () => {
    const dir = copyOfRealDataset();
    writeService(dir, 'a.json', `{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}, ${JSON.stringify(minimalService()).slice(1)}`);
    const { errors } = checkDataset(loadDatasetSource(dir));
    expect(errors).toContain('services/a.json: forbidden key "__proto__" (it could alter object prototypes)');
    expect(errors).toContain('services/a.json: forbidden key "constructor" (it could alter object prototypes)');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('a 10 MB string is refused with a size message, not parsed', () => {
    const dir = copyOfRealDataset();
    writeService(dir, 'huge.json', minimalService({ description: 'x'.repeat(10 * 1024 * 1024) }));
    const { errors } = checkDataset(loadDatasetSource(dir));
    expect(errors.some((e) => e.startsWith('services/huge.json: file is') && e.includes('limit'))).toBe(true);
  });

  it('a long description within the file limit still has a field limit', () => {
    const dir = copyOfRealDataset();
    writeService(dir, 'long.json', minimalService({ description: 'x'.repeat(25_000) }));
    const { errors } = checkDataset(loadDatasetSource(dir));
    expect(errors).toContain('services/long.json: description: longer than 20000 characters');
  });
});

describe('translations of data', () => {
  it('are current while the English is unchanged, and stale when it changes', () => {
    const dir = copyOfRealDataset();
    const english = 'Child Protection Hotline';
    mkdirSync(join(dir, 'translations'), { recursive: true });
    const file = (hash: string) => ({
      locale: 'es',
      entries: {
        'fd704c69-e3a1-44b0-b1fc-0bc0b25a6ffa': { name: { text: 'Línea de Protección Infantil', status: 'machine', source_hash: hash } },
      },
    });
    writeFileSync(join(dir, 'translations', 'es.json'), JSON.stringify(file(sourceHash(english))));
    expect(checkDataset(loadDatasetSource(dir)).stale).toEqual([]);

    writeFileSync(join(dir, 'translations', 'es.json'), JSON.stringify(file(sourceHash('Something older'))));
    const result = checkDataset(loadDatasetSource(dir));
    expect(result.stale).toEqual([{ locale: 'es', id: 'fd704c69-e3a1-44b0-b1fc-0bc0b25a6ffa', field: 'name', file: 'translations/es.json' }]);
    expect(result.errors).toEqual([]);
  });

  it('must point at a real record and a translatable field', () => {
    const dir = copyOfRealDataset();
    mkdirSync(join(dir, 'translations'), { recursive: true });
    writeFileSync(
      join(dir, 'translations', 'es.json'),
      JSON.stringify({
        locale: 'es',
        entries: {
          'no-such-record': { name: { text: 'x', status: 'machine', source_hash: '0123456789abcdef' } },
          'fd704c69-e3a1-44b0-b1fc-0bc0b25a6ffa': { url: { text: 'x', status: 'machine', source_hash: '0123456789abcdef' } },
        },
      }),
    );
    const { errors } = checkDataset(loadDatasetSource(dir));
    expect(errors).toContain('translations/es.json: entries["no-such-record"]: no record has this id');
    expect(errors.some((e) => e.startsWith('translations/es.json: entries["fd704c69-e3a1-44b0-b1fc-0bc0b25a6ffa"].url: "url" is not a translatable field'))).toBe(true);
  });
});

describe('data:build', () => {
  it('writes content-hashed payloads whose hashes the manifest records', () => {
    const { manifest, files } = buildPayloads(loadDatasetSource('data'));
    const base = files.find((f) => `/${f.fileName}` === manifest.base.url)!;
    expect(base).toBeDefined();
    expect(createHash('sha256').update(base.content).digest('hex')).toBe(manifest.base.sha256);
    expect(Buffer.byteLength(base.content)).toBe(manifest.base.bytes);
    expect(manifest.version).toMatch(/^\d{4}-\d{2}-\d{2}\.[0-9a-f]{8}$/);
    expect(JSON.parse(base.content).services.length).toBeGreaterThan(0);
  });

  it('refuses to build a dataset with errors', () => {
    const dir = copyOfRealDataset();
    writeService(dir, 'bad.json', minimalService({ url: 'javascript:alert(1)' }));
    expect(() => buildPayloads(loadDatasetSource(dir))).toThrow(DataError);
  });
});
