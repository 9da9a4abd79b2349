import { render } from 'preact';
import { App } from './app/App.tsx';
import { initI18n, initialLanguage, mirrorChosenLanguage } from './i18n/i18n.ts';
import { afterLoadIdle } from './app/idle.ts';
import { installChunkRecovery } from './app/chunk-recovery.ts';
import './app/app.css';

installChunkRecovery();

const lang = initialLanguage();
void initI18n(lang).then(() => {
  // The prerendered start screen (index.html, or the worker's shell in this language) is replaced in the same
  // task, so no frame is blank. Not reused: Preact keeps prerendered elements the app does not draw (in kiosk mode,
  // "Exit this page"), which would then show twice.
  const root = document.getElementById('app')!;
  root.replaceChildren();
  render(<App initialLanguage={lang} />, root);
  afterLoadIdle(mirrorChosenLanguage);
});
