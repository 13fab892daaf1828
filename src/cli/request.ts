/**
 * The request: every flag of a lookup parsed once, by commander's argParser
 * as it reads the command line, and checked here into one object the
 * commands take. A bad value is kept rather than thrown at once, so that the
 * first problem reported is the same whatever order the flags came in.
 */
import { formatIsoDate, type EpochDay } from '../domain/days.js';
import { DEFAULT_WINDOW_DAYS, MAX_WINDOW_DAYS, type DaySpec, type WindowSpec } from '../domain/window.js';
import { UsageError, type LibraryError } from '../errors.js';
import { parseCount, parseDay, parseInstant, parseZone } from '../input/args.js';
import { parseMonth } from '../input/month.js';
import type { Format } from '../render/formats.js';
import type { Io } from './io.js';
import { journeyRequest, type JourneyFlags, type JourneyRequest } from './journeys.js';
import { CliError, OptionValueError } from './messages.js';

/** An option's value as parsed: the value, or why it is not one. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; error: OptionValueError };

/** commander's argParser for `option`: parses the text with `parse`, keeping a typed error for later. */
export function parsed<T>(option: string, parse: (text: string) => T): (text: string) => Parsed<T> {
  return (text) => {
    try {
      return { ok: true, value: parse(text) };
    } catch (error) {
      if (error instanceof UsageError) return { ok: false, error: new OptionValueError(option, error as LibraryError) };
      throw error;
    }
  };
}

/** The value, or the error it holds thrown. */
export function take<T>(p: Parsed<T>): T {
  if (!p.ok) throw p.error;
  return p.value;
}

/** --date: a day, or with --calendar also a month (YYYY-MM). */
export interface DateFlag {
  day: Parsed<DaySpec>;
  month: { first: EpochDay; last: EpochDay } | undefined;
}

export const dateFlag = (option: string) => (text: string): DateFlag => ({ day: parsed(option, parseDay)(text), month: parseMonth(text) });
export const dayFlag = (option: string) => parsed(option, parseDay);
export const windowDaysFlag = parsed('--days', (text) => parseCount(text, 1, MAX_WINDOW_DAYS));
export const countFlag = (option: string) => parsed(option, (text) => parseCount(text));
export const instantFlag = parsed('--now', parseInstant);
export const zoneFlag = parsed('--tz', parseZone);

/** The flags that shape a window, as commander leaves them. */
export interface WindowFlags {
  date?: DateFlag;
  until?: Parsed<DaySpec>;
  days?: Parsed<number>;
  now?: Parsed<number>;
}

export interface LookupFlags extends WindowFlags, JourneyFlags {
  next?: Parsed<number>;
  json?: boolean;
  format?: Format;
  csvRaw?: boolean;
  calendar?: boolean;
  tz?: Parsed<string>;
  color?: boolean;
  verbose?: boolean;
  quiet?: boolean;
}

/** How far `--next` looks when no window is given: far enough for a monthly service announced years ahead. */
export const NEXT_WINDOW_YEARS = 10;

/** The window the flags describe; `defaultDays` when neither --days nor --until is given. */
export function windowOf(flags: WindowFlags, options: { defaultDays?: number; next?: boolean; month?: EpochDay } = {}): WindowSpec {
  if (flags.days !== undefined && flags.until !== undefined) throw new CliError((m) => m.errors.daysWithUntil);
  let days = flags.days === undefined ? (options.defaultDays ?? DEFAULT_WINDOW_DAYS) : take(flags.days);
  const implicit = options.next === true && flags.days === undefined && flags.until === undefined;
  if (implicit) days = Math.round(NEXT_WINDOW_YEARS * 365.25);
  const from: DaySpec | undefined = options.month !== undefined ? parseDay(formatIsoDate(options.month)) : flags.date === undefined ? undefined : take(flags.date.day);
  return {
    ...(from !== undefined ? { from } : {}),
    ...(flags.until !== undefined ? { until: take(flags.until) } : {}),
    days,
    ...(implicit ? { openEnded: true } : {}),
  };
}

/** The instant taken as now: --now, or the clock. */
export const nowOf = (flags: { now?: Parsed<number> }, io: Io): number => (flags.now === undefined ? io.now() : take(flags.now));

/** A lookup as the commands see it. */
export interface LookupRequest {
  query?: string;
  destination?: string;
  now: number;
  window: WindowSpec;
  /** The output: a format, or month grids (--calendar). */
  format: Format | 'calendar';
  /** At most this many departures (--next). */
  limit: number;
  /** --tz: table times in this zone instead of each station's own. */
  zone?: string;
  /** --calendar: whether the user said where the window ends (otherwise one month is shown). */
  windowEndGiven: boolean;
  color: boolean | undefined;
  verbose: boolean;
  /** --quiet: no warning that the data is old. */
  quiet: boolean;
  /** --csv-raw: CSV cells from the schedules without the leading `'` that neutralises formulas. */
  csvRaw: boolean;
  /** The journey options (cli/journeys.ts). */
  journeys: JourneyRequest;
}

/** Builds the request from the lookup's arguments and flags; throws the first bad or clashing flag. */
export function lookupRequest(query: string | undefined, destination: string | undefined, flags: LookupFlags, io: Io): LookupRequest {
  const where = { ...(query !== undefined ? { query } : {}), ...(destination !== undefined ? { destination } : {}) };
  const common = {
    windowEndGiven: flags.until !== undefined || flags.days !== undefined,
    color: flags.color,
    verbose: flags.verbose === true,
    quiet: flags.quiet === true,
    csvRaw: flags.csvRaw === true,
    journeys: journeyRequest(flags, query, destination),
  };
  if (flags.calendar) {
    if (flags.json || (flags.format ?? 'table') !== 'table' || flags.next !== undefined) throw new CliError((m) => m.errors.calendarAlone);
    const month = flags.date?.month;
    const window = windowOf(flags, month ? { month: month.first } : {});
    return { ...where, now: nowOf(flags, io), window, format: 'calendar', limit: Number.POSITIVE_INFINITY, ...common };
  }
  // --json is short for --format json; the two may not disagree.
  if (flags.json && flags.format !== undefined && flags.format !== 'json') throw new CliError((m) => m.errors.jsonWithFormat(flags.format!));
  const format = flags.json ? 'json' : (flags.format ?? 'table');
  if (flags.csvRaw && format !== 'csv') throw new CliError((m) => m.errors.csvRawNeedsCsv);
  const now = nowOf(flags, io);
  const window = windowOf(flags, { next: flags.next !== undefined });
  const limit = flags.next === undefined ? Number.POSITIVE_INFINITY : take(flags.next);
  const zone = flags.tz === undefined ? undefined : take(flags.tz);
  return { ...where, now, window, format, limit, ...(zone !== undefined ? { zone } : {}), ...common };
}
