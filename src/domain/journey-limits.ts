/**
 * What a journey plan may cost and what may empty it: the limits on its work,
 * and the options stricter than their defaults that rule every journey out.
 */
import {
  DEFAULT_CHANGE_MINUTES,
  DEFAULT_MAX_CHANGES,
  DEFAULT_MAX_WAIT_DAYS,
  planJourneys,
  type JourneyOptions,
  type RuledOut,
} from './journeys.js';
import { matchStation } from './match.js';
import type { Catalog, Service } from './model.js';
import { resolveWindow } from './window.js';

// Defined with the plan that carries it (so journeys.ts need not import this file); offered here beside ruledOutBy.
export type { RuledOut } from './journeys.js';

/**
 * The work a plan may take. Each day of first legs is a search of its own,
 * each round scans the services, and each scan walks a service's stops: past
 * these the answer is refused (the CLI names the option that lowers the work)
 * rather than left to run for minutes. Ten years of first legs; a clique of
 * 200 stations has 39,800 services; the longest train on Earth calls at fewer
 * than 200 stops.
 */
export const MAX_JOURNEY_WINDOW_DAYS = 3_660;
export const MAX_JOURNEY_SERVICES = 50_000;
export const MAX_JOURNEY_STOPS = 5_000;

export type JourneyLimit =
  | { kind: 'window-days'; max: number; got: number }
  | { kind: 'services'; max: number; got: number }
  | { kind: 'stops'; max: number; got: number; service: string };

/** The first limit a plan from `from` with these options would pass, or null when it stays within them all. */
export function journeyLimitPassed(
  catalog: Catalog,
  from: string,
  options: Pick<JourneyOptions, 'window' | 'now' | 'arriveBy'>,
): JourneyLimit | null {
  if (catalog.services.length > MAX_JOURNEY_SERVICES)
    return { kind: 'services', max: MAX_JOURNEY_SERVICES, got: catalog.services.length };
  const longest = catalog.services.reduce<Service | null>(
    (a, b) => (a === null || b.stops.length > a.stops.length ? b : a),
    null,
  );
  if (longest && longest.stops.length > MAX_JOURNEY_STOPS)
    return { kind: 'stops', max: MAX_JOURNEY_STOPS, got: longest.stops.length, service: longest.id };
  if (options.arriveBy) return null;
  const { first, last } = resolveWindow(options.window, matchStation(catalog, from).timeZone, options.now);
  return last - first + 1 > MAX_JOURNEY_WINDOW_DAYS
    ? { kind: 'window-days', max: MAX_JOURNEY_WINDOW_DAYS, got: last - first + 1 }
    : null;
}

/**
 * When a plan finds nothing: the options stricter than their defaults that
 * rule out the journeys the defaults would find (each alone when resetting it
 * alone finds some, else all of them together); empty when the defaults find
 * none either.
 */
export function ruledOutBy(catalog: Catalog, from: string, to: string, options: JourneyOptions): RuledOut[] {
  const chosen: { ruled: RuledOut; reset: Partial<JourneyOptions> }[] = [];
  const change = options.changeMinutes ?? DEFAULT_CHANGE_MINUTES;
  const changes = options.maxChanges ?? DEFAULT_MAX_CHANGES;
  const wait = options.maxWaitDays ?? DEFAULT_MAX_WAIT_DAYS;
  if (change > DEFAULT_CHANGE_MINUTES)
    chosen.push({ ruled: { option: 'change', minutes: change }, reset: { changeMinutes: DEFAULT_CHANGE_MINUTES } });
  if (changes < DEFAULT_MAX_CHANGES)
    chosen.push({ ruled: { option: 'changes', count: changes }, reset: { maxChanges: DEFAULT_MAX_CHANGES } });
  if (wait < DEFAULT_MAX_WAIT_DAYS)
    chosen.push({ ruled: { option: 'max-wait', days: wait }, reset: { maxWaitDays: DEFAULT_MAX_WAIT_DAYS } });
  const finds = (reset: Partial<JourneyOptions>) => {
    const plan = planJourneys(catalog, from, to, { ...options, ...reset });
    return plan.journeys.length > 0 || (plan.next?.length ?? 0) > 0;
  };
  const alone = chosen.filter((c) => finds(c.reset));
  if (alone.length > 0) return alone.map((c) => c.ruled);
  if (chosen.length > 1 && finds(Object.assign({}, ...chosen.map((c) => c.reset)))) return chosen.map((c) => c.ruled);
  return [];
}
