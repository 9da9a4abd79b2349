import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { loadSearchCorpus } from '../../scripts/lib/search-corpus.ts';
import { nameSortKey, sortByName } from '../../src/data/queries.ts';

const collator = new Intl.Collator('en');
const byCollator = <T extends { name: string }>(records: readonly T[]) => [...records].sort((a, b) => collator.compare(a.name, b.name));

describe('sortByName', () => {
  it("puts the dataset's services and organizations in the order Intl.Collator('en') gives", () => {
    const { records } = loadSearchCorpus();
    const lists: ReadonlyArray<readonly { name: string }[]> = [records.services, records.organizations, records.taxonomy];
    for (const list of lists) {
      expect(list.length).toBeGreaterThan(5);
      expect(sortByName([...list]).map((r) => r.name)).toEqual(byCollator(list).map((r) => r.name));
    }
  });

  it('ignores case and accents, as the collator does', () => {
    const names = ['zeta', 'Émile Center', 'apple', 'Ángel Unit', 'ember', 'Banana', 'angel Unit'];
    expect(sortByName(names.map((name) => ({ name }))).map((r) => r.name)).toEqual([
      'angel Unit',
      'Ángel Unit',
      'apple',
      'Banana',
      'ember',
      'Émile Center',
      'zeta',
    ]);
  });

  it('is a total order: any shuffle of the same names sorts to the same list, sorted by key', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme', maxLength: 12 }), { maxLength: 30 }), (names) => {
        const once = sortByName(names.map((name) => ({ name }))).map((r) => r.name);
        const again = sortByName([...names].reverse().map((name) => ({ name }))).map((r) => r.name);
        expect(again).toEqual(once);
        for (let i = 1; i < once.length; i++) expect(nameSortKey(once[i - 1]!) <= nameSortKey(once[i]!)).toBe(true);
      }),
    );
  });
});
