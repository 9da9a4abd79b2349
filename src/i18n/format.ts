/**
 * Dates and clock times in the reader's language, with one formatter per language and style (making one costs a
 * phone a few milliseconds; a page shows up to ~20 dates and times). Always the Gregorian calendar: people in Los
 * Angeles deal in US dates (court dates, appointments, "checked on"), and Farsi would otherwise get the Persian
 * calendar. Values are calendar dates and wall-clock times already in Los Angeles time, so they are formatted in
 * UTC and no time zone shifts them.
 */
export type DateStyle = 'date' | 'time' | 'weekday';

const OPTIONS: Record<DateStyle, Intl.DateTimeFormatOptions> = {
  date: { dateStyle: 'long' },
  time: { hour: 'numeric', minute: '2-digit' },
  weekday: { weekday: 'long' },
};
const formatters = new Map<string, Intl.DateTimeFormat>();

export function dateFormatter(lang: string, style: DateStyle): Intl.DateTimeFormat {
  const key = `${lang}\u0000${style}`;
  let format = formatters.get(key);
  if (!format) formatters.set(key, (format = new Intl.DateTimeFormat(lang, { ...OPTIONS[style], calendar: 'gregory', timeZone: 'UTC' })));
  return format;
}

/** "November 25, 2026" for "2026-11-25", in the reader's language. */
export function formatDate(isoDate: string, lang: string): string {
  return dateFormatter(lang, 'date').format(new Date(`${isoDate}T00:00:00Z`));
}
