/**
 * The request: every flag of a lookup parsed once, by commander's argParser
 * as it reads the command line, and checked here into one object the
 * commands take. A bad value is kept rather than thrown at once, so that the
 * first problem reported is the same whatever order the flags came in.
 */
import { DEFAULT_WINDOW_DAYS, MAX_WINDOW_DAYS, type DaySpec, type WindowSpec } from '../domain/window.js';
import { UsageError, type LibraryError } from '../errors.js';
import { parseCount, parseDay, parseInstant, parseZone } from '../input/args.js';
import { parseDays, parseDuration } from '../input/duration.js';
import { DEFAULT_CHANGE_MINUTES, DEFAULT_MAX_CHANGES, DEFAULT_MAX_WAIT_DAYS } from '../domain/journeys.js';
import type { ModeChoice } from '../render/formats.js';
import type { Format } from '../output/registry.js';
import type { Io } from './io.js';
import { CliError, OptionValueError } from './error-messages.js';

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

export const dayFlag = (option: string) => parsed(option, parseDay);
export const windowDaysFlag = parsed('--days', (text) => parseCount(text, 1, MAX_WINDOW_DAYS));
export const countFlag = (option: string) => parsed(option, (text) => parseCount(text));
export const instantFlag = parsed('--now', parseInstant);
export const zoneFlag = parsed('--tz', parseZone);

/** The flags that shape a window, as commander leaves them. */
export interface WindowFlags {
  date?: Parsed<DaySpec>;
  until?: Parsed<DaySpec>;
  /** --on: exactly one day (or month): --date and --until at once. */
  on?: Parsed<DaySpec>;
  days?: Parsed<number>;
  now?: Parsed<number>;
}

export interface LookupFlags extends WindowFlags, JourneyFlags {
  next?: Parsed<number>;
  json?: boolean;
  format?: Format;
  csvRaw?: boolean;
  calendar?: boolean;
  mode?: ModeChoice;
  timed?: boolean;
  untimed?: boolean;
  tz?: Parsed<string>;
  color?: boolean;
  verbose?: boolean;
  quiet?: boolean;
  ascii?: boolean;
  /** False with --no-pager. */
  pager?: boolean;
  expand?: boolean;
}

/** How far `--next` looks when no window is given: far enough for a monthly service announced years ahead. */
export const NEXT_WINDOW_YEARS = 10;

/**
 * The window the flags describe; `defaultDays` when neither --days nor --until
 * is given. A month as --date with neither is the whole month; --on is one day
 * (or month) from start to end.
 */
export function windowOf(flags: WindowFlags, options: { defaultDays?: number; next?: boolean } = {}): WindowSpec {
  if (flags.on !== undefined && (flags.date !== undefined || flags.until !== undefined || flags.days !== undefined)) {
    throw new CliError((m) => m.errors.onWithWindow);
  }
  if (flags.days !== undefined && flags.until !== undefined) throw new CliError((m) => m.errors.daysWithUntil);
  const from = flags.on !== undefined ? take(flags.on) : flags.date === undefined ? undefined : take(flags.date);
  const wholeMonth = from?.kind === 'month' && flags.days === undefined && flags.until === undefined;
  const until = flags.on !== undefined || wholeMonth ? from : flags.until === undefined ? undefined : take(flags.until);
  let days = flags.days === undefined ? (options.defaultDays ?? DEFAULT_WINDOW_DAYS) : take(flags.days);
  const implicit = options.next === true && flags.days === undefined && until === undefined;
  if (implicit) days = Math.round(NEXT_WINDOW_YEARS * 365.25);
  return {
    ...(from !== undefined ? { from } : {}),
    ...(until !== undefined ? { until } : {}),
    days,
    ...(implicit ? { openEnded: true } : {}),
  };
}

/** The instant taken as now: --now, or the clock. */
export const nowOf = (flags: { now?: Parsed<number> }, io: Io): number =>
  flags.now === undefined ? io.now() : take(flags.now);

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
  /** --mode: only trains, or only buses. */
  mode?: ModeChoice;
  /** --timed: only departures with a known time. */
  timed: boolean;
  /** --untimed: --next counts the departures whose time is not published too (by default it passes over them). */
  untimed: boolean;
  /** --calendar: the months shown when the user did not say (this one and the next, or the one --date names). */
  calendarMonths: CalendarMonths;
  color: boolean | undefined;
  verbose: boolean;
  /** --quiet: no warning that the data is old. */
  quiet: boolean;
  /** --ascii: ASCII output whatever the locale says. */
  ascii: boolean;
  /** --expand: one table row per departure, even where departures differ only in date. */
  expand: boolean;
  /** Long output on a terminal may go through a pager (not with --no-pager). */
  pager: boolean;
  /** The board: plain `railnext`, no query and no window or format flag, lists each route's next departure in each direction. */
  board: boolean;
  /** --csv-raw: CSV cells from the schedules without the leading `'` that neutralises formulas. */
  csvRaw: boolean;
  /** The journey options (journeyRequest, below). */
  journeys: JourneyRequest;
}

