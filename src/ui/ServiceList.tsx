import { Component } from 'preact';
import type { Service } from '../model/hsds.ts';
import { directionOf } from '../i18n/languages.ts';
import type { LocalText } from '../model/localize.ts';
import { parsePhone } from '../model/phone.ts';
import { telLink } from '../model/links.ts';
import { PhoneIcon } from './PhoneIcon.tsx';

export interface ServiceListText {
  /** The field in the reader's language, or English with the reason. */
  field(id: string, field: string, english: string): LocalText;
  call(number: string): string;
  machineNote: string;
  staleNote: string;
}

/** Data text is rendered as text only (never HTML); phone links go through the one link allow-list. */
export interface ServiceListProps {
  readonly services: readonly Service[];
  readonly text: ServiceListText;
  /** More cards are still to come (aria-busy). */
  readonly busy?: boolean;
}

export function ServiceList(props: ServiceListProps) {
  return (
    <ul class="service-list" aria-busy={props.busy ? 'true' : undefined}>
      {props.services.map((service) => (
        <ServiceCard key={service.id} service={service} text={props.text} />
      ))}
    </ul>
  );
}

/**
 * One card. Drawn again only when its service or the wording changes: the start screen adds its cards a few per
 * task, and without this every task would redraw all the cards before it (a phone feels that as a freeze).
 */
class ServiceCard extends Component<{ service: Service; text: ServiceListText }> {
  override shouldComponentUpdate(next: ServiceCard['props']): boolean {
    return next.service !== this.props.service || next.text !== this.props.text;
  }
  override render() {
    const { service, text } = this.props;
    const name = text.field(service.id, 'name', service.name);
    const description = service.description ? text.field(service.id, 'description', service.description) : undefined;
    const shown = [name, description].filter((x): x is LocalText => !!x);
    return (
      <li class="service-card">
        <h2 class="service-card__name" lang={name.lang} dir={directionOf(name.lang)}>
          <a href={`/service/${encodeURIComponent(service.id)}`}>{name.text}</a>
        </h2>
        {description && (
          <p lang={description.lang} dir={directionOf(description.lang)}>
            {description.text}
          </p>
        )}
        {shown.some((x) => x.machine) && <p class="service-card__note">{text.machineNote}</p>}
        {shown.some((x) => x.stale) && <p class="service-card__note">{text.staleNote}</p>}
        <ul class="service-card__phones">
          {service.phones?.map((phone) => {
            const link = phone.type === 'voice' || phone.type === undefined ? telLink(phone.number) : null;
            const display = parsePhone(phone.number)?.display ?? phone.number;
            const note = phone.description ? text.field(phone.id, 'description', phone.description) : undefined;
            return (
              <li key={phone.id}>
                {link ? (
                  <a class="call-button" href={link.href} aria-label={text.call(display)}>
                    <PhoneIcon kind="call" />
                    <bdi dir="ltr">{display}</bdi>
                  </a>
                ) : (
                  <bdi dir="ltr">{display}</bdi>
                )}
                {note && (
                  <span class="service-card__phone-note" lang={note.lang} dir={directionOf(note.lang)}>
                    {' '}
                    {note.text}
                  </span>
                )}
              </li>
            );
          })}
        </ul>
      </li>
    );
  }
}
