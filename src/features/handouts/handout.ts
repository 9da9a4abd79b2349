/**
 * What a printed handout says, built from the stored directory: pure (no DOM, no i18n setup), so the choice of
 * services, numbers and text is unit-tested without a browser. The page (HandoutPage.tsx) only lays it out.
 *
 * Every number, name and address comes from the dataset; nothing here types a phone number. The "Key numbers"
 * sheet lists the hotline category and every service reached by 911, 988 or 211, in that order.
 */
import type { Directory } from '../../data/queries.ts';
import type { Phone, Service } from '../../model/hsds.ts';
import { mailtoLink, webLink } from '../../model/links.ts';
import { localText, type LocalText } from '../../model/localize.ts';
import type { LocalePayload } from '../../model/payload.ts';
import { parsePhone, parseSmsShortCode } from '../../model/phone.ts';

import type { HandoutKind } from './routes.ts';

export type { HandoutKind };

/** How a number is used; `call` needs no label on paper. */
export type PhoneUse = 'call' | 'text' | 'tty' | 'video' | 'fax';

export interface HandoutPhone {
  readonly id: string;
  /** As a person dials it: "(800) 540-4000", "988", "233733". */
  readonly display: string;
  readonly use: PhoneUse;
  readonly note?: LocalText;
}

export interface HandoutEntry {
  readonly id: string;
  readonly name: LocalText;
  readonly organization?: LocalText;
  readonly phones: readonly HandoutPhone[];
  /** The website written out to type by hand ("www.211la.org"), only if the allow-list accepts it. */
  readonly website?: string;
  readonly email?: string;
  /** The first sentence(s) of the description, for lists. */
  readonly summary?: LocalText;
  /** Full texts with the locale key of their heading, for a one-service handout. */
  readonly sections: ReadonlyArray<{ readonly key: string; readonly text: LocalText }>;
  readonly addresses: readonly string[];
  readonly verified: string;
}

export interface Handout {
  readonly kind: HandoutKind;
  /** The category's name (category handouts); the page titles the others itself. */
  readonly title?: LocalText;
  readonly entries: readonly HandoutEntry[];
  /** The app path the QR code opens (before the language is added), e.g. `/service/<id>`. */
  readonly path: string;
  /** Oldest and newest date a person checked what the handout shows. */
  readonly checked: { readonly from: string; readonly to: string };
  /** Some text is a machine translation not yet reviewed by a person. */
  readonly machine: boolean;
}

/** The category of the hotlines: its services go on the "Key numbers" sheet. */
export const HOTLINE_CATEGORY = 'hotlines';
/** The national and county short numbers, first on the "Key numbers" sheet when the dataset has them. */
export const KEY_SHORT_CODES = ['911', '988', '211'] as const;

const SUMMARY_MAX = 220;
/** Chinese, Japanese and Korean say as much in about half the characters, each about twice as wide. */
const WIDE_SCRIPT = /^(?:zh|ja|ko)(?:-|$)/;

/**
 * The first sentence(s) of a text, at most about `max` characters, cut at a sentence end (Intl.Segmenter knows
 * "。" and "؟" as well as "."), else at a word, with an ellipsis.
 */
export function shortText(text: string, lang: string, max = WIDE_SCRIPT.test(lang) ? SUMMARY_MAX / 2 : SUMMARY_MAX): string {
  const first = text.trim().split(/\n{2,}/)[0]!.trim();
  if (first.length <= max) return first;
  let out = '';
  for (const { segment } of new Intl.Segmenter(lang, { granularity: 'sentence' }).segment(first)) {
    if (out && (out + segment).trimEnd().length > max) break;
    out += segment;
  }
  out = out.trimEnd();
  if (out.length <= max) return out;
  let cut = '';
  for (const { segment } of new Intl.Segmenter(lang, { granularity: 'word' }).segment(out)) {
    if ((cut + segment).length > max - 1) break;
    cut += segment;
  }
  return `${cut.trimEnd()}…`;
}

/** "https://www.211la.org/" → "www.211la.org": what a person types from paper. Null if the link is not allowed. */
export function websiteText(url: string | undefined): string | undefined {
  const link = webLink(url);
  if (!link) return undefined;
  const { host, pathname, search } = new URL(link.href);
  return `${host}${pathname === '/' ? '' : pathname}${search}`;
}

function phoneUse(phone: Phone): PhoneUse {
  switch (phone.type) {
    case 'text':
      return 'text';
    case 'textphone':
      return 'tty';
    case 'video':
      return 'video';
    case 'fax':
      return 'fax';
    default:
      return 'call';
  }
}

const NOTE_MAX = 90;

/** On a list, a phone's note is cut to its first sentence ("Text START to 88788."); in full on one service. */
function phoneNote(note: LocalText | undefined, full: boolean): LocalText | undefined {
  return note && !full ? { ...note, text: shortText(note.text, note.lang, WIDE_SCRIPT.test(note.lang) ? NOTE_MAX / 2 : NOTE_MAX) } : note;
}

function phoneDisplay(phone: Phone): string {
  return parsePhone(phone.number)?.display ?? (phone.type === 'text' ? parseSmsShortCode(phone.number) : null) ?? phone.number;
}

interface Context {
  readonly directory: Directory;
  readonly lang: string;
  readonly translations: LocalePayload | undefined;
}

