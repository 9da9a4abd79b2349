// First: the Trusted Types policy the CSP requires before any worker starts (trusted-types.ts).
import './app/trusted-types.ts';
import { hydrate, render } from 'preact';
import { kioskSettings } from './app/kiosk.ts';
import { App } from './app/App.tsx';
import { initI18n, initialLanguage, mirrorChosenLanguage } from './i18n/i18n.ts';
import { afterLoadIdle } from './app/idle.ts';
import { installChunkRecovery } from './app/chunk-recovery.ts';
import './app/app.css';
// The start screen's search and filters: in the first stylesheet, so showing them inserts no stylesheet (a layout
// and style pass on a phone) once the page is up.
import './features/search/search.css';

installChunkRecovery();

const lang = initialLanguage();
/** The language of the prerendered start screen this document came with (index.html, or the worker's shell). */
const prerendered = document.documentElement.lang;
void initI18n(lang).then(() => {
  const root = document.getElementById('app')!;
  if (location.pathname === '/' && !location.search && prerendered === lang && !kioskSettings()) {
    // The app's first render is exactly the prerendered start screen: take over its elements as they are (no
    // second layout of the whole page, which would block a phone's main thread for ~100 ms).
    hydrate(<App initialLanguage={lang} />, root);
  } else {
    // Another screen, language or kiosk mode: replace the prerendered screen in the same task (no blank frame).
    // Preact would keep prerendered elements this render does not draw (kiosk mode has no "Exit this page").
    // Someone who already tabbed into the prerendered screen (to "Exit this page", first in focus order) keeps
    // focus on the same control in the app's screen.
    const focused = document.activeElement;
    const focusedClass = focused && root.contains(focused) ? focused.classList[0] : undefined;
    root.replaceChildren();
    render(<App initialLanguage={lang} />, root);
    if (focusedClass) root.querySelector<HTMLElement>(`.${CSS.escape(focusedClass)}`)?.focus();
  }
  afterLoadIdle(mirrorChosenLanguage);
});
