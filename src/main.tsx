import { render } from 'preact';
import { App } from './app/App.tsx';
import { initI18n, initialLanguage } from './i18n/i18n.ts';
import { installChunkRecovery } from './app/chunk-recovery.ts';
import './app/app.css';

installChunkRecovery();

const lang = initialLanguage();
void initI18n(lang).then(() => {
  render(<App initialLanguage={lang} />, document.getElementById('app')!);
});
