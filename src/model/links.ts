import { parsePhone, parseSmsShortCode } from './phone.ts';

/**
 * The one allow-list for links built from data or translations. Only these schemes are ever emitted:
 * https (websites), tel and sms (phones), mailto (email), geo (an address, for the device's own map app).
 * Everything else (javascript:, data:, vbscript:, file:, http:, obfuscated variants) returns null and the caller
 * renders plain text. test/unit/link-safety.test.ts tries obfuscated schemes against every builder.
 * Preact does not block javascript: URLs in href (React 19 does), so this is the guard.
 */
export type SafeLink = { readonly href: string; readonly kind: 'web' | 'tel' | 'sms' | 'mailto' | 'geo' };

const EMAIL = /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/;

/** A website link: must parse as an absolute https URL with a host and no credentials. */
export function webLink(value: unknown): SafeLink | null {
  if (typeof value !== 'string' || value.length > 2048) return null;
  // Refuse anything with control, whitespace or invisible characters rather than trying to clean it.
  if (/[\u0000-\u0020\u007f-\u00a0\u1680\u180e\u2000-\u200f\u2028\u2029\u205f-\u2064\u3000\ufeff]/.test(value)) {
    return null;
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' || !url.hostname || url.username || url.password) return null;
  return { href: url.href, kind: 'web' };
}

export function telLink(value: unknown): SafeLink | null {
  const phone = typeof value === 'string' ? parsePhone(value) : null;
  return phone ? { href: `tel:${phone.dial}`, kind: 'tel' } : null;
}

export function smsLink(value: unknown): SafeLink | null {
  if (typeof value !== 'string') return null;
  const phone = parsePhone(value);
  const target = phone ? phone.dial : parseSmsShortCode(value);
  return target ? { href: `sms:${target}`, kind: 'sms' } : null;
}

export function mailtoLink(value: unknown, subject?: string, body?: string): SafeLink | null {
  if (typeof value !== 'string' || value.length > 254 || !EMAIL.test(value)) return null;
  const params: string[] = [];
  if (subject) params.push(`subject=${encodeURIComponent(subject)}`);
  if (body) params.push(`body=${encodeURIComponent(body)}`);
  // An address may legally contain ? & % # (RFC 5322), which in a mailto: URI would start headers of its own
  // (x?bcc=someone@else.org adds a hidden recipient): the local part is percent-encoded (RFC 6068 section 2).
  const to = value.replace(/^[^@]+/, encodeURIComponent);
  return { href: `mailto:${to}${params.length ? `?${params.join('&')}` : ''}`, kind: 'mailto' };
}

export function isEmail(value: unknown): boolean {
  return typeof value === 'string' && value.length <= 254 && EMAIL.test(value);
}

/**
 * Directions to a street address: a `geo:` URI (RFC 5870, with the `q` search parameter Android's map apps
 * read), so the device's own map app opens and no map server is asked by this app. Coordinates are used when
 * the data has them.
 */
export function geoLink(address: unknown, latitude?: number, longitude?: number): SafeLink | null {
  if (typeof address !== 'string' || !address.trim() || address.length > 300) return null;
  if (/[\u0000-\u001f\u007f]/.test(address)) return null;
  const hasPoint =
    typeof latitude === 'number' && typeof longitude === 'number' && Math.abs(latitude) <= 90 && Math.abs(longitude) <= 180;
  const point = hasPoint ? `${latitude},${longitude}` : '0,0';
  return { href: `geo:${point}?q=${encodeURIComponent(address.trim())}`, kind: 'geo' };
}
