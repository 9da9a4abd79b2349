import { useState } from 'preact/hooks';
import { linkInLanguage, t } from '../../i18n/i18n.ts';
import { LANGUAGES } from '../../i18n/languages.ts';
import { DEFAULT_MINUTES, MAX_MINUTES, MIN_MINUTES, PIN_PATTERN, startKiosk, stopKiosk, type KioskSettings } from '../../app/kiosk.ts';
import type { Directory } from '../../data/queries.ts';
import { localText } from '../../model/localize.ts';
import type { LocalePayload } from '../../model/payload.ts';
import { QrCode } from '../share/QrCode.tsx';
import { handoutPath } from '../handouts/routes.ts';
import { EventPack } from './EventPack.tsx';

export interface OutreachPageProps {
  readonly lang: string;
  readonly kiosk: KioskSettings | undefined;
  readonly onKiosk: (settings: KioskSettings | undefined) => void;
  /** For the list of category handouts. */
  readonly directory: Directory;
  readonly translations: LocalePayload | undefined;
}

/**
 * For outreach workers: a QR code of the app's address to hand to a visitor (in the language on screen), printable
 * handouts (the key numbers, one per category), the event pack (languages kept offline, a ready check), and kiosk mode for a shared device at an event, switched on and off
 * with a PIN the worker chooses.
 */
export function OutreachPage(props: OutreachPageProps) {
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const appUrl = linkInLanguage('/', props.lang);
  const languageName = LANGUAGES.find((l) => l.code === props.lang)?.name ?? props.lang;

  const start = async (event: Event) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    const pin = String(form.get('pin') ?? '');
    const again = String(form.get('pin2') ?? '');
    if (!PIN_PATTERN.test(pin)) return setError(t('kiosk.pinRule'));
    if (pin !== again) return setError(t('kiosk.pinMismatch'));
    setBusy(true);
    try {
      props.onKiosk(await startKiosk(pin, Number(form.get('minutes')), props.lang));
      setError('');
    } catch {
      setError(t('kiosk.failed'));
    } finally {
      setBusy(false);
    }
  };
  const stop = async (event: Event) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    setBusy(true);
    try {
      if (await stopKiosk(String(form.get('pin') ?? ''))) {
        props.onKiosk(undefined);
        setError('');
      } else {
        setError(t('kiosk.wrongPin'));
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <article class="outreach-page">
      <h1>{t('outreach.title')}</h1>

      <section aria-labelledby="handover-heading">
        <h2 id="handover-heading">{t('outreach.handoverTitle')}</h2>
        <p>{t('outreach.handover', { language: languageName })}</p>
        <QrCode text={appUrl} label={t('outreach.qrLabel')} />
        <p dir="ltr" class="outreach-page__url">
          {appUrl}
        </p>
      </section>

      <section aria-labelledby="handouts-heading">
        <h2 id="handouts-heading">{t('outreach.handoutsTitle')}</h2>
        <p>{t('outreach.handoutsIntro', { language: languageName })}</p>
        <ul class="handout-links">
          <li>
            <a href={handoutPath('key-numbers')}>{t('handout.keyNumbers')}</a>
          </li>
          {props.directory.taxonomy.map((term) => {
            const name = localText(term.id, 'name', term.name, props.lang, props.translations);
            return term.code ? (
              <li key={term.id}>
                <a href={handoutPath('category', term.code)} lang={name.lang} dir="auto">
                  {name.text}
                </a>
              </li>
            ) : null;
          })}
        </ul>
      </section>

      {/* In kiosk mode visitors use the device: the worker set it up before. */}
      {!props.kiosk && <EventPack lang={props.lang} />}

      <section aria-labelledby="kiosk-heading">
        <h2 id="kiosk-heading">{t('kiosk.title')}</h2>
        {props.kiosk ? (
          <form onSubmit={(e) => void stop(e)}>
            <p>{t('kiosk.on', { count: props.kiosk.minutes })}</p>
            <p>
              <label for="kiosk-pin">{t('kiosk.pin')}</label>
              <input id="kiosk-pin" name="pin" type="password" inputMode="numeric" autoComplete="off" required />
            </p>
            <p>
              <button type="submit" class="button" disabled={busy}>
                {t('kiosk.stop')}
              </button>
            </p>
          </form>
        ) : (
          <form onSubmit={(e) => void start(e)}>
            <p>{t('kiosk.explain')}</p>
            <p>
              <label for="kiosk-minutes">{t('kiosk.minutes')}</label>
              <input id="kiosk-minutes" name="minutes" type="number" min={MIN_MINUTES} max={MAX_MINUTES} value={DEFAULT_MINUTES} required />
            </p>
            <p>
              <label for="kiosk-pin">{t('kiosk.newPin')}</label>
              <input id="kiosk-pin" name="pin" type="password" inputMode="numeric" autoComplete="new-password" required aria-describedby="kiosk-pin-rule" />
              <span id="kiosk-pin-rule" class="field-hint">
                {t('kiosk.pinRule')}
              </span>
            </p>
            <p>
              <label for="kiosk-pin2">{t('kiosk.pinAgain')}</label>
              <input id="kiosk-pin2" name="pin2" type="password" inputMode="numeric" autoComplete="new-password" required />
            </p>
            <p>
              <button type="submit" class="button button--primary" disabled={busy}>
                {t('kiosk.start')}
              </button>
            </p>
          </form>
        )}
        <p role="alert" class="form-error">
          {error}
        </p>
      </section>
    </article>
  );
}

export default OutreachPage;
