/**
 * Expansion: a service and a window of local dates become dated departures,
 * each end resolved to an instant and to its station's own wall clock.
 */
import { MS_PER_MINUTE, type EpochDay } from './days.js';
import type { Confidence, Service, Station, StopEvent } from './model.js';
import { serviceDates } from './rules.js';
import { instantToWall, wallToInstant } from './zones.js';

/** One end of a departure, as the traveller meets it. */
export interface ResolvedEvent {
  station: Station;
  /** Local date at the station; null when not published. */
  epochDay: EpochDay | null;
  /** The instant (UTC ms); null when the time is not published. */
  instant: number | null;
  /** Local wall-clock minute of the day and UTC offset at the station; null with `instant`. */
  minuteOfDay: number | null;
  offsetMinutes: number | null;
  /** The time as published ("08:30" in Europe/Moscow), when it was. */
  published: { time: number; zone: string } | null;
  /** True when the time is computed from a journey length rather than published. */
  derived: boolean;
  confidence: Confidence;
  sources: string[];
  note?: string;
}

/** A service leaving one stop for a later one on one service date. */
export interface Departure {
  service: Service;
  /** The service date, in the service's rule zone. */
  serviceDate: EpochDay;
  from: ResolvedEvent;
  to: ResolvedEvent;
  durationMinutes: number | null;
  /** Orders departures in time: the instant, or local midnight when only the date is known. */
  sortKey: number;
}

/** A service taken from one stop to a later one. */
export interface Leg {
  service: Service;
  fromIndex: number;
  toIndex: number;
}

const UNKNOWN = { epochDay: null, instant: null, minuteOfDay: null, offsetMinutes: null } as const;

/** Resolves the event of stop `index` for a service date; `kind` picks its arrival or departure. */
export function resolveEvent(service: Service, serviceDate: EpochDay, index: number, kind: 'arrival' | 'departure'): ResolvedEvent {
  const stop = service.stops[index]!;
  const event: StopEvent | undefined = stop[kind];
  const station = stop.station;
  if (!event) return { station, ...UNKNOWN, published: null, derived: false, confidence: 'low', sources: [] };
  const facts = { confidence: event.confidence, sources: event.sources, ...(event.note ? { note: event.note } : {}) };

  if (event.journeyMinutes !== null) {
    const previous = index > 0 ? resolveEvent(service, serviceDate, index - 1, 'departure') : undefined;
    if (previous?.instant == null) return { station, ...UNKNOWN, published: null, derived: true, ...facts };
    return { station, ...atInstant(station, previous.instant + event.journeyMinutes * MS_PER_MINUTE), published: null, derived: true, ...facts };
  }
  if (event.day === null) return { station, ...UNKNOWN, published: null, derived: false, ...facts };
  const day = serviceDate + event.day;
  if (event.time === null) {
    // A date with no time is read as the station's own date.
    return { station, epochDay: day, instant: null, minuteOfDay: null, offsetMinutes: null, published: null, derived: false, ...facts };
  }
  const instant = wallToInstant(event.zone, day, event.time);
  return { station, ...atInstant(station, instant), published: { time: event.time, zone: event.zone }, derived: false, ...facts };
}

function atInstant(station: Station, instant: number) {
  const wall = instantToWall(station.timeZone, instant);
  return { epochDay: wall.epochDay, instant, minuteOfDay: wall.minuteOfDay, offsetMinutes: wall.offsetMinutes };
}

/** The day offset of the leg's departure from the service date, or null when it is not published. */
export function departureDayOffset(leg: Leg): number | null {
  const event = leg.service.stops[leg.fromIndex]?.departure;
  return event && event.journeyMinutes === null ? event.day : null;
}

/** Builds the departure of `leg` on `serviceDate`. */
export function departureOn(leg: Leg, serviceDate: EpochDay): Departure {
  const from = resolveEvent(leg.service, serviceDate, leg.fromIndex, 'departure');
  // A stop with one reported time and no arrival (Novosibirsk on the through car) is reached at that time.
  const toStop = leg.service.stops[leg.toIndex]!;
  const to = resolveEvent(leg.service, serviceDate, leg.toIndex, toStop.arrival || !toStop.departure ? 'arrival' : 'departure');
  const durationMinutes = from.instant !== null && to.instant !== null ? Math.round((to.instant - from.instant) / MS_PER_MINUTE) : null;
  const sortKey = from.instant ?? (from.epochDay === null ? Number.NaN : wallToInstant(from.station.timeZone, from.epochDay, 0));
  return { service: leg.service, serviceDate, from, to, durationMinutes, sortKey };
}

/**
 * Departures of `leg` whose local date at the departure station lies in
 * [first, last], in time order. Lazy, so a century streams in flat memory.
 */
export function* expandLeg(leg: Leg, first: EpochDay, last: EpochDay): Generator<Departure> {
  const offset = departureDayOffset(leg);
  if (offset === null) return;
  // The local date can differ from the published one by a day either way
  // (a Moscow-time departure late in the evening is the next day in Vladivostok).
  for (const serviceDate of serviceDates(leg.service.runs, first - offset - 2, last - offset + 2)) {
    const departure = departureOn(leg, serviceDate);
    const day = departure.from.epochDay;
    if (day !== null && day >= first && day <= last) yield departure;
  }
}