/** Builds the request from the lookup's arguments and flags; throws the first bad or clashing flag. */
export function lookupRequest(
  query: string | undefined,
  destination: string | undefined,
  flags: LookupFlags,
  io: Io,
): LookupRequest {
  const where = { ...(query !== undefined ? { query } : {}), ...(destination !== undefined ? { destination } : {}) };
  const zoneOf = () => (flags.tz === undefined ? {} : { zone: take(flags.tz) });
  if (flags.timed && flags.untimed) throw new CliError((m) => m.errors.timedWithUntimed);
  const common = {
    calendarMonths: calendarMonthsOf(flags),
    ...(flags.mode !== undefined ? { mode: flags.mode } : {}),
    timed: flags.timed === true,
    untimed: flags.untimed === true,
    color: flags.color,
    verbose: flags.verbose === true,
    quiet: flags.quiet === true,
    ascii: flags.ascii === true,
    expand: flags.expand === true,
    pager: flags.pager !== false,
    csvRaw: flags.csvRaw === true,
    journeys: journeyRequest(flags, query, destination),
  };
  if (flags.calendar) {
    if (flags.json || (flags.format ?? 'table') !== 'table' || flags.next !== undefined)
      throw new CliError((m) => m.errors.calendarAlone);
    return {
      ...where,
      now: nowOf(flags, io),
      window: windowOf(flags),
      format: 'calendar',
      limit: Number.POSITIVE_INFINITY,
      ...zoneOf(),
      ...common,
      board: false,
    };
  }
  // --json is short for --format json; the two may not disagree.
  if (flags.json && flags.format !== undefined && flags.format !== 'json')
    throw new CliError((m) => m.errors.jsonWithFormat(flags.format!));
  const format = flags.json ? 'json' : (flags.format ?? 'table');
  if (flags.csvRaw && format !== 'csv') throw new CliError((m) => m.errors.csvRawNeedsCsv);
  const now = nowOf(flags, io);
  const window = windowOf(flags, { next: flags.next !== undefined });
  const limit = flags.next === undefined ? Number.POSITIVE_INFINITY : take(flags.next);
  // The board is the answer to a bare `railnext`: any query, window, count or format (or --to) asks for the full listing.
  const board =
    query === undefined &&
    format === 'table' &&
    !common.journeys.asked &&
    flags.date === undefined &&
    flags.until === undefined &&
    flags.days === undefined &&
    flags.next === undefined &&
    flags.on === undefined;
  return {
    ...where,
    now,
    window: board ? { days: Math.round(NEXT_WINDOW_YEARS * 365.25), openEnded: true } : window,
    format,
    limit,
    ...zoneOf(),
    ...common,
    board,
  };
}

/** Which months the calendar shows: the window's, when its end is given; the month --date or --on names; else this month and the next. */
export type CalendarMonths = 'window' | 'first' | 'first-and-next';

function calendarMonthsOf(flags: WindowFlags): CalendarMonths {
  if (flags.until !== undefined || flags.days !== undefined || flags.on !== undefined) return 'window';
  return flags.date !== undefined ? 'first' : 'first-and-next';
}

/** The journey flags as commander leaves them, each value parsed by its argParser. */
export interface JourneyFlags {
  journeys?: boolean;
  change?: Parsed<number>;
  changes?: Parsed<number>;
  maxWait?: Parsed<number>;
  arriveBy?: Parsed<DaySpec>;
  to?: string;
}

export const changeFlag = parsed('--change', parseDuration);
export const changesFlag = parsed('--changes', (text) => parseCount(text, 0, MAX_CHANGES));
export const maxWaitFlag = parsed('--max-wait', parseDays);

/** More changes than this are no journey anyone takes on these services, and the rounds would only cost time. */
const MAX_CHANGES = 5;
const MAX_WAIT_DAYS = 366;

/** The journey part of a lookup request. */
export interface JourneyRequest {
  /** Journeys (or arrivals) whatever the direct departures are: --journeys, --arrive-by or --to. */
  asked: boolean;
  changeMinutes: number;
  maxChanges: number;
  maxWaitDays: number;
  arriveBy?: DaySpec;
  /** --to: arrivals at this station from anywhere. */
  to?: string;
}

/** Checks the journey flags against each other and the rest of the lookup's; throws the first clash. */
export function journeyRequest(
  flags: JourneyFlags & WindowFlags & { calendar?: boolean; tz?: unknown; mode?: unknown; timed?: boolean },
  query: string | undefined,
  destination: string | undefined,
): JourneyRequest {
  const asked = flags.journeys === true || flags.arriveBy !== undefined || flags.to !== undefined;
  const maxWaitDays = flags.maxWait === undefined ? DEFAULT_MAX_WAIT_DAYS : take(flags.maxWait);
  if (maxWaitDays > MAX_WAIT_DAYS) throw new CliError((m) => m.journeys.errors.maxWait(MAX_WAIT_DAYS, maxWaitDays));
  const request: JourneyRequest = {
    asked,
    changeMinutes: flags.change === undefined ? DEFAULT_CHANGE_MINUTES : take(flags.change),
    maxChanges: flags.changes === undefined ? DEFAULT_MAX_CHANGES : take(flags.changes),
    maxWaitDays,
    ...(flags.arriveBy !== undefined ? { arriveBy: take(flags.arriveBy) } : {}),
    ...(flags.to !== undefined ? { to: flags.to } : {}),
  };
  if (!asked) return request;
  if (flags.calendar) throw new CliError((m) => m.journeys.errors.calendar);
  if (flags.mode !== undefined || flags.timed) throw new CliError((m) => m.errors.filtersWithJourneys);
  if (flags.to !== undefined) {
    if (query !== undefined) throw new CliError((m) => m.journeys.errors.toWithOrigin);
    if (flags.arriveBy !== undefined) throw new CliError((m) => m.journeys.errors.toWithArriveBy);
    return request;
  }
  if (
    flags.arriveBy !== undefined &&
    (flags.date !== undefined || flags.until !== undefined || flags.days !== undefined || flags.on !== undefined)
  ) {
    throw new CliError((m) => m.journeys.errors.arriveByWithWindow);
  }
  if (query === undefined || destination === undefined) throw new CliError((m) => m.journeys.errors.twoStations);
  return request;
}
