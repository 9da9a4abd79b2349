import { describe, expect, it } from 'vitest';
import { shouldReloadAfterChunkError } from '../../src/app/chunk-recovery.ts';

describe('recovering from a chunk that failed to load', () => {
  it('reloads once, then not again within 30 seconds', () => {
    expect(shouldReloadAfterChunkError(100_000, undefined)).toBe(true);
    expect(shouldReloadAfterChunkError(100_000, 90_000)).toBe(false);
    expect(shouldReloadAfterChunkError(100_000, 69_999)).toBe(true);
  });
});
