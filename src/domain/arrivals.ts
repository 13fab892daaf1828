/**
 * Arrivals at a station: every service that reaches it, from the first stop
 * it can be boarded at, arriving on a local date of the window (or, where the
 * date is not published, possibly within it).
 */
import { alightingSpan, daySpan, runSpans, type Span } from './bounds.js';
import { departureDayOffset, expandLeg, type Departure, type Leg } from './expand.js';
import { foldThroughCars } from './through.js';
import type { Journey, JourneyPlan } from './journeys.js';
import { matchStation } from './match.js';
import type { Catalog } from './model.js';
import { resolveWindow, type WindowSpec } from './window.js';

export interface ArrivalOptions {
  /** Local dates at the station the arrivals fall on. */
  window: WindowSpec;
  now: number;
}

/** How long before the window a car may leave and still arrive in it: the through cars run for eight days. */
const LONGEST_RIDE_DAYS = 31;
/** Local dates differ by at most a day and two hours between two zones (UTC-12 and UTC+14). */
const ZONES_APART_DAYS = 2;

/** The rides arriving at `station` (a name as a user types it) in the window, by earliest arrival; each a journey of one leg. */
export function arrivalsAt(catalog: Catalog, station: string, options: ArrivalOptions): JourneyPlan {
  const to = matchStation(catalog, station);
  const { first, last, notBefore } = resolveWindow(options.window, to.timeZone, options.now);
  const window = {
    earliest: Math.max(daySpan(to.timeZone, first).earliest, notBefore ?? -Infinity),
    latest: daySpan(to.timeZone, last).latest,
  };
  const rides: { departure: Departure; leaves: Span; arrives: Span }[] = [];
  for (const service of catalog.services) {
    const toIndex = service.stops.findIndex((s, i) => i > 0 && s.station.id === to.id);
    const fromIndex = service.stops.findIndex(
      (_, i) => i < toIndex && departureDayOffset({ service, fromIndex: i, toIndex }) !== null,
    );
    if (toIndex < 0 || fromIndex < 0) continue;
    const leg: Leg = { service, fromIndex, toIndex };
    // A ride leaving where the clocks are ahead may leave on a local date after the window's last and still arrive in it.
    for (const departure of expandLeg(leg, first - LONGEST_RIDE_DAYS, last + ZONES_APART_DAYS)) {
      const run = runSpans(service, departure.serviceDate);
      const arrives = alightingSpan(service, run, toIndex);
      if (arrives.latest < window.earliest || arrives.earliest > window.latest) continue;
      rides.push({ departure, leaves: run[fromIndex]!.departure, arrives });
    }
  }
  // A through car that leaves in a train arriving here too is that train, as the lookup shows it: folded into it.
  const key = (d: Departure) => `${d.service.id}@${d.serviceDate}`;
  const spans = new Map(rides.map((r) => [key(r.departure), r]));
  const folded = [...foldThroughCars(rides.map((r) => r.departure).sort((a, b) => a.sortKey - b.sortKey))];
  const journeys: Journey[] = folded.map((departure) => {
    const { leaves, arrives } = spans.get(key(departure))!;
    return { status: 'sure', legs: [{ departure, leaves, arrives }], changes: [], leaves, arrives };
  });
  journeys.sort((a, b) => a.arrives.earliest - b.arrives.earliest || a.arrives.latest - b.arrives.latest);
  return { from: null, to, first, last, arriveBy: null, journeys };
}
