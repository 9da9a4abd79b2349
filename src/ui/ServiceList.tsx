import type { Service } from '../model/hsds.ts';
import { parsePhone } from '../model/phone.ts';
import { telLink } from '../model/links.ts';

/** Data text is rendered as text only (never HTML); phone links go through the one link allow-list. */
export function ServiceList(props: { services: readonly Service[]; callLabel: (number: string) => string }) {
  return (
    <ul class="service-list">
      {props.services.map((service) => (
        <li key={service.id} class="service-card">
          <h2 class="service-card__name" dir="auto">
            {service.name}
          </h2>
          {service.description && <p dir="auto">{service.description}</p>}
          <ul class="service-card__phones">
            {service.phones?.map((phone) => {
              const link = phone.type === 'voice' || phone.type === undefined ? telLink(phone.number) : null;
              const display = parsePhone(phone.number)?.display ?? phone.number;
              return (
                <li key={phone.id}>
                  {link ? (
                    <a class="call-button" href={link.href} aria-label={props.callLabel(display)}>
                      <svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                        <path d="M6.6 10.8a15.1 15.1 0 0 0 6.6 6.6l2.2-2.2a1 1 0 0 1 1-.25 11.4 11.4 0 0 0 3.6.57 1 1 0 0 1 1 1V20a1 1 0 0 1-1 1A17 17 0 0 1 3 4a1 1 0 0 1 1-1h3.5a1 1 0 0 1 1 1c0 1.25.2 2.45.57 3.57a1 1 0 0 1-.25 1z" />
                      </svg>
                      <bdi dir="ltr">{display}</bdi>
                    </a>
                  ) : (
                    <span dir="ltr">{display}</span>
                  )}
                  {phone.description && <span class="service-card__phone-note" dir="auto"> {phone.description}</span>}
                </li>
              );
            })}
          </ul>
        </li>
      ))}
    </ul>
  );
}
