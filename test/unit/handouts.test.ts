/**
 * What the printed handouts say (src/features/handouts/handout.ts), against the real dataset and small made-up
 * directories: numbers only from the data, 911/988/211 first, inactive services left out, text in the reader's
 * language, links only through the allow-list, the right dates.
 */
import { describe, expect, it } from 'vitest';
import { loadSearchCorpus } from '../../scripts/lib/search-corpus.ts';
import type { Directory } from '../../src/data/queries.ts';
import { categoryHandout, keyNumbersHandout, serviceHandout, shortText, websiteText } from '../../src/features/handouts/handout.ts';
import { handoutPath, parseHandoutPath } from '../../src/features/handouts/routes.ts';
import type { Service } from '../../src/model/hsds.ts';
import type { LocalePayload } from '../../src/model/payload.ts';
import { parsePhone } from '../../src/model/phone.ts';

const corpus = loadSearchCorpus('data');
const directory: Directory = corpus.records;
const translation = (locale: string): LocalePayload => corpus.records.translations.find((t) => t.locale === locale)!;
const id = (key: string) => corpus.idByKey.get(key)!;
/** Every number as written in data/, in the form a handout shows it. */
const numbersInData = new Set(
  directory.services.flatMap((s) => (s.phones ?? []).map((p) => parsePhone(p.number)?.display ?? p.number)),
);

describe('key numbers sheet', () => {
  const sheet = keyNumbersHandout(directory, 'en');

  it('starts with the services reached by 911, 988 and 211, in that order', () => {
    const firstNumbers = sheet.entries.slice(0, 3).map((e) => e.phones[0]?.display);
    expect(firstNumbers).toEqual(['911', '988', '211']);
    expect(sheet.entries[0]!.id).toBe(id('emergency-911'));
    expect(sheet.entries[1]!.id).toBe(id('988-suicide-crisis-lifeline'));
    expect(sheet.entries[2]!.id).toBe(id('211-la'));
  });

  it('lists every active hotline of the dataset, once, and every number on it comes from the data', () => {
    const hotlineTerm = directory.taxonomy.find((t) => t.code === 'hotlines')!;
    const hotlines = directory.services.filter((s) => s.status === 'active' && s.attributes?.some((a) => a.taxonomy_term_id === hotlineTerm.id));
    expect(hotlines.length).toBeGreaterThanOrEqual(5);
    const ids = sheet.entries.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const s of hotlines) expect(ids, s.name).toContain(s.id);
    for (const phone of sheet.entries.flatMap((e) => e.phones)) expect(numbersInData.has(phone.display), phone.display).toBe(true);
    expect(sheet.entries.every((e) => !e.website && !e.summary && !e.sections.length && e.phones.every((p) => !p.note))).toBe(true);
  });

  it('labels how a number is used: text lines and TTY are not calls', () => {
    const nineEightEight = sheet.entries[1]!;
    expect(nineEightEight.phones.map((p) => p.use)).toEqual(
      directory.services.find((s) => s.id === nineEightEight.id)!.phones!.map((p) => (p.type === 'text' ? 'text' : p.type === 'textphone' ? 'tty' : p.type === 'video' ? 'video' : 'call')),
    );
    expect(sheet.entries.flatMap((e) => e.phones).some((p) => p.use === 'tty')).toBe(true);
  });

  it('names the services in the reader language and says when that is a machine translation', () => {
    const fa = keyNumbersHandout(directory, 'fa', translation('fa'));
    const name988 = fa.entries[1]!.name;
    expect(name988.lang).toBe('fa');
    expect(name988.text).toBe(translation('fa').entries[id('988-suicide-crisis-lifeline')]!.name!.text);
    expect(fa.machine).toBe(true);
    expect(sheet.machine).toBe(false);
  });

  it('opens the hotline category online, and gives the range of dates the numbers were checked', () => {
    expect(sheet.path).toBe('/?category=hotlines');
    const dates = sheet.entries.map((e) => directory.services.find((s) => s.id === e.id)!.provenance.verified).sort();
    expect(sheet.checked).toEqual({ from: dates[0], to: dates.at(-1) });
  });

  it('leaves out services that are not active, and works without a hotline category', () => {
    const closed = directory.services.map((s) => (s.id === id('211-la') ? { ...s, status: 'inactive' as const } : s));
    const without = keyNumbersHandout({ ...directory, services: closed, taxonomy: [] }, 'en');
    expect(without.entries.map((e) => e.phones[0]?.display)).toEqual(['911', '988']);
    expect(without.path).toBe('/');
  });
});

