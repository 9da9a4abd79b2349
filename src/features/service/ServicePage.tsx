import type { Directory } from '../../data/queries.ts';
import { directionOf } from '../../i18n/languages.ts';
import { linkInLanguage, t } from '../../i18n/i18n.ts';
import type { Schedule, Service } from '../../model/hsds.ts';
import { geoLink, mailtoLink, webLink } from '../../model/links.ts';
import { localText, type LocalText } from '../../model/localize.ts';
import { openState, type WeekTime } from '../../model/open-now.ts';
import type { LocalePayload } from '../../model/payload.ts';
import { PhoneList } from '../../ui/PhoneList.tsx';
import { SaveButton } from '../favorites/SaveButton.tsx';
import { ShareBox } from '../share/ShareBox.tsx';
import { handoutPath } from '../handouts/routes.ts';
import './service.css';
import { dateFormatter, formatDate } from '../../i18n/format.ts';

export interface ServicePageProps {
  readonly id: string;
  readonly directory: Directory;
  readonly translations: LocalePayload | undefined;
  readonly lang: string;
  /** The dataset's corrections address, for "Report a problem". */
  readonly correctionsEmail?: string;
}


/** "17:00" in the reader's way of writing times. */
function formatTime(hhmm: string, lang: string): string {
  const [h, m] = hhmm.split(':').map(Number);
  return dateFormatter(lang, 'time').format(Date.UTC(2024, 0, 1, h, m));
}

/** 0 = Monday … 6 = Sunday, as a weekday name in the reader's language. */
function weekdayName(weekday: number, lang: string): string {
  // 1 January 2024 was a Monday.
  return dateFormatter(lang, 'weekday').format(Date.UTC(2024, 0, 1 + weekday));
}


function openLine(schedules: readonly Schedule[] | undefined, lang: string): string | undefined {
  const state = openState(schedules, new Date());
  if (!state) return undefined;
  if (state.open && state.always) return t('service.alwaysOpen');
  const when = (w: WeekTime) =>
    w.inDays === 0
      ? formatTime(w.time, lang)
      : t('service.dayAndTime', { day: w.inDays === 1 ? t('service.tomorrow') : weekdayName(w.weekday, lang), time: formatTime(w.time, lang) });
  if (state.open) return t('service.openUntil', { time: when(state.closes) });
  return state.opens ? t('service.closedOpens', { time: when(state.opens) }) : t('service.closed');
}

function Paragraphs(props: { text: LocalText }) {
  return (
    <>
      {props.text.text.split(/\n{2,}/).map((p, i) => (
        <p key={i} lang={props.text.lang} dir={directionOf(props.text.lang)}>
          {p}
        </p>
      ))}
    </>
  );
}