function entryOf(service: Service, ctx: Context, full: boolean): HandoutEntry {
  const text = (id: string, field: string, english: string | undefined) => (english ? localText(id, field, english, ctx.lang, ctx.translations) : undefined);
  const organization = ctx.directory.organizations.find((o) => o.id === service.organization_id);
  const description = text(service.id, 'description', service.description);
  const sections: Array<{ key: string; text: LocalText }> = [];
  if (full) {
    const fields: Array<[string, string, string | undefined]> = [
      ['service.about', 'description', service.description],
      ['service.eligibility', 'eligibility_description', service.eligibility_description],
      ['service.apply', 'application_process', service.application_process],
      ['service.fees', 'fees_description', service.fees_description],
      ['service.interpretation', 'interpretation_services', service.interpretation_services],
    ];
    for (const [key, field, english] of fields) {
      const value = text(service.id, field, english);
      if (value) sections.push({ key, text: value });
    }
  }
  const addresses = full
    ? (service.service_at_locations ?? []).flatMap((sal) =>
        (ctx.directory.locations.find((l) => l.id === sal.location_id)?.addresses ?? []).map(
          (a) => `${a.address_1}${a.address_2 ? `, ${a.address_2}` : ''}, ${a.city}, ${a.state_province} ${a.postal_code}`,
        ),
      )
    : [];
  return {
    id: service.id,
    name: text(service.id, 'name', service.name)!,
    organization: organization ? text(organization.id, 'name', organization.name) : undefined,
    phones: (service.phones ?? []).map((phone) => ({
      id: phone.id,
      display: phoneDisplay(phone),
      use: phoneUse(phone),
      note: phoneNote(text(phone.id, 'description', phone.description), full),
    })),
    website: websiteText(service.url),
    email: full && mailtoLink(service.email) ? service.email : undefined,
    summary: description && !full ? { ...description, text: shortText(description.text, description.lang) } : undefined,
    sections,
    addresses,
    verified: service.provenance.verified,
  };
}

function handoutOf(kind: HandoutKind, path: string, entries: HandoutEntry[], title?: LocalText): Handout {
  const dates = entries.map((e) => e.verified).sort();
  const shown = entries.flatMap((e) => [e.name, e.organization, e.summary, ...e.sections.map((s) => s.text), ...e.phones.map((p) => p.note)]);
  return {
    kind,
    title,
    entries,
    path,
    checked: { from: dates[0] ?? '', to: dates[dates.length - 1] ?? '' },
    machine: [...shown, title].some((t) => t?.machine),
  };
}

/** One service, in full: everything its page shows that makes sense on paper. */
export function serviceHandout(directory: Directory, id: string, lang: string, translations?: LocalePayload): Handout | undefined {
  const service = directory.services.find((s) => s.id === id);
  if (!service) return undefined;
  return handoutOf('service', `/service/${encodeURIComponent(id)}`, [entryOf(service, { directory, lang, translations }, true)]);
}

/** Every active service of a category (by the term's code): name, phones, website, a short description. */
export function categoryHandout(directory: Directory, code: string, lang: string, translations?: LocalePayload): Handout | undefined {
  const term = directory.taxonomy.find((t) => t.code === code);
  if (!term) return undefined;
  const ctx = { directory, lang, translations };
  const services = directory.services.filter((s) => s.status === 'active' && s.attributes?.some((a) => a.taxonomy_term_id === term.id));
  const entries = services.map((s) => entryOf(s, ctx, false));
  const title = localText(term.id, 'name', term.name, lang, translations);
  return handoutOf('category', `/?category=${encodeURIComponent(code)}`, sortByName(entries, lang), title);
}

/**
 * The one-page sheet of numbers to keep: the services reached by 911, 988 and 211 (in that order), then the
 * other active hotlines by name. Only names and numbers, so it fits one page in every language.
 */
export function keyNumbersHandout(directory: Directory, lang: string, translations?: LocalePayload): Handout {
  const ctx = { directory, lang, translations };
  const term = directory.taxonomy.find((t) => t.code === HOTLINE_CATEGORY);
  const active = directory.services.filter((s) => s.status === 'active');
  const shortCodeRank = (s: Service) => {
    const ranks = (s.phones ?? []).map((p) => KEY_SHORT_CODES.indexOf(parsePhone(p.number)?.dial as (typeof KEY_SHORT_CODES)[number])).filter((i) => i >= 0);
    return ranks.length ? Math.min(...ranks) : -1;
  };
  const first = active
    .filter((s) => shortCodeRank(s) >= 0)
    .sort((a, b) => shortCodeRank(a) - shortCodeRank(b))
    .map((s) => entryOf(s, ctx, false));
  const hotlines = active
    .filter((s) => shortCodeRank(s) < 0 && !!term && s.attributes?.some((a) => a.taxonomy_term_id === term.id) && !!s.phones?.length)
    .map((s) => entryOf(s, ctx, false));
  const entries = [...first, ...sortByName(hotlines, lang)].map((e) => ({
    ...e,
    phones: e.phones.map(({ note: _note, ...phone }) => phone),
    summary: undefined,
    website: undefined,
  }));
  return handoutOf('key-numbers', term?.code ? `/?category=${encodeURIComponent(term.code)}` : '/', entries);
}

function sortByName(entries: HandoutEntry[], lang: string): HandoutEntry[] {
  const collator = new Intl.Collator(lang);
  return [...entries].sort((a, b) => collator.compare(a.name.text, b.name.text));
}
