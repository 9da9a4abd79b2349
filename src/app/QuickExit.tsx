/**
 * "Exit this page", built like GOV.UK's component (../shared/research/reliability.md §4.2): first in focus order on
 * every screen, a link that works without JavaScript, and with it: the page is blanked at once, then replaced by a
 * neutral site (location.replace, so this page is not the entry Back returns to). Shift pressed three times also
 * exits (not Esc, which stops page loads). What it cannot hide is said on the "Browse safely" page.
 */
import { useEffect, useState } from 'preact/hooks';
import { t } from '../i18n/i18n.ts';
import { NEUTRAL_SITE } from './neutral-site.ts';


const SHIFT_WINDOW_MS = 5000;

export function exitNow(): void {
  document.documentElement.classList.add('exiting');
  // What a screen reader says while the neutral site loads (GOV.UK's overlay does the same): the page did not
  // just go blank. Text only, and the one thing left visible. The tab and the app switcher stop naming this site
  // at once, and the page still has a title (WCAG 2.4.2).
  const overlay = document.querySelector('.exit-overlay') ?? document.body.appendChild(document.createElement('div'));
  overlay.className = 'exit-overlay';
  overlay.role = 'alert';
  document.title = overlay.textContent = t('exit.leaving');
  location.replace(NEUTRAL_SITE);
}

export function QuickExit() {
  const [presses, setPresses] = useState(0);

  useEffect(() => {
    let count = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // A press counts when Shift is let go without another key pressed while it was down: Shift held to type a
    // capital letter ("LA DA" in the search box) is typing, not a request to leave (GOV.UK counts the same way).
    // Any other key starts the count again.
    let typedWithShift = false;
    const startOver = () => {
      count = 0;
      setPresses(0);
    };
    const onKeyDown = (event: KeyboardEvent) => {
      // Shift down with Alt, Ctrl or Meta already held is a shortcut, not a press.
      if (event.key === 'Shift') typedWithShift = event.altKey || event.ctrlKey || event.metaKey;
      else {
        typedWithShift = true;
        startOver();
      }
    };
    const onKeyUp = (event: KeyboardEvent) => {
      if (event.key !== 'Shift' || typedWithShift) return;
      clearTimeout(timer);
      if (++count > 2) return exitNow();
      setPresses(count);
      timer = setTimeout(startOver, SHIFT_WINDOW_MS);
    };
    // Coming back through the back/forward cache: show the page again (the overlay hides with the class).
    const onPageShow = (event: PageTransitionEvent) => {
      if (event.persisted) document.documentElement.classList.remove('exiting');
    };
    document.addEventListener('keydown', onKeyDown);
    document.addEventListener('keyup', onKeyUp);
    window.addEventListener('pageshow', onPageShow);
    return () => {
      document.removeEventListener('keydown', onKeyDown);
      document.removeEventListener('keyup', onKeyUp);
      window.removeEventListener('pageshow', onPageShow);
      clearTimeout(timer);
    };
  }, []);

  return (
    <div class="quick-exit">
      <a
        class="quick-exit__button"
        href={NEUTRAL_SITE}
        role="button"
        rel="nofollow noreferrer"
        onClick={(event) => {
          event.preventDefault();
          exitNow();
        }}
      >
        {t('exit.label')}
      </a>
      <span class="visually-hidden" aria-live="polite">
        {presses ? t('exit.shiftHint', { count: 3 - presses }) : ''}
      </span>
    </div>
  );
}
