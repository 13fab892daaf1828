/**
 * The journey options of a lookup (--journeys, --change, --changes,
 * --max-wait, --arrive-by, --to): their part of the request, and the plan
 * they ask for printed in the chosen format.
 */
import type { DataAge } from '../domain/age.js';
import type { Messages } from '../i18n/messages.js';
import { localeFor } from '../i18n/locale.js';
import { arrivalsAt } from '../domain/arrivals.js';
import { checkDayInRange, type DaySpec } from '../domain/window.js';
import { DEFAULT_CHANGE_MINUTES, DEFAULT_MAX_CHANGES, DEFAULT_MAX_WAIT_DAYS, planJourneys, type JourneyPlan } from '../domain/journeys.js';
import { journeyLimitPassed, ruledOutBy, type JourneyLimit } from '../domain/journey-limits.js';
import type { Catalog } from '../domain/model.js';
import { parseCount } from '../input/args.js';
import { parseDays, parseDuration } from '../input/duration.js';
import { jsonJourneys, noneFits } from '../render/journeys-json.js';
import { journeyCsvLines, journeyIcsLines, journeyNdjsonLines } from '../render/journeys-lines.js';
import { jsonSafe, safe } from '../render/text.js';
import { en } from '../i18n/en.js';
import { tookPath } from './code-paths.js';
import { asciiOf, columnsOf, paintFor, print, VERSION, type Io } from './io.js';
import { CliError } from './error-messages.js';
import { parsed, take, type LookupRequest, type Parsed, type WindowFlags } from './request.js';

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
export function journeyRequest(flags: JourneyFlags & WindowFlags & { calendar?: boolean; tz?: unknown; mode?: unknown; timed?: boolean }, query: string | undefined, destination: string | undefined): JourneyRequest {
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
  if (flags.arriveBy !== undefined && (flags.date !== undefined || flags.until !== undefined || flags.days !== undefined || flags.on !== undefined)) {
    throw new CliError((m) => m.journeys.errors.arriveByWithWindow);
  }
  if (query === undefined || destination === undefined) throw new CliError((m) => m.journeys.errors.twoStations);
  return request;
}

/** The plan the request asks for. */
function plan(request: LookupRequest, catalog: Catalog): JourneyPlan {
  const { journeys: j, window, now } = request;
  if (j.to !== undefined) return arrivalsAt(catalog, j.to, { window, now });
  // The arrival date keeps to the range every date option takes (the window's).
  if (j.arriveBy) checkDayInRange(j.arriveBy, now);
  const options = { window, now, changeMinutes: j.changeMinutes, maxChanges: j.maxChanges, maxWaitDays: j.maxWaitDays, ...(j.arriveBy ? { arriveBy: j.arriveBy } : {}) };
  const passed = journeyLimitPassed(catalog, request.query!, options);
  if (passed) throw new CliError((m) => limitMessage(passed, m));
  return planJourneys(catalog, request.query!, request.destination!, options);
}

function limitMessage(limit: JourneyLimit, m: Messages): string {
  const e = m.journeys.errors;
  if (limit.kind === 'window-days') return e.windowLimit(limit.max, limit.got);
  if (limit.kind === 'services') return e.servicesLimit(limit.max, limit.got);
  return e.stopsLimit(limit.max, safe(limit.service), limit.got);
}

/**
 * Why journeys are printed: asked for; or no direct departure is in the
 * window though a direct service exists (journeys only when there are some,
 * else the lookup names its next departure); or no direct service exists at
 * all (journeys, or those of the first date after the window, when there are some).
 */
export type JourneyMode = 'asked' | 'no-direct-departure' | 'no-direct-service';

/** Prints the journeys; resolves to how many were printed, or undefined when the lookup's own answer should be printed instead. */
export async function printJourneys(request: LookupRequest, catalog: Catalog, io: Io, age: DataAge, m: Messages, mode: JourneyMode = 'asked'): Promise<number | undefined> {
  tookPath('journeys');
  const p = plan(request, catalog);
  const journeys = p.journeys.slice(0, request.limit);
  // Where a direct service runs, the lookup's own answer (its next departure) says more than which option rules journeys out.
  if (journeys.length === 0 && !p.next?.length && request.journeys.to === undefined && mode !== 'no-direct-departure') {
    const { changeMinutes, maxChanges, maxWaitDays } = request.journeys;
    const ruled = ruledOutBy(catalog, request.query!, request.destination!, { window: request.window, now: request.now, changeMinutes, maxChanges, maxWaitDays, ...(request.journeys.arriveBy ? { arriveBy: request.journeys.arriveBy } : {}) });
    if (ruled.length > 0) p.ruledOutBy = ruled;
  }
  if (mode === 'no-direct-departure' && journeys.length === 0) return undefined;
  if (mode === 'no-direct-service' && journeys.length === 0 && !p.next?.length && !p.ruledOutBy) return undefined;
  const shown: JourneyPlan = { ...p, journeys };
  const { changeMinutes, maxChanges, maxWaitDays } = request.journeys;
  switch (request.format) {
    case 'json': {
      const notes = mode === 'asked' ? [] : ['No direct departure in the window: these are journeys with changes.'];
      if (p.ruledOutBy) notes.push(noneFits(p.ruledOutBy, en));
      const query = request.journeys.to === undefined ? (request.query ?? null) : null;
      await print(io, [`${jsonSafe(JSON.stringify(jsonJourneys(shown, { query, changeMinutes, maxChanges, maxWaitDays }, notes, age), null, 2))}\n`]);
      break;
    }
    case 'ndjson':
      await print(io, journeyNdjsonLines(journeys));
      break;
    case 'csv':
      await print(io, journeyCsvLines(journeys, { raw: request.csvRaw }));
      break;
    case 'ics':
      await print(io, journeyIcsLines(journeys, { stamp: request.now, version: VERSION }));
      break;
    default: {
      const { renderJourneyTable } = await import('../render/journeys-table.js');
      // Spelt in ASCII as the departures table is (--ascii, or a locale that is not UTF-8), the names asked for kept as typed.
      const ascii = asciiOf(io, request.ascii) ? { keep: [request.query ?? '', request.destination ?? '', request.journeys.to ?? ''] } : undefined;
      const options = { paint: await paintFor(io, request.color), changeMinutes, maxChanges, age, locale: localeFor(m, catalog.stations), width: columnsOf(io), ...(ascii ? { ascii } : {}), ...(request.zone ? { zone: request.zone } : {}) };
      await print(io, [renderJourneyTable(shown, options)]);
    }
  }
  return journeys.length;
}