describe('category handout', () => {
  it('lists every active service of the category with name, phones, website as text and a short description', () => {
    const handout = categoryHandout(directory, 'mental-health', 'es', translation('es'))!;
    const term = directory.taxonomy.find((t) => t.code === 'mental-health')!;
    const expected = directory.services.filter((s) => s.status === 'active' && s.attributes?.some((a) => a.taxonomy_term_id === term.id));
    expect(handout.entries.map((e) => e.id).sort()).toEqual(expected.map((s) => s.id).sort());
    expect(handout.title!.text).toBe(translation('es').entries[term.id]!.name!.text);
    expect(handout.path).toBe('/?category=mental-health');
    for (const entry of handout.entries) {
      const service = expected.find((s) => s.id === entry.id)!;
      expect(entry.phones.length).toBe(service.phones?.length ?? 0);
      if (service.url) expect(entry.website).toBe(websiteText(service.url));
      if (service.description) expect(entry.summary!.text.length).toBeLessThanOrEqual(221);
      expect(entry.sections).toEqual([]);
      for (const phone of entry.phones) if (phone.note) expect(phone.note.text.length, phone.note.text).toBeLessThanOrEqual(90);
    }
    const sorted = [...handout.entries].sort((a, b) => new Intl.Collator('es').compare(a.name.text, b.name.text));
    expect(handout.entries.map((e) => e.id)).toEqual(sorted.map((e) => e.id));
  });

  it('is undefined for a category that does not exist', () => {
    expect(categoryHandout(directory, 'no-such-category', 'en')).toBeUndefined();
  });
});

describe('service handout', () => {
  it('has the full texts, phone notes, addresses and the service own checked date', () => {
    const service = directory.services.find((s) => s.service_at_locations?.length && s.phones?.some((p) => p.description))!;
    const handout = serviceHandout(directory, service.id, 'zh-Hant', translation('zh-Hant'))!;
    const entry = handout.entries[0]!;
    expect(entry.name.lang).toBe('zh-Hant');
    expect(entry.sections.map((s) => s.key)).toContain('service.about');
    expect(entry.phones.some((p) => p.note)).toBe(true);
    expect(entry.addresses.length).toBeGreaterThan(0);
    expect(handout.checked).toEqual({ from: service.provenance.verified, to: service.provenance.verified });
    expect(handout.path).toBe(`/service/${service.id}`);
  });

  it('is undefined for an unknown id', () => {
    expect(serviceHandout(directory, 'nope', 'en')).toBeUndefined();
  });

  it('never writes out a website or email the allow-list refuses', () => {
    const service = directory.services[0]!;
    const hostile: Service = { ...service, url: 'javascript:alert(1)', email: 'not an email' };
    const entry = serviceHandout({ ...directory, services: [hostile] }, service.id, 'en')!.entries[0]!;
    expect(entry.website).toBeUndefined();
    expect(entry.email).toBeUndefined();
  });
});

describe('text helpers and routes', () => {
  it('shortText cuts at a sentence end, in scripts without spaces too', () => {
    expect(shortText('One. Two.', 'en', 100)).toBe('One. Two.');
    expect(shortText('First sentence here. Second sentence is longer than the limit.', 'en', 30)).toBe('First sentence here.');
    expect(shortText('第一句話。第二句話比較長，超過了限制。', 'zh-Hant', 8)).toBe('第一句話。');
    expect(shortText('جملهٔ اول. جملهٔ دوم بسیار بلندتر است.', 'fa', 15)).toBe('جملهٔ اول.');
    const cut = shortText('A very long single sentence without any end that goes on and on', 'en', 20);
    expect(cut.endsWith('…')).toBe(true);
    expect(cut.length).toBeLessThanOrEqual(20);
    expect(shortText('Paragraph one.\n\nParagraph two.', 'en')).toBe('Paragraph one.');
    // Wide scripts get half the characters by default.
    expect(shortText('字'.repeat(150), 'zh-Hant').length).toBeLessThanOrEqual(110);
    expect(shortText('a '.repeat(100), 'en').length).toBeGreaterThan(110);
  });

  it('websiteText writes what a person types', () => {
    expect(websiteText('https://www.211la.org')).toBe('www.211la.org');
    expect(websiteText('https://dmh.lacounty.gov/our-services/')).toBe('dmh.lacounty.gov/our-services/');
    expect(websiteText('http://example.org')).toBeUndefined();
    expect(websiteText(undefined)).toBeUndefined();
  });

  it('routes round-trip and reject other paths', () => {
    expect(parseHandoutPath(handoutPath('key-numbers'))).toEqual({ kind: 'key-numbers', key: '' });
    expect(parseHandoutPath(handoutPath('category', 'mental-health'))).toEqual({ kind: 'category', key: 'mental-health' });
    expect(parseHandoutPath(handoutPath('service', 'a b/c'))).toEqual({ kind: 'service', key: 'a b/c' });
    expect(parseHandoutPath('/print/other/x')).toBeUndefined();
    expect(parseHandoutPath('/print/service/%E0%A4%A')).toBeUndefined();
    expect(parseHandoutPath('/service/x')).toBeUndefined();
  });
});
