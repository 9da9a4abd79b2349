import { render } from 'preact';
import { App } from './app/App.tsx';
import { initI18n, initialLanguage, mirrorChosenLanguage } from './i18n/i18n.ts';
import { afterLoadIdle } from './app/idle.ts';
import { installChunkRecovery } from './app/chunk-recovery.ts';
import './app/app.css';

installChunkRecovery();

const lang = initialLanguage();
void initI18n(lang).then(() => {
  // Over the prerendered start screen (index.html, or the worker's shell in this language): Preact reuses its
  // elements, so nothing is drawn twice.
  render(<App initialLanguage={lang} />, document.getElementById('app')!);
  afterLoadIdle(mirrorChosenLanguage);
});
