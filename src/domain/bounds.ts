/**
 * What is known of when a car is at each stop of one run, as a span of
 * instants: exact where the time is published (or derived), the whole local
 * day where only the date is, and otherwise bounded by the run's neighbouring
 * stops, because a car reaches its stops in order. The journey planner judges
 * changes on these spans rather than inventing times.
 */
import { MS_PER_MINUTE, type EpochDay } from './days.js';
import { resolveEvent, type ResolvedEvent } from './expand.js';
import type { Service } from './model.js';
import { wallToInstant } from './zones.js';

/** The instants (UTC ms) an event may lie between, both inclusive; ±Infinity when nothing bounds it. */
export interface Span {
  earliest: number;
  latest: number;
}

export interface StopSpans {
  arrival: Span;
  departure: Span;
}

/** The span of one resolved event on its own: its instant, its local day (00:00 to 23:59), or unbounded. */
export function spanOf(event: ResolvedEvent): Span {
  if (event.instant !== null) return { earliest: event.instant, latest: event.instant };
  if (event.epochDay !== null) return daySpan(event.station.timeZone, event.epochDay);
  return { earliest: -Infinity, latest: Infinity };
}

/** A local day in `zone`, from 00:00 to 23:59: an event on that date with no time is somewhere in it. */
export function daySpan(zone: string, day: EpochDay): Span {
  // Every date-only event of a day in a zone has this span: the zone math (luxon, an Intl call each) is done once.
  const key = `${zone} ${day}`;
  let span = daySpans.get(key);
  if (!span) {
    span = { earliest: wallToInstant(zone, day, 0), latest: wallToInstant(zone, day + 1, 0) - MS_PER_MINUTE };
    if (daySpans.size > 100_000) daySpans.clear();
    daySpans.set(key, span);
  }
  return { ...span };
}

const daySpans = new Map<string, Span>();

/** Resolves the event of stop `index` of one run: resolveEvent, or a cache in front of it. */
export type EventResolver = (index: number, kind: 'arrival' | 'departure') => ResolvedEvent;

/**
 * The spans of every stop of `service`'s run on `serviceDate`, narrowed by
 * order: no event is earlier than an earlier stop's earliest, nor later than a
 * later stop's latest.
 */
export function runSpans(
  service: Service,
  serviceDate: EpochDay,
  resolve: EventResolver = (index, kind) => resolveEvent(service, serviceDate, index, kind),
): StopSpans[] {
  const spans: Span[] = [];
  service.stops.forEach((stop, index) => {
    for (const kind of ['arrival', 'departure'] as const) {
      spans.push(stop[kind] ? spanOf(resolve(index, kind)) : { earliest: -Infinity, latest: Infinity });
    }
  });
  for (let i = 1; i < spans.length; i++) spans[i]!.earliest = Math.max(spans[i]!.earliest, spans[i - 1]!.earliest);
  for (let i = spans.length - 2; i >= 0; i--) spans[i]!.latest = Math.min(spans[i]!.latest, spans[i + 1]!.latest);
  return service.stops.map((_, index) => ({ arrival: spans[2 * index]!, departure: spans[2 * index + 1]! }));
}

/** Which event a car is reached at, at stop `index`: its arrival, or the one time a stop gives when it gives only a departure (as departureOn reads it). */
export function alightingKind(service: Service, index: number): 'arrival' | 'departure' {
  const stop = service.stops[index]!;
  return stop.arrival || !stop.departure ? 'arrival' : 'departure';
}

/** The span of the event a car is reached at, at stop `index`. */
export function alightingSpan(service: Service, run: StopSpans[], index: number): Span {
  return run[index]![alightingKind(service, index)];
}

export const CHANGE_STATUSES = ['sure', 'possible'] as const;
/** sure: the change works whatever the unpublished times are; possible: it works for some of them. */
export type ChangeStatus = (typeof CHANGE_STATUSES)[number];

/**
 * Judges a change from an arrival to a departure needing `changeMs` between
 * them: sure when even the latest arrival leaves that long before the earliest
 * departure, missed (undefined) when even the earliest arrival does not,
 * possible in between.
 */
export function judgeChange(arrival: Span, departure: Span, changeMs: number): ChangeStatus | undefined {
  if (departure.earliest - arrival.latest >= changeMs) return 'sure';
  if (departure.latest - arrival.earliest >= changeMs) return 'possible';
  return undefined;
}
