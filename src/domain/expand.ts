/**
 * Expansion: a service and a window of local dates become dated departures,
 * each end resolved to an instant and to its station's own wall clock.
 */
import { MS_PER_MINUTE, type EpochDay } from './days.js';
import type { Confidence, Service, Station, StopEvent } from './model.js';
import { serviceDates } from './rules.js';
import { instantToWall, publishedToStation, wallToInstant, type WallTime } from './zones.js';

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
  /** The note in other languages, as the schedule gives it. */
  translations?: StopEvent['translations'];
}

/** A service leaving one stop for a later one on one service date. */
export interface Departure {
  service: Service;
  /** The leg this departure is a date of: everything but the dates and times is the same for all its departures. */
  leg: Leg;
  /** The service date, in the service's rule zone. */
  serviceDate: EpochDay;
  from: ResolvedEvent;
  to: ResolvedEvent;
  durationMinutes: number | null;
  /** Orders departures in time: the instant, or local midnight when only the date is known. */
  sortKey: number;
  /** Through cars of other services that leave in this train here (through.ts); absent when none. */
  throughCars?: Departure[];
}

/** A service taken from one stop to a later one. */
export interface Leg {
  service: Service;
  fromIndex: number;
  toIndex: number;
}

const NO_SOURCES: string[] = [];

/**
 * One ResolvedEvent, always built with the same fields in the same order:
 * a century of departures makes millions of these, and one object shape
 * keeps that fast.
 */
function event(
  station: Station,
  epochDay: EpochDay | null,
  instant: number | null,
  published: ResolvedEvent['published'],
  derived: boolean,
  facts: {
    confidence: Confidence;
    sources: string[];
    note?: string | undefined;
    translations?: StopEvent['translations'];
  },
  wall: WallTime | null = instant === null ? null : instantToWall(station.timeZone, instant),
): ResolvedEvent {
  let minuteOfDay: number | null = null;
  let offsetMinutes: number | null = null;
  if (wall !== null) {
    epochDay = wall.epochDay;
    minuteOfDay = wall.minuteOfDay;
    offsetMinutes = wall.offsetMinutes;
  }
  const resolved: ResolvedEvent = {
    station,
    epochDay,
    instant,
    minuteOfDay,
    offsetMinutes,
    published,
    derived,
    confidence: facts.confidence,
    sources: facts.sources,
  };
  if (facts.note) resolved.note = facts.note;
  if (facts.translations) resolved.translations = facts.translations;
  return resolved;
}

/** The instant of the event of stop `index` on a service date, without its wall clock; null when not published. */
export function instantOf(
  service: Service,
  serviceDate: EpochDay,
  index: number,
  kind: 'arrival' | 'departure',
): number | null {
  const e: StopEvent | undefined = service.stops[index]![kind];
  if (!e) return null;
  if (e.journeyMinutes !== null) {
    const previous = index > 0 ? instantOf(service, serviceDate, index - 1, 'departure') : null;
    return previous === null ? null : previous + e.journeyMinutes * MS_PER_MINUTE;
  }
  if (e.day === null || e.time === null) return null;
  return wallToInstant(e.zone, serviceDate + e.day, e.time);
}

/** Resolves the event of stop `index` for a service date; `kind` picks its arrival or departure. */
export function resolveEvent(
  service: Service,
  serviceDate: EpochDay,
  index: number,
  kind: 'arrival' | 'departure',
): ResolvedEvent {
  const stop = service.stops[index]!;
  const e: StopEvent | undefined = stop[kind];
  const station = stop.station;
  if (!e) return event(station, null, null, null, false, { confidence: 'low', sources: NO_SOURCES });

  if (e.journeyMinutes !== null) {
    const previous = index > 0 ? instantOf(service, serviceDate, index - 1, 'departure') : null;
    if (previous === null) return event(station, null, null, null, true, e);
    return event(station, null, previous + e.journeyMinutes * MS_PER_MINUTE, null, true, e);
  }
  if (e.day === null) return event(station, null, null, null, false, e);
  const day = serviceDate + e.day;
  // A date with no time is read as the station's own date.
  if (e.time === null) return event(station, day, null, null, false, e);
  const at = publishedToStation(e.zone, day, e.time, station.timeZone);
  return event(station, day, at.instant, { time: e.time, zone: e.zone }, e.derived, e, at);
}

