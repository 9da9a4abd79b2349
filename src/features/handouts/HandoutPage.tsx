import type { Directory } from '../../data/queries.ts';
import { linkInLanguage, t } from '../../i18n/i18n.ts';
import { LANGUAGES } from '../../i18n/languages.ts';
import type { LocalText } from '../../model/localize.ts';
import type { LocalePayload } from '../../model/payload.ts';
import { QrCode } from '../share/QrCode.tsx';
import { categoryHandout, keyNumbersHandout, serviceHandout, type Handout, type HandoutEntry } from './handout.ts';
import { parseHandoutPath } from './routes.ts';
import './handout.css';
import { formatDate } from '../../i18n/format.ts';

export interface HandoutPageProps {
  /** The route, e.g. `/print/key-numbers`. */
  readonly path: string;
  readonly directory: Directory;
  readonly translations: LocalePayload | undefined;
  readonly lang: string;
  /** The directory has been read (so "not found" means not found, not "not loaded yet"). */
  readonly ready: boolean;
}


function Local(props: { text: LocalText; as?: 'h1' | 'h2' | 'p' | 'span' | 'strong'; class?: string }) {
  const Tag = props.as ?? 'span';
  return (
    <Tag lang={props.text.lang} dir="auto" class={props.class}>
      {props.text.text}
    </Tag>
  );
}

function Phones(props: { entry: HandoutEntry }) {
  if (!props.entry.phones.length) return null;
  return (
    <ul class="handout__phones">
      {props.entry.phones.map((phone) => (
        <li key={phone.id}>
          <bdi dir="ltr" class="handout__number">
            {phone.display}
          </bdi>
          {phone.use !== 'call' && <span class="handout__use"> {t(`handout.use.${phone.use}`)}</span>}
          {phone.note && (
            <>
              {' '}
              <Local text={phone.note} class="handout__note" />
            </>
          )}
        </li>
      ))}
    </ul>
  );
}

function Entry(props: { entry: HandoutEntry; full: boolean }) {
  const { entry } = props;
  return (
    <li class="handout__entry">
      {!props.full && <Local text={entry.name} as="h2" />}
      {entry.organization && props.full && <Local text={entry.organization} as="p" class="handout__org" />}
      <Phones entry={entry} />
      {entry.website && (
        <p class="handout__web">
          <bdi dir="ltr">{entry.website}</bdi>
        </p>
      )}
      {entry.email && (
        <p class="handout__web">
          <bdi dir="ltr">{entry.email}</bdi>
        </p>
      )}
      {entry.summary && <Local text={entry.summary} as="p" />}
      {entry.sections.map((section) => (
        <section key={section.key}>
          <h2>{t(section.key)}</h2>
          {section.text.text.split(/\n{2,}/).map((p, i) => (
            <p key={i} lang={section.text.lang} dir="auto">
              {p}
            </p>
          ))}
        </section>
      ))}
      {!!entry.addresses.length && (
        <section>
          <h2>{t('service.locations')}</h2>
          {entry.addresses.map((a) => (
            <address key={a} dir="ltr">
              {a}
            </address>
          ))}
        </section>
      )}
    </li>
  );
}

/**
 * A printable handout (route `/print/…`): one service, a category, or the "Key numbers" sheet, in the language on
 * screen, with a QR code of the online page in that language and the date the information was checked. On screen
 * it is a preview with a Print button; the print style sheet (handout.css) drops everything else.
 */
export function HandoutPage(props: HandoutPageProps) {
  const route = parseHandoutPath(props.path);
  const { directory, lang, translations } = props;
  const handout: Handout | undefined = !route
    ? undefined
    : route.kind === 'service'
      ? serviceHandout(directory, route.key, lang, translations)
      : route.kind === 'category'
        ? categoryHandout(directory, route.key, lang, translations)
        : directory.services.length
          ? keyNumbersHandout(directory, lang, translations)
          : undefined;
  if (!handout || !handout.entries.length) {
    return (
      <article class="handout">
        <h1>{props.ready ? t('handout.notFound') : t('status.loading')}</h1>
        <p>
          <a href="/">{t('nav.home')}</a>
        </p>
      </article>
    );
  }
  const url = linkInLanguage(handout.path, lang);
  const language = LANGUAGES.find((l) => l.code === lang)?.name ?? lang;
  const title: LocalText =
    handout.kind === 'key-numbers'
      ? { text: t('handout.keyNumbers'), lang, machine: false, stale: false }
      : handout.kind === 'category'
        ? handout.title!
        : handout.entries[0]!.name;
  const { from, to } = handout.checked;
  const full = handout.kind === 'service';

  return (
    <article class={`handout handout--${handout.kind}`}>
      <p class="handout__toolbar">
        <button type="button" class="button button--primary" onClick={() => window.print()}>
          {t('share.print')}
        </button>{' '}
        <a href={handout.path}>{t('handout.online')}</a>
      </p>
      <header class="handout__head">
        <p class="handout__app">{t('app.name')}</p>
        <Local text={title} as="h1" />
      </header>
      <ul class={`handout__entries${full ? ' handout__entries--full' : ''}`}>
        {handout.entries.map((entry) => (
          <Entry key={entry.id} entry={entry} full={full} />
        ))}
      </ul>
      <footer class="handout__foot">
        <QrCode text={url} label={t('handout.qrLabel', { language })} />
        <div>
          <p>{t('handout.scan', { language })}</p>
          <p class="handout__url">
            <bdi dir="ltr">{url}</bdi>
          </p>
          <p>{from === to ? t('handout.checked', { date: formatDate(from, lang) }) : t('handout.checkedRange', { from: formatDate(from, lang), to: formatDate(to, lang) })}</p>
          {handout.machine && <p>{t('data.machineTranslated')}</p>}
        </div>
      </footer>
    </article>
  );
}

export default HandoutPage;
