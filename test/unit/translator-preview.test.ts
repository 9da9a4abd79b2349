import i18next from 'i18next';
import { beforeEach, describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/i18n.ts';
import { endPreview, previewLoaded, previewText, restoreText, showKeys } from '../../src/features/translator/preview.ts';

describe('translator preview in the running app', () => {
  beforeEach(async () => {
    endPreview();
    await i18next.init({
      lng: 'es',
      fallbackLng: 'en',
      resources: {
        en: { common: { app: { name: 'Directory' }, status: { ready_one: '{{count}} service', ready_other: '{{count}} services' } } },
        es: { common: { app: { name: 'Directorio' }, status: { ready_one: '{{count}} servicio', ready_other: '{{count}} servicios' } } },
      },
      defaultNS: 'common',
      interpolation: { escapeValue: false },
    });
  });

  it('shows an edit at once and puts the loaded text back on undo', () => {
    previewText('es', 'common', 'app.name', 'Guía de ayuda');
    expect(t('app.name')).toBe('Guía de ayuda');
    restoreText('es', 'common', 'app.name');
    expect(t('app.name')).toBe('Directorio');
  });

  it('a form the language did not have (Spanish "many") is removed again on undo, so the fallback returns', () => {
    previewText('es', 'common', 'status.ready_many', '{{count}} de servicios');
    expect(t('status.ready', { count: 1_000_000 })).toBe('1000000 de servicios');
    restoreText('es', 'common', 'status.ready_many');
    expect(i18next.getResource('es', 'common', 'status.ready_many')).toBeUndefined();
    // i18next's own fallback again: without a Spanish "many" form it takes English's plural.
    expect(t('status.ready', { count: 1_000_000 })).toBe('1000000 services');
  });

  it('edits of a language not loaded yet wait, so i18next still loads its file when it is chosen', () => {
    previewLoaded({ es: { common: { 'app.name': 'Guía' } }, ru: { common: { 'app.name': 'Справочник помощи' } } });
    expect(t('app.name')).toBe('Guía');
    expect(i18next.hasResourceBundle('ru', 'common')).toBe(false);
  });

  it('shows keys next to the text, and closing the mode gives residents’ text back', () => {
    previewText('es', 'common', 'app.name', 'Guía');
    showKeys(true);
    expect(t('app.name')).toBe('Guía ⟦app.name⟧');
    expect(t('status.ready', { count: 2 })).toBe('2 servicios ⟦status.ready⟧');
    endPreview();
    expect(t('app.name')).toBe('Directorio');
  });
});
