import { describe, expect, it } from 'vitest';
import type { Schedule } from '../../src/model/hsds.ts';
import { isAlwaysOpen, openState, wallClock } from '../../src/model/open-now.ts';

const weekly = (byday: string, opens_at: string, closes_at: string, extra: Partial<Schedule> = {}): Schedule => ({
  id: `s-${byday}-${opens_at}`,
  freq: 'WEEKLY',
  byday,
  opens_at,
  closes_at,
  ...extra,
});
const weekdays = [weekly('MO,TU,WE,TH,FR', '09:00', '17:00')];
const at = (iso: string) => new Date(iso);

describe('open now, in Los Angeles time', () => {
  it('reads the wall clock in Los Angeles, whatever the UTC time', () => {
    // 2026-11-26T02:30Z is still Wednesday evening in Los Angeles (UTC-8).
    expect(wallClock(at('2026-11-26T02:30:00Z'))).toEqual({ weekday: 2, minutes: 18 * 60 + 30, date: '2026-11-25' });
  });

  it('is open on a weekday morning and says when it closes', () => {
    expect(openState(weekdays, at('2026-11-25T18:00:00Z'))).toEqual({
      open: true,
      always: false,
      closes: { weekday: 2, time: '17:00', inDays: 0 },
    });
  });

  it('is closed in the evening and opens the next morning; on Friday evening it opens Monday', () => {
    expect(openState(weekdays, at('2026-11-26T02:30:00Z'))).toEqual({ open: false, opens: { weekday: 3, time: '09:00', inDays: 1 } });
    expect(openState(weekdays, at('2026-11-28T03:00:00Z'))).toEqual({ open: false, opens: { weekday: 0, time: '09:00', inDays: 3 } });
  });

  it('opens at the opening minute and closes at the closing minute', () => {
    expect(openState(weekdays, at('2026-11-25T17:00:00Z'))?.open).toBe(true); // 09:00
    expect(openState(weekdays, at('2026-11-25T16:59:00Z'))?.open).toBe(false); // 08:59
    expect(openState(weekdays, at('2026-11-26T01:00:00Z'))?.open).toBe(false); // 17:00
  });

  it('handles hours past midnight (22:00–06:00), also from Sunday night into Monday', () => {
    const nights = [weekly('FR,SU', '22:00', '06:00')];
    // Saturday 02:00 in LA: still Friday night's shift.
    expect(openState(nights, at('2026-11-28T10:00:00Z'))).toEqual({ open: true, always: false, closes: { weekday: 5, time: '06:00', inDays: 0 } });
    // Friday 21:00: opens at 22:00 today.
    expect(openState(nights, at('2026-11-28T05:00:00Z'))).toEqual({ open: false, opens: { weekday: 4, time: '22:00', inDays: 0 } });
    // Monday 03:00: Sunday night's shift, across the week boundary.
    expect(openState(nights, at('2026-11-30T11:00:00Z'))).toEqual({ open: true, always: false, closes: { weekday: 0, time: '06:00', inDays: 0 } });
    // Sunday 23:00: closes tomorrow (Monday) at 06:00.
    expect(openState(nights, at('2026-11-30T07:00:00Z'))).toEqual({ open: true, always: false, closes: { weekday: 0, time: '06:00', inDays: 1 } });
  });

  it('keeps wall-clock hours across the spring DST change (8 March 2026)', () => {
    const sunday = [weekly('SU', '09:00', '17:00')];
    // 16:30Z is 09:30 PDT (UTC-7); a fixed UTC-8 offset would say 08:30 and closed.
    expect(openState(sunday, at('2026-03-08T16:30:00Z'))?.open).toBe(true);
    // 15:30Z is 08:30 PDT: not open yet.
    expect(openState(sunday, at('2026-03-08T15:30:00Z'))?.open).toBe(false);
    // Saturday-night shift still runs at 03:30 PDT, the hour after the clocks jumped.
    expect(openState([weekly('SA', '22:00', '06:00')], at('2026-03-08T10:30:00Z'))?.open).toBe(true);
  });

  it('keeps wall-clock hours across the autumn DST change (1 November 2026)', () => {
    const sunday = [weekly('SU', '10:00', '17:00')];
    // 17:30Z is 09:30 PST (UTC-8); a stale UTC-7 offset would say 10:30 and open.
    expect(openState(sunday, at('2026-11-01T17:30:00Z'))?.open).toBe(false);
    expect(openState(sunday, at('2026-11-01T18:30:00Z'))?.open).toBe(true);
    // 01:30 happens twice that night; both are inside a 00:00–03:00 Sunday shift.
    const early = [weekly('SU', '00:00', '03:00')];
    expect(openState(early, at('2026-11-01T08:30:00Z'))?.open).toBe(true);
    expect(openState(early, at('2026-11-01T09:30:00Z'))?.open).toBe(true);
  });

  it('keeps an overnight shift to its wall-clock hours on the short spring night (7–8 March 2026)', () => {
    const saturdayNight = [weekly('SA', '22:00', '06:00')];
    // Saturday 22:30 PST (06:30Z): open, closes Sunday 06:00.
    expect(openState(saturdayNight, at('2026-03-08T06:30:00Z'))).toEqual({ open: true, always: false, closes: { weekday: 6, time: '06:00', inDays: 1 } });
    // Sunday 05:30 PDT (12:30Z): still open, although only 6 hours have passed since 22:30.
    expect(openState(saturdayNight, at('2026-03-08T12:30:00Z'))).toEqual({ open: true, always: false, closes: { weekday: 6, time: '06:00', inDays: 0 } });
    // Sunday 06:15 PDT (13:15Z): closed; a clock stuck on PST would read 05:15 and say open.
    expect(openState(saturdayNight, at('2026-03-08T13:15:00Z'))).toEqual({ open: false, opens: { weekday: 5, time: '22:00', inDays: 6 } });
    // A Sunday shift from 02:30, an hour the clocks skip that night: open once the clock reads 03:00 PDT (10:00Z).
    expect(openState([weekly('SU', '02:30', '04:00')], at('2026-03-08T10:00:00Z'))?.open).toBe(true);
    expect(openState([weekly('SU', '02:30', '04:00')], at('2026-03-08T09:59:00Z'))?.open).toBe(false); // 01:59 PST
  });

  it('keeps an overnight shift to its wall-clock hours on the long autumn night (31 October–1 November 2026)', () => {
    const saturdayNight = [weekly('SA', '22:00', '06:00')];
    // Saturday 23:00 PDT (06:00Z): open, closes tomorrow at 06:00.
    expect(openState(saturdayNight, at('2026-11-01T06:00:00Z'))).toEqual({ open: true, always: false, closes: { weekday: 6, time: '06:00', inDays: 1 } });
    // Sunday 05:30 PST (13:30Z): still open, 8.5 hours after 22:00; a clock stuck on PDT would read 06:30 and say closed.
    expect(openState(saturdayNight, at('2026-11-01T13:30:00Z'))?.open).toBe(true);
    // Sunday 06:00 PST (14:00Z): closed, opens again next Saturday at 22:00.
    expect(openState(saturdayNight, at('2026-11-01T14:00:00Z'))).toEqual({ open: false, opens: { weekday: 5, time: '22:00', inDays: 6 } });
  });

  it('treats midnight inside an overnight shift as open and its closing minute as closed', () => {
    const nights = [weekly('FR', '22:00', '06:00')];
    // Saturday 00:00 PST (08:00Z) is inside Friday's shift; 06:00 PST (14:00Z) is not.
    expect(openState(nights, at('2026-11-28T08:00:00Z'))).toEqual({ open: true, always: false, closes: { weekday: 5, time: '06:00', inDays: 0 } });
    expect(openState(nights, at('2026-11-28T14:00:00Z'))).toEqual({ open: false, opens: { weekday: 4, time: '22:00', inDays: 6 } });
    // Friday 23:59 PST (Saturday 07:59Z): open, closes tomorrow.
    expect(openState(nights, at('2026-11-28T07:59:00Z'))).toEqual({ open: true, always: false, closes: { weekday: 5, time: '06:00', inDays: 1 } });
  });

  it('knows a 24/7 line is always open', () => {
    const always = [weekly('MO,TU,WE,TH,FR,SA,SU', '00:00', '23:59')];
    expect(openState(always, at('2026-11-25T10:00:00Z'))).toEqual({ open: true, always: true });
    expect(isAlwaysOpen(always)).toBe(true);
    expect(isAlwaysOpen(weekdays)).toBe(false);
    expect(isAlwaysOpen([weekly('MO,TU,WE,TH,FR,SA', '00:00', '23:59')])).toBe(false);
  });

  it('merges split and overlapping hours', () => {
    const split = [weekly('WE', '09:00', '12:00'), weekly('WE', '13:00', '17:00'), weekly('WE', '11:00', '12:30')];
    expect(openState(split, at('2026-11-25T20:00:00Z'))).toEqual({ open: true, always: false, closes: { weekday: 2, time: '12:30', inDays: 0 } });
    expect(openState(split, at('2026-11-25T20:45:00Z'))).toEqual({ open: false, opens: { weekday: 2, time: '13:00', inDays: 0 } });
  });

  it('ignores schedules outside their valid dates and says nothing when no hours are known', () => {
    const expired = [weekly('MO,TU,WE,TH,FR', '09:00', '17:00', { valid_to: '2025-12-31' })];
    expect(openState(expired, at('2026-11-25T18:00:00Z'))).toBeUndefined();
    expect(openState(undefined, at('2026-11-25T18:00:00Z'))).toBeUndefined();
    expect(openState([{ id: 'x', description: 'By appointment' }], at('2026-11-25T18:00:00Z'))).toBeUndefined();
  });
});
