/**
 * The journey options of a lookup: --journeys, --change, --changes,
 * --max-wait, --arrive-by and --to, turned into one plan and printed in the
 * chosen format.
 */
import type { DataAge } from '../domain/age.js';
import { arrivalsAt } from '../domain/arrivals.js';
import { DEFAULT_CHANGE_MINUTES, DEFAULT_MAX_CHANGES, DEFAULT_MAX_WAIT_DAYS, planJourneys, type JourneyPlan } from '../domain/journeys.js';
import type { Catalog } from '../domain/model.js';
import type { WindowSpec } from '../domain/window.js';
import { UsageError } from '../errors.js';
import { parseCount, parseDay } from '../input/args.js';
import { parseDays, parseDuration } from '../input/duration.js';
import type { Format } from '../render/formats.js';
import { stampOfDay } from '../render/ics.js';
import { jsonJourneys } from '../render/journeys-json.js';
import { journeyCsvLines, journeyIcsLines, journeyNdjsonLines } from '../render/journeys-lines.js';
import type { Paint } from '../render/text.js';
import { writeLines, type Sink } from './write.js';

export interface JourneyFlags {
  journeys?: boolean;
  change?: string;
  changes?: string;
  maxWait?: string;
  arriveBy?: string;
  to?: string;
  tz?: string;
  calendar?: boolean;
  date?: string;
  until?: string;
  days?: string;
}

/** True when the flags ask for journeys or arrivals whatever the direct departures are. */
export const wantsJourneys = (flags: JourneyFlags): boolean => flags.journeys === true || flags.arriveBy !== undefined || flags.to !== undefined;

export interface JourneyRun {
  catalog: Catalog;
  query: string | undefined;
  destination: string | undefined;
  flags: JourneyFlags;
  format: Format;
  window: WindowSpec;
  now: number;
  /** At most this many journeys (--next). */
  limit: number;
  version: string;
  age: DataAge;
  paint: () => Promise<Paint>;
  sink: Sink;
}

/** Plans what the flags ask for; throws UsageError for a combination that does not make sense. */
function plan(run: JourneyRun): { plan: JourneyPlan; changeMinutes: number; maxChanges: number; maxWaitDays: number } {
  const { flags } = run;
  if (flags.tz !== undefined) throw new UsageError('--tz does not go with journeys yet: their times are shown on each station\'s own clock');
  if (flags.calendar) throw new UsageError('--calendar does not go with journeys');
  const changeMinutes = flags.change === undefined ? DEFAULT_CHANGE_MINUTES : parseDuration(flags.change, '--change');
  const maxChanges = flags.changes === undefined ? DEFAULT_MAX_CHANGES : parseCount(flags.changes, '--changes', 0, 5);
  const maxWaitDays = flags.maxWait === undefined ? DEFAULT_MAX_WAIT_DAYS : parseDays(flags.maxWait, '--max-wait');
  if (maxWaitDays > 366) throw new UsageError(`--max-wait: at most a year (366d), got "${flags.maxWait}"`);
  if (flags.to !== undefined) {
    if (run.query !== undefined) throw new UsageError('--to lists arrivals from anywhere: give no station before it (for one origin, name both: railnext FROM TO)');
    if (flags.arriveBy !== undefined) throw new UsageError('--to and --arrive-by cannot be used together');
    return { plan: arrivalsAt(run.catalog, flags.to, { window: run.window, now: run.now }), changeMinutes, maxChanges, maxWaitDays };
  }
  if (flags.arriveBy !== undefined && (flags.date !== undefined || flags.until !== undefined || flags.days !== undefined)) {
    throw new UsageError('--arrive-by sets the dates itself: it does not go with --date, --until or --days');
  }
  if (run.query === undefined || run.destination === undefined) throw new UsageError('journeys go from one station to another: railnext FROM TO --journeys');
  const arriveBy = flags.arriveBy === undefined ? {} : { arriveBy: parseDay(flags.arriveBy, '--arrive-by') };
  return { plan: planJourneys(run.catalog, run.query, run.destination, { window: run.window, now: run.now, changeMinutes, maxChanges, maxWaitDays, ...arriveBy }), changeMinutes, maxChanges, maxWaitDays };
}

/**
 * Why journeys are printed: asked for; or no direct departure is in the
 * window though a direct service exists (journeys only when there are some,
 * else the lookup names its next departure); or no direct service exists at
 * all (journeys, or the next journey after the window, when there is one).
 */
export type JourneyMode = 'asked' | 'no-direct-departure' | 'no-direct-service';

/** Prints the journeys; resolves to how many were printed, or undefined when the lookup's own answer should be printed instead. */
export async function printJourneys(run: JourneyRun, mode: JourneyMode = 'asked'): Promise<number | undefined> {
  // The journey table has no --tz clock yet: a lookup in another zone keeps its own empty answer.
  if (mode !== 'asked' && run.flags.tz !== undefined) return undefined;
  const { plan: p, changeMinutes, maxChanges, maxWaitDays } = plan(run);
  const journeys = p.journeys.slice(0, run.limit);
  if (mode === 'no-direct-departure' && journeys.length === 0) return undefined;
  if (mode === 'no-direct-service' && journeys.length === 0 && !p.next?.length) return undefined;
  const { age } = run;
  const shown: JourneyPlan = { ...p, journeys };
  switch (run.format) {
    case 'json': {
      const notes = mode === 'asked' ? [] : ['No direct departure in the window: these are journeys with changes.'];
      run.sink.write(`${JSON.stringify(jsonJourneys(shown, { query: run.flags.to === undefined ? (run.query ?? null) : null, changeMinutes, maxChanges, maxWaitDays }, notes, age), null, 2)}\n`);
      break;
    }
    case 'ndjson':
      await writeLines(run.sink, journeyNdjsonLines(journeys));
      break;
    case 'csv':
      await writeLines(run.sink, journeyCsvLines(journeys));
      break;
    case 'ics':
      await writeLines(run.sink, journeyIcsLines(journeys, { stamp: age.lastChecked === null ? run.now : stampOfDay(age.lastChecked), version: run.version }));
      break;
    case 'table': {
      const { renderJourneyTable } = await import('../render/journeys-table.js');
      run.sink.write(renderJourneyTable(shown, { paint: await run.paint(), changeMinutes, maxChanges, age }));
      break;
    }
  }
  return journeys.length;
}
