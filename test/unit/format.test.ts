import { describe, expect, it } from 'vitest';
import { dateFormatter, formatDate } from '../../src/i18n/format.ts';

describe('dates in the reader’s language', () => {
  it('are Gregorian calendar dates in every language, never shifted by a time zone', () => {
    expect(formatDate('2026-11-25', 'en')).toBe('November 25, 2026');
    // Farsi would default to the Persian calendar (1405); Los Angeles runs on US dates.
    expect(formatDate('2026-11-25', 'fa')).toMatch(/۲۰۲۶/);
    expect(formatDate('2026-11-25', 'fa')).not.toMatch(/۱۴۰۵/);
    expect(formatDate('2026-01-01', 'ar')).toMatch(/٢٠٢٦|2026/);
    expect(formatDate('2026-11-25', 'ja')).toBe('2026年11月25日');
  });

  it('makes one formatter per language and style', () => {
    expect(dateFormatter('es', 'time')).toBe(dateFormatter('es', 'time'));
    expect(dateFormatter('es', 'time')).not.toBe(dateFormatter('es', 'date'));
  });
});
