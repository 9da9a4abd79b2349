import { describe, expect, it } from 'vitest';
import { LANGUAGES, directionOf, matchLanguage, pickLanguage } from '../../src/i18n/languages.ts';

describe('choosing a language from the browser', () => {
  it('matches exact codes, regions and script subtags', () => {
    expect(matchLanguage('es-MX')).toBe('es');
    expect(matchLanguage('zh-TW')).toBe('zh-Hant');
    expect(matchLanguage('zh-HK')).toBe('zh-Hant');
    expect(matchLanguage('zh-CN')).toBe('zh-Hans');
    expect(matchLanguage('zh-Hant-TW')).toBe('zh-Hant');
    expect(matchLanguage('zh')).toBe('zh-Hans');
    expect(matchLanguage('fil-PH')).toBe('tl');
    expect(matchLanguage('fa-IR')).toBe('fa');
    expect(matchLanguage('km-KH')).toBe('km');
    expect(matchLanguage('de-DE')).toBeUndefined();
  });

  it('takes the first preferred language the app has, else English', () => {
    expect(pickLanguage(['de-DE', 'ko-KR', 'en-US'])).toBe('ko');
    expect(pickLanguage(['de', 'fr'])).toBe('en');
    expect(pickLanguage([])).toBe('en');
  });

  it('knows which languages are written right to left', () => {
    expect(directionOf('ar')).toBe('rtl');
    expect(directionOf('fa')).toBe('rtl');
    expect(LANGUAGES.filter((l) => l.dir === 'rtl').map((l) => l.code)).toEqual(['fa', 'ar']);
    for (const l of LANGUAGES) {
      expect(new Intl.Locale(l.code).language.length).toBeGreaterThan(1);
      // Our table agrees with the platform's own direction data where Node has it.
      const info = (new Intl.Locale(l.code) as Intl.Locale & { getTextInfo?: () => { direction: string } }).getTextInfo?.();
      if (info) expect(info.direction, l.code).toBe(l.dir);
    }
  });
});