/**
 * How many days after the service date the leg departs: the day of its
 * departure, or for a departure derived from journey times, the day of the
 * published one it is counted from plus the days those journeys can add.
 * Null when the date is not published.
 */
export function departureDayOffset(leg: Leg): { day: number; upTo: number } | null {
  let minutes = 0;
  for (let index = leg.fromIndex; index >= 0; index--) {
    const event = leg.service.stops[index]?.departure;
    if (!event) return null;
    if (event.journeyMinutes === null)
      return event.day === null ? null : { day: event.day, upTo: event.day + Math.ceil(minutes / 1440) };
    minutes += event.journeyMinutes;
  }
  return null;
}

/** Whether the leg's departures have a time (published, or derived from a published one): the same on every date. */
export function departureTimeKnown(leg: Leg): boolean {
  for (let index = leg.fromIndex; index >= 0; index--) {
    const event = leg.service.stops[index]?.departure;
    if (!event) return false;
    if (event.journeyMinutes === null) return event.day !== null && event.time !== null;
  }
  return false;
}

/** Builds the departure of `leg` on `serviceDate`. */
export function departureOn(leg: Leg, serviceDate: EpochDay): Departure {
  const from = resolveEvent(leg.service, serviceDate, leg.fromIndex, 'departure');
  // A stop with one reported time and no arrival (Novosibirsk on the through car) is reached at that time.
  const toStop = leg.service.stops[leg.toIndex]!;
  const to = resolveEvent(
    leg.service,
    serviceDate,
    leg.toIndex,
    toStop.arrival || !toStop.departure ? 'arrival' : 'departure',
  );
  const durationMinutes =
    from.instant !== null && to.instant !== null ? Math.round((to.instant - from.instant) / MS_PER_MINUTE) : null;
  return { service: leg.service, leg, serviceDate, from, to, durationMinutes, sortKey: sortKeyOf(from) };
}

/** Orders departures in time: the instant, or local midnight when only the date is known. */
function sortKeyOf(from: ResolvedEvent): number {
  return from.instant ?? (from.epochDay === null ? Number.NaN : wallToInstant(from.station.timeZone, from.epochDay, 0));
}

/** Where a departure of a leg stands in time, before it is built: its service date and its place in the merge. */
export interface Slot {
  leg: Leg;
  serviceDate: EpochDay;
  /** As the departure's `sortKey`. */
  sortKey: number;
}

/**
 * The slots of `leg`'s departures whose local date at the departure station
 * lies in [first, last], in time order. A lookup of 10,000 services holds one
 * slot per service while it merges, and builds a departure only when it takes
 * it: a slot is small, so the merge's heads stay in V8's young generation.
 */
export function* legSlots(leg: Leg, first: EpochDay, last: EpochDay): Generator<Slot> {
  const offset = departureDayOffset(leg);
  if (offset === null) return;
  // The local date can differ from the published one by a day either way
  // (a Moscow-time departure late in the evening is the next day in Vladivostok).
  for (const serviceDate of serviceDates(leg.service.runs, first - offset.upTo - 2, last - offset.day + 2)) {
    const from = resolveEvent(leg.service, serviceDate, leg.fromIndex, 'departure');
    const day = from.epochDay;
    if (day !== null && day >= first && day <= last) yield { leg, serviceDate, sortKey: sortKeyOf(from) };
  }
}

/**
 * Departures of `leg` whose local date at the departure station lies in
 * [first, last], in time order. Lazy, so a century streams in flat memory.
 */
export function* expandLeg(leg: Leg, first: EpochDay, last: EpochDay): Generator<Departure> {
  for (const slot of legSlots(leg, first, last)) yield departureOn(leg, slot.serviceDate);
}
