import type { Phone } from '../model/hsds.ts';
import { directionOf } from '../i18n/languages.ts';
import type { LocalText } from '../model/localize.ts';
import { smsLink, telLink } from '../model/links.ts';
import { parsePhone } from '../model/phone.ts';
import { PhoneIcon } from './PhoneIcon.tsx';

export interface PhoneListText {
  field(id: string, field: string, english: string): LocalText;
  call(number: string): string;
  text(number: string): string;
}

/**
 * Phones as big buttons: a call (tel:) for voice lines, a text message (sms:) for text lines. Links come only from
 * the one allow-list (model/links.ts); a number that does not parse is shown as text, never as a link.
 */
export function PhoneList(props: { phones: readonly Phone[]; text: PhoneListText }) {
  const { text } = props;
  return (
    <ul class="phone-list">
      {props.phones.map((phone) => {
        const isText = phone.type === 'text';
        const link = isText ? smsLink(phone.number) : phone.type === 'voice' || phone.type === undefined || phone.type === 'cell' ? telLink(phone.number) : null;
        const display = parsePhone(phone.number)?.display ?? phone.number;
        const note = phone.description ? text.field(phone.id, 'description', phone.description) : undefined;
        return (
          <li key={phone.id} class="phone-list__item">
            {link ? (
              <a class={`call-button${isText ? ' call-button--text' : ''}`} href={link.href} aria-label={isText ? text.text(display) : text.call(display)}>
                <PhoneIcon kind={isText ? 'text' : 'call'} />
                <bdi dir="ltr">{display}</bdi>
              </a>
            ) : (
              <bdi dir="ltr">{display}</bdi>
            )}
            {note && (
              <span class="phone-list__note" lang={note.lang} dir={directionOf(note.lang)}>
                {note.text}
              </span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