export function ServicePage(props: ServicePageProps) {
  const { directory, lang } = props;
  const service: Service | undefined = directory.services.find((s) => s.id === props.id);
  if (!service) {
    return (
      <article class="service-page">
        <h1>{t('service.notFound')}</h1>
        <p>
          <a href="/">{t('nav.home')}</a>
        </p>
      </article>
    );
  }
  const text = (id: string, field: string, english: string | undefined) => (english ? localText(id, field, english, lang, props.translations) : undefined);
  const name = text(service.id, 'name', service.name)!;
  const sections: Array<[string, LocalText | undefined]> = [
    ['service.about', text(service.id, 'description', service.description)],
    ['service.eligibility', text(service.id, 'eligibility_description', service.eligibility_description)],
    ['service.apply', text(service.id, 'application_process', service.application_process)],
    ['service.fees', text(service.id, 'fees_description', service.fees_description)],
    ['service.interpretation', text(service.id, 'interpretation_services', service.interpretation_services)],
  ];
  const alert = text(service.id, 'alert', service.alert);
  const shown = [name, alert, ...sections.map(([, v]) => v)].filter((x): x is LocalText => !!x);
  const organization = directory.organizations.find((o) => o.id === service.organization_id);
  const orgName = organization ? text(organization.id, 'name', organization.name) : undefined;
  const website = webLink(service.url);
  const email = mailtoLink(service.email);
  const sites = (service.service_at_locations ?? []).flatMap((sal) => {
    const location = directory.locations.find((l) => l.id === sal.location_id);
    return location ? [location] : [];
  });
  const hours = openLine(service.schedules, lang);
  const report = props.correctionsEmail
    ? mailtoLink(props.correctionsEmail, t('service.reportSubject', { name: service.name }), t('service.reportBody', { id: service.id, url: location.href }))
    : null;

  return (
    <article class="service-page">
      <h1 lang={name.lang} dir={directionOf(name.lang)}>
        {name.text}
      </h1>
      {orgName && (
        <p class="service-page__org" lang={orgName.lang} dir={directionOf(orgName.lang)}>
          {orgName.text}
        </p>
      )}
      {service.status !== 'active' && <p class="notice">{t(`service.status.${service.status.replace(' ', '_')}`)}</p>}
      {alert && (
        <p class="notice notice--alert" lang={alert.lang} dir={directionOf(alert.lang)}>
          {alert.text}
        </p>
      )}
      <SaveButton serviceId={service.id} />
      {shown.some((x) => x.machine) && <p class="service-page__note">{t('data.machineTranslated')}</p>}
      {shown.some((x) => x.stale) && <p class="service-page__note">{t('data.staleTranslation')}</p>}

      {!!service.phones?.length && (
        <section aria-labelledby="contact-heading">
          <h2 id="contact-heading">{t('service.contact')}</h2>
          <PhoneList
            phones={service.phones}
            text={{
              field: (id, field, english) => localText(id, field, english, lang, props.translations),
              call: (number) => t('service.call', { number }),
              text: (number) => t('service.text', { number }),
            }}
          />
        </section>
      )}
      {(website || email) && (
        <ul class="link-list">
          {website && (
            <li>
              <a href={website.href} rel="noopener noreferrer" target="_blank">
                {t('service.website')}
              </a>
            </li>
          )}
          {email && (
            <li>
              <a href={email.href}>{t('service.email', { email: service.email })}</a>
            </li>
          )}
        </ul>
      )}
      {hours && (
        <p class="service-page__hours">
          <strong>{t('service.hours')}:</strong> {hours}
        </p>
      )}
      {sections.map(([key, value]) =>
        value ? (
          <section key={key}>
            <h2>{t(key)}</h2>
            <Paragraphs text={value} />
          </section>
        ) : null,
      )}
      {!!sites.length && (
        <section>
          <h2>{t('service.locations')}</h2>
          <ul class="site-list">
            {sites.map((site) => {
              const siteName = text(site.id, 'name', site.name);
              const siteDescription = text(site.id, 'description', site.description);
              return (
                <li key={site.id}>
                  {siteName && (
                    <strong lang={siteName.lang} dir={directionOf(siteName.lang)}>
                      {siteName.text}
                    </strong>
                  )}
                  {site.addresses?.map((a) => {
                    const oneLine = `${a.address_1}${a.address_2 ? `, ${a.address_2}` : ''}, ${a.city}, ${a.state_province} ${a.postal_code ?? ''}`.trim();
                    const directions = a.address_type === 'physical' ? geoLink(oneLine, site.latitude, site.longitude) : null;
                    return (
                      <div key={a.id}>
                        <address dir="ltr">{oneLine}</address>
                        {directions && (
                          <a class="button" href={directions.href}>
                            {t('service.directions')}
                          </a>
                        )}
                      </div>
                    );
                  })}
                  {siteDescription && (
                    <p lang={siteDescription.lang} dir={directionOf(siteDescription.lang)}>
                      {siteDescription.text}
                    </p>
                  )}
                </li>
              );
            })}
          </ul>
        </section>
      )}
      <ShareBox url={linkInLanguage(`/service/${encodeURIComponent(service.id)}`, lang)} title={name.text} printHref={handoutPath('service', service.id)} />
      <footer class="service-page__provenance">
        <p>{t('service.verified', { date: formatDate(service.provenance.verified, lang) })}</p>
        <details class="disclosure">
          <summary>{t('service.sources')}</summary>
          <ul>
            {service.provenance.sources.map((source, i) => {
              const link = webLink(source.url);
              const label = source.title ?? source.document ?? source.url ?? '';
              return <li key={i}>{link ? <a href={link.href} rel="noopener noreferrer" target="_blank">{label}</a> : label}</li>;
            })}
          </ul>
        </details>
        {report && (
          <p>
            <a href={report.href}>{t('service.report')}</a>
          </p>
        )}
      </footer>
    </article>
  );
}

export default ServicePage;
