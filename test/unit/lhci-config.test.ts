import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const config = JSON.parse(readFileSync('lighthouserc.json', 'utf8')) as {
  ci: { assert: { assertions: Record<string, [string, Record<string, number | string>]> }; upload: { target: string } };
};

describe('Lighthouse CI configuration (PRIV-1, A11Y-9, TEST-5)', () => {
  it('never uploads reports to public storage', () => {
    expect(config.ci.upload.target).toBe('filesystem');
  });

  it('fails on any third-party request and on scores below 0.98', () => {
    const a = config.ci.assert.assertions;
    expect(a['resource-summary:third-party:count']).toEqual(['error', { maxNumericValue: 0 }]);
    for (const category of ['performance', 'accessibility', 'best-practices']) {
      expect(a[`categories:${category}`]?.[0]).toBe('error');
      expect(a[`categories:${category}`]?.[1].minScore).toBeGreaterThanOrEqual(0.98);
    }
    expect(a['resource-summary:script:size']?.[1].maxNumericValue).toBeLessThanOrEqual(61_440);
  });
});
