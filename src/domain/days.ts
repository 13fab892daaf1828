/**
 * Calendar dates as whole days since 1970-01-01 ("epoch days").
 *
 * A date here is a wall-calendar date with no zone attached: the zone is always
 * chosen by the caller. Keeping dates as integers lets rule expansion walk a
 * 100-year window without allocating an object per day.
 */

export type EpochDay = number;

export interface CivilDate {
  year: number;
  month: number; // 1..12
  day: number; // 1..31
}

export const MS_PER_DAY = 86_400_000;
export const MS_PER_MINUTE = 60_000;

/** Epoch day of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
export function toEpochDay(year: number, month: number, day: number): EpochDay {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** The date of an epoch day (H. Hinnant's civil_from_days). */
export function fromEpochDay(epochDay: EpochDay): CivilDate {
  const z = epochDay + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** ISO weekday of an epoch day: 1 = Monday … 7 = Sunday. */
export function isoWeekday(epochDay: EpochDay): number {
  // 1970-01-01 was a Thursday (4).
  return ((((epochDay + 3) % 7) + 7) % 7) + 1;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses YYYY-MM-DD strictly (2026-02-30 is rejected); undefined when it is not a real date. */
export function parseIsoDate(text: string): EpochDay | undefined {
  const m = ISO_DATE.exec(text);
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return toEpochDay(year, month, day);
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

/** YYYY-MM-DD of an epoch day. */
export function formatIsoDate(epochDay: EpochDay): string {
  const { year, month, day } = fromEpochDay(epochDay);
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
}

/** HH:MM of a minute of the day. */
export function formatClock(minuteOfDay: number): string {
  return `${pad2(Math.floor(minuteOfDay / 60))}:${pad2(minuteOfDay % 60)}`;
}

const CLOCK = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Parses HH:MM (00:00–23:59) into minutes after midnight; undefined when malformed. */
export function parseClock(text: string): number | undefined {
  const m = CLOCK.exec(text);
  return m ? Number(m[1]) * 60 + Number(m[2]) : undefined;
}

export const WEEKDAY_NAMES = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type WeekdayName = (typeof WEEKDAY_NAMES)[number];
export const WEEKDAY_LABELS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;
export const WEEKDAY_WORDS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;
export const MONTH_LABELS = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
] as const;

/** "Wed 2 Dec 2026": the way the table shows a date. */
export function formatDayLabel(epochDay: EpochDay): string {
  const { year, month, day } = fromEpochDay(epochDay);
  return `${WEEKDAY_LABELS[isoWeekday(epochDay) - 1]} ${day} ${MONTH_LABELS[month - 1]} ${year}`;
}
