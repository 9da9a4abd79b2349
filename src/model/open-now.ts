/**
 * "Open now", "Closes at 5 pm", "Opens Monday 8 am" from HSDS weekly schedules, in the service's own time zone
 * (Los Angeles), whatever the phone's clock is set to. Pure: `now` is passed in, so tests can stand on either side
 * of a daylight-saving change or just after midnight.
 *
 * Hours are read as wall-clock times in that zone (HSDS `opens_at`/`closes_at`), so a change of clock (DST) moves
 * nothing: 9:00 stays 9:00. A closing time at or before the opening time runs past midnight (22:00–06:00).
 * 23:59 as a closing time means "to the end of the day", as HSDS examples write 24-hour service.
 */
import type { Schedule } from './hsds.ts';

export const SERVICE_TIME_ZONE = 'America/Los_Angeles';

const DAY_CODES = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
const DAY = 1440;
const WEEK = 7 * DAY;

/** A moment of the week: 0 = Monday … 6 = Sunday, and the time as "HH:MM". */
export interface WeekTime {
  readonly weekday: number;
  readonly time: string;
  /** Days from today (0 = today, 1 = tomorrow…). */
  readonly inDays: number;
}

export type OpenState =
  | { readonly open: true; readonly always: true }
  | { readonly open: true; readonly always: false; readonly closes: WeekTime }
  | { readonly open: false; readonly opens: WeekTime | undefined };

interface WallClock {
  readonly weekday: number;
  readonly minutes: number;
  /** YYYY-MM-DD in the zone, to compare with valid_from/valid_to. */
  readonly date: string;
}

const clockFormats = new Map<string, Intl.DateTimeFormat>();

/** The date, weekday and time on a wall clock in `timeZone` at the instant `now`. */
export function wallClock(now: Date, timeZone = SERVICE_TIME_ZONE): WallClock {
  let format = clockFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      weekday: 'short',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    clockFormats.set(timeZone, format);
  }
  const parts: Record<string, string> = {};
  for (const part of format.formatToParts(now)) parts[part.type] = part.value;
  const weekday = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(parts.weekday ?? '');
  return {
    weekday,
    minutes: Number(parts.hour) * 60 + Number(parts.minute),
    date: `${parts.year}-${parts.month}-${parts.day}`,
  };
}

const toMinutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
const toTime = (minutes: number) =>
  `${String(Math.floor(minutes / 60) % 24).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** The weekly opening intervals [start, end) in minutes from Monday 00:00, merged, or [] if no hours are known. */
export function weeklyIntervals(schedules: readonly Schedule[], date?: string): Array<[number, number]> {
  const raw: Array<[number, number]> = [];
  for (const s of schedules) {
    if (!s.opens_at || !s.closes_at || !s.byday) continue;
    if (s.freq && s.freq !== 'WEEKLY') continue;
    if (s.interval && s.interval !== 1) continue;
    if (date && ((s.valid_from && date < s.valid_from) || (s.valid_to && date > s.valid_to))) continue;
    const opens = toMinutes(s.opens_at);
    let closes = s.closes_at === '23:59' ? DAY : toMinutes(s.closes_at);
    if (closes <= opens) closes += DAY;
    for (const code of s.byday.split(',')) {
      const day = DAY_CODES.indexOf(code.trim() as (typeof DAY_CODES)[number]);
      if (day < 0) continue; // "1MO" (first Monday) is a monthly rule, not a weekly one
      raw.push([day * DAY + opens, day * DAY + closes]);
    }
  }
  raw.sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const [start, end] of raw) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  // Sunday night into Monday morning joins Monday's first interval.
  const first = merged[0];
  const last = merged[merged.length - 1];
  if (first && last && merged.length > 1 && last[1] >= WEEK + first[0]) {
    last[1] = Math.max(last[1], WEEK + first[1]);
    merged.shift();
  }
  return merged;
}

/** Open or closed at `now`, and when that changes; undefined when the schedules give no hours. */
export function openState(schedules: readonly Schedule[] | undefined, now: Date, timeZone = SERVICE_TIME_ZONE): OpenState | undefined {
  if (!schedules?.length) return undefined;
  const clock = wallClock(now, timeZone);
  const intervals = weeklyIntervals(schedules, clock.date);
  if (!intervals.length) return undefined;
  const covered = intervals.reduce((sum, [a, b]) => sum + (b - a), 0);
  if (covered >= WEEK) return { open: true, always: true };

  const t = clock.weekday * DAY + clock.minutes;
  const at = (minute: number): WeekTime => ({
    weekday: Math.floor(minute / DAY) % 7,
    time: toTime(minute % DAY),
    inDays: Math.floor(minute / DAY) - clock.weekday,
  });
  for (const [start, end] of intervals) {
    for (const shift of [0, WEEK]) {
      if (t + shift >= start && t + shift < end) return { open: true, always: false, closes: at(end - shift) };
    }
  }
  const nextStart = intervals.map(([start]) => (start > t ? start : start + WEEK)).sort((a, b) => a - b)[0];
  return { open: false, opens: nextStart === undefined ? undefined : at(nextStart) };
}

/** True when the service answers around the clock, every day (a 24/7 hotline). */
export function isAlwaysOpen(schedules: readonly Schedule[] | undefined): boolean {
  if (!schedules?.length) return false;
  const intervals = weeklyIntervals(schedules);
  return intervals.reduce((sum, [a, b]) => sum + (b - a), 0) >= WEEK;
}
