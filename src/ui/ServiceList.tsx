import type { Service } from '../model/hsds.ts';
import type { LocalText } from '../model/localize.ts';
import { parsePhone } from '../model/phone.ts';
import { telLink } from '../model/links.ts';

export interface ServiceListText {
  /** The field in the reader's language, or English with the reason. */
  field(id: string, field: string, english: string): LocalText;
  call(number: string): string;
  machineNote: string;
  staleNote: string;
}

/** Data text is rendered as text only (never HTML); phone links go through the one link allow-list. */
export function ServiceList(props: { services: readonly Service[]; text: ServiceListText }) {
  const { text } = props;
  return (
    <ul class="service-list">
      {props.services.map((service) => {
        const name = text.field(service.id, 'name', service.name);
        const description = service.description ? text.field(service.id, 'description', service.description) : undefined;
        const shown = [name, description].filter((x): x is LocalText => !!x);
        return (
          <li key={service.id} class="service-card">
            <h2 class="service-card__name" lang={name.lang} dir="auto">
              <a href={`/service/${encodeURIComponent(service.id)}`}>{name.text}</a>
            </h2>
            {description && (
              <p lang={description.lang} dir="auto">
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
                        <svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                          <path d="M6.6 10.8a15.1 15.1 0 0 0 6.6 6.6l2.2-2.2a1 1 0 0 1 1-.25 11.4 11.4 0 0 0 3.6.57 1 1 0 0 1 1 1V20a1 1 0 0 1-1 1A17 17 0 0 1 3 4a1 1 0 0 1 1-1h3.5a1 1 0 0 1 1 1c0 1.25.2 2.45.57 3.57a1 1 0 0 1-.25 1z" />
                        </svg>
                        <bdi dir="ltr">{display}</bdi>
                      </a>
                    ) : (
                      <bdi dir="ltr">{display}</bdi>
                    )}
                    {note && (
                      <span class="service-card__phone-note" lang={note.lang} dir="auto">
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
      })}
    </ul>
  );
}
