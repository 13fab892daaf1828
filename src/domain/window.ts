/**
 * The window of dates a lookup covers. Dates are local to each departure's
 * station: "today" is today where the train leaves, in that station's zone.
 */
import { formatIsoDate, isoWeekday, toEpochDay, type EpochDay } from './days.js';
import { instantToWall } from './zones.js';
import { WindowBackwardsError, WindowOutOfRangeError, WindowTooLongError } from '../errors.js';

/** A day as the user gave it: a date, a count of days from today, the next given weekday, or a month (its first day as a start, its last as an end). */
export type DaySpec =
  | { kind: 'date'; day: EpochDay; text: string }
  | { kind: 'month'; first: EpochDay; last: EpochDay; text: string }
  | { kind: 'relative'; days: number; text: string }
  | { kind: 'weekday'; weekday: number; text: string };

export interface WindowSpec {
  from?: DaySpec;
  until?: DaySpec;
  /** Length in days when `until` is not given. */
  days: number;
  /** The length is a default, not the user's: end it early rather than past the last date covered. */
  openEnded?: boolean;
}

export interface ResolvedWindow {
  first: EpochDay;
  last: EpochDay;
  /** Departures before this instant are gone; null when the user chose the start date. */
  notBefore: number | null;
}

export const DEFAULT_WINDOW_DAYS = 14;
/** The longest window accepted, in days: 1,000 years. */
export const MAX_WINDOW_DAYS = 365_243;
/**
 * The dates a window may cover. The tz database vouches for its history only
 * since 1970 (before, many zones kept local mean time with odd seconds, which
 * no ISO 8601 offset can show); and arrivals up to a year after the last date
 * keep four-digit years.
 */
export const FIRST_DAY = toEpochDay(1970, 1, 1);
export const LAST_DAY = toEpochDay(9998, 12, 31);

/** Today's date in `zone` at the instant `now`. */
export function todayIn(zone: string, now: number): EpochDay {
  return instantToWall(zone, now).epochDay;
}

/** The epoch day a DaySpec names, counted from `today`; a month gives its first day, or its last as the `end` of a window. */
export function resolveDay(spec: DaySpec, today: EpochDay, end: 'first' | 'last' = 'first'): EpochDay {
  switch (spec.kind) {
    case 'date':
      return spec.day;
    case 'month':
      return end === 'first' ? spec.first : spec.last;
    case 'relative':
      return today + spec.days;
    case 'weekday':
      // Today counts when it is that weekday, as `date -d monday` does.
      return today + ((spec.weekday - isoWeekday(today) + 7) % 7);
  }
}

/** Resolves the window in `zone`; throws when it is backwards, too long or outside the dates covered. */
export function resolveWindow(spec: WindowSpec, zone: string, now: number): ResolvedWindow {
  const today = todayIn(zone, now);
  const first = spec.from ? resolveDay(spec.from, today) : today;
  const last = spec.until
    ? resolveDay(spec.until, today, 'last')
    : spec.openEnded
      ? Math.min(first + spec.days - 1, LAST_DAY)
      : first + spec.days - 1;
  if (last < first) {
    throw new WindowBackwardsError({
      first: formatIsoDate(first),
      last: formatIsoDate(last),
      until: spec.until?.text ?? null,
    });
  }
  if (first < FIRST_DAY || last > LAST_DAY) {
    throw new WindowOutOfRangeError({
      first: formatIsoDate(first),
      last: formatIsoDate(last),
      earliest: formatIsoDate(FIRST_DAY),
      latest: formatIsoDate(LAST_DAY),
    });
  }
  if (last - first + 1 > MAX_WINDOW_DAYS) {
    throw new WindowTooLongError({ first: formatIsoDate(first), last: formatIsoDate(last), maxDays: MAX_WINDOW_DAYS });
  }
  return { first, last, notBefore: spec.from ? null : now };
}

/**
 * Refuses a day outside the dates a window may cover (`--arrive-by`), as
 * resolveWindow refuses a window: 9999-12-31 and 1969-12-31 alike. A day
 * counted from today ("+3", "friday") is read in the destination's zone,
 * which the planner finds: it is refused only when it is outside on every
 * clock, from UTC−12 (Etc/GMT+12) to UTC+14 (Etc/GMT-14).
 */
export function checkDayInRange(spec: DaySpec, now: number): void {
  const counted = spec.kind === 'relative' || spec.kind === 'weekday';
  const first = resolveDay(spec, counted ? todayIn('Etc/GMT+12', now) : 0);
  const last = resolveDay(spec, counted ? todayIn('Etc/GMT-14', now) : 0, 'last');
  if (counted ? last < FIRST_DAY || first > LAST_DAY : first < FIRST_DAY || last > LAST_DAY) {
    throw new WindowOutOfRangeError({
      first: formatIsoDate(first),
      last: formatIsoDate(last),
      earliest: formatIsoDate(FIRST_DAY),
      latest: formatIsoDate(LAST_DAY),
    });
  }
}
