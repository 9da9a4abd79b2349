/**
 * North American phone numbers as residents dial them. Pure: used by the data validator (scripts/) and by the
 * app when it builds tel:/sms: links, so a number that fails here never becomes a link.
 */

/** N11 codes a resident dials as-is (911 emergency, 988 crisis line, 211 community help, 311, 711 relay). */
const SHORT_CODES = new Set(['211', '311', '511', '711', '811', '911', '988']);

export interface ParsedPhone {
  /** What goes after tel: / sms:, e.g. "+12138930487" or "988". */
  readonly dial: string;
  /** Human form, e.g. "(213) 893-0487" or "988". */
  readonly display: string;
}

/**
 * Parses "(213) 893-0487", "213-893-0487", "+1 213 893 0487", "1-800-540-4000", "988" or "2-1-1".
 * Letters are refused (vanity numbers must be written out in digits in the data).
 * NANP rule: area code and exchange start with 2-9.
 */
export function parsePhone(input: string): ParsedPhone | null {
  if (typeof input !== 'string' || input.length > 40) return null;
  const trimmed = input.trim();
  if (!/^\+?[\d\s().\-]+$/.test(trimmed)) return null;
  let digits = trimmed.replace(/\D/g, '');
  if (SHORT_CODES.has(digits) && !trimmed.startsWith('+')) return { dial: digits, display: digits };
  if (digits.length === 11 && digits.startsWith('1')) digits = digits.slice(1);
  else if (trimmed.startsWith('+')) return null; // +<not 1>: outside North America
  if (digits.length !== 10) return null;
  if (!/^[2-9]\d{2}[2-9]\d{6}$/.test(digits)) return null;
  return {
    dial: `+1${digits}`,
    display: `(${digits.slice(0, 3)}) ${digits.slice(3, 6)}-${digits.slice(6)}`,
  };
}

/** Text-message short codes (e.g. 233733 for the National Human Trafficking Hotline) are 5-6 digits. */
export function parseSmsShortCode(input: string): string | null {
  const digits = typeof input === 'string' ? input.trim() : '';
  return /^\d{5,6}$/.test(digits) ? digits : null;
}
