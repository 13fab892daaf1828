/**
 * A lookup: which services leave the queried place, and their departures in a
 * window, merged into one stream in time order.
 */
import { formatIsoDate, type EpochDay } from './days.js';
import {
  departureDayOffset,
  departureOn,
  departureTimeKnown,
  legSlots,
  type Departure,
  type Leg,
  type Slot,
} from './expand.js';
import { matchQuery, matchStation, placeKind, type Match } from './match.js';
import { mergeByKey } from './merge.js';
import { nearest } from './nearest.js';
import type { Catalog, Mode, Route, Service, Station } from './model.js';
import { foldThroughCars } from './through.js';
import { routeOverdue, serviceOverdue } from './overdue.js';
import { resolveWindow, type ResolvedWindow, type WindowSpec } from './window.js';
import { DestinationNeedsStationError } from '../errors.js';
import type { Filtered, Reason, Remark } from './remarks.js';

export interface LookupOptions {
  /** A station, route or service; every service when absent. */
  query?: string;
  /** A station the departures must reach. */
  destination?: string;
  window: WindowSpec;
  /** The instant taken as now (UTC ms). */
  now: number;
  /** Only services of this mode. */
  mode?: Mode;
  /** Only departures with a time (published or derived), leaving out date-only ones such as the Heihe bus. */
  timed?: boolean;
}

/** Which services and legs a lookup keeps, and how to say what it kept ("train", "bus with a published time"). */
interface Filter {
  service: (service: { mode: Mode }) => boolean;
  leg: (leg: Leg) => boolean;
  /** What the filter keeps, for saying that it left nothing. */
  shown: Filtered;
}

function filterOf(options: LookupOptions): Filter {
  const { mode, timed } = options;
  return {
    service: (s) => mode === undefined || s.mode === mode,
    leg: (leg) => !timed || departureTimeKnown(leg),
    shown: { mode: mode ?? null, timed: timed === true },
  };
}

export interface Lookup {
  query: string | null;
  match: Match;
  destination: Station | null;
  legs: Leg[];
  /** Things worth saying that are not departures ("also calls here; dates not published"), as codes: src/present words them. */
  remarks: Remark[];
  /** Why no departure can be listed at all (no service, or only unpublished dates), as a code; null when some can. */
  reason: Reason | null;
  /** The window's first and last local dates, over every departure station. */
  from: EpochDay;
  until: EpochDay;
  /** Departures in the window, in time order. */
  departures(): Generator<Departure>;
  /**
   * Departures whose local dates lie in [first, last] instead of the window
   * (the calendar widens it to whole months), in time order; throws as the
   * window does when those dates are outside the ones covered or too many.
   */
  departuresBetween(first: EpochDay, last: EpochDay): Generator<Departure>;
  /** The first departure after the window, searching ten years on from the window or from the service's first date. */
  nextAfterWindow(): Departure | undefined;
  /** The first of `departures()` on each route in each direction, in time order, stopping once every direction has one: the board. */
  nextOnEachRoute(): Generator<Departure>;
}

/** How far past an empty window to look for the next departure. */
const NEXT_SEARCH_DAYS = 3653;

/** Plans a lookup; throws a UsageError (src/errors.ts) for an unknown place or a bad window. */
export function lookup(catalog: Catalog, options: LookupOptions): Lookup {
  const match: Match = options.query === undefined ? { kind: 'all' } : matchQuery(catalog, options.query);
  const destination = options.destination === undefined ? null : matchStation(catalog, options.destination);
  if (destination && match.kind !== 'station') {
    throw new DestinationNeedsStationError({ query: options.query ?? null, kind: placeKind(match) });
  }
  const filter = filterOf(options);
  const found =
    match.kind === 'station'
      ? legsFromStation(catalog, match.station, destination, filter)
      : legsOfServices(catalog, match, filter, options.now);
  const { legs } = found;
  // Nothing at all runs between the two: say what is nearest (with a filter, what it left out says more).
  const reason =
    found.reason?.kind === 'no-service-between' && !found.reason.filter
      ? { ...found.reason, nearest: nearest(catalog, found.reason.from, found.reason.to, options.now) }
      : found.reason;
  const remarks = [...found.remarks, ...overdueRemarks(legs, options.now)];

  const windows = new Map<string, ResolvedWindow>();
  const windowFor = (zone: string): ResolvedWindow => {
    let w = windows.get(zone);
    if (!w) {
      w = resolveWindow(options.window, zone, options.now);
      windows.set(zone, w);
    }
    return w;
  };
  // Resolve every zone now, so a bad window is reported before any output.
  const zones = legs.map((leg) => leg.service.stops[leg.fromIndex]!.station.timeZone);
  if (zones.length === 0) zones.push(match.kind === 'station' ? match.station.timeZone : 'UTC');
  const resolved = zones.map(windowFor);
  const inWindow = (leg: Leg): Generator<Slot> => {
    const w = windowFor(zoneOf(leg));
    return legSlots(leg, w.first, w.last);
  };

  return {
    query: options.query ?? null,
    match,
    destination,
    legs,
    remarks,
    reason,
    // A loop, not Math.min(...): spreading 100,000 legs overflows the stack.
    from: resolved.reduce((min, w) => Math.min(min, w.first), Number.POSITIVE_INFINITY),
    until: resolved.reduce((max, w) => Math.max(max, w.last), Number.NEGATIVE_INFINITY),
    departures: () => foldThroughCars(notGone(merge(legs.map(inWindow)), resolved[0]!.notBefore)),
    nextOnEachRoute: () => nextOnEachRoute(legs, legs.map(inWindow), resolved[0]!.notBefore),
    departuresBetween: (first, last) => {
      const day = (d: EpochDay) => ({ kind: 'date', day: d, text: formatIsoDate(d) }) as const;
      // Dates, not "today": the same in every zone, and nothing is gone.
      const w = resolveWindow({ from: day(first), until: day(last), days: 1 }, 'UTC', options.now);
      return foldThroughCars(merge(legs.map((leg) => legSlots(leg, w.first, w.last))));
    },
    nextAfterWindow: () =>
      foldThroughCars(merge(legs.map((leg) => legSlots(leg, ...searchAfter(leg, windowFor(zoneOf(leg)).last))))).next()
        .value ?? undefined,
  };
}

const zoneOf = (leg: Leg): string => leg.service.stops[leg.fromIndex]!.station.timeZone;

/** Where to look for the next departure after a window ending on `last`: from the window or from the service's first date, whichever is later. */
function searchAfter(leg: Leg, last: EpochDay): [EpochDay, EpochDay] {
  const first = Math.max(last + 1, leg.service.runs.from - 2);
  return [first, first + NEXT_SEARCH_DAYS];
}

/** Leaves out departures before `notBefore` (when the window starts today), once after the merge rather than once per leg. */
function notGone(departures: Generator<Departure>, notBefore: number | null): Generator<Departure> {
  // No layer at all when nothing is gone: a year of 10,000 services passes a million and a half departures through.
  return notBefore === null ? departures : leftOut(departures, notBefore);
}

function* leftOut(departures: Generator<Departure>, notBefore: number): Generator<Departure> {
  for (const departure of departures)
    if (departure.from.instant === null || departure.from.instant >= notBefore) yield departure;
}

/**
 * A route's direction, as the board tells them apart: the station its leg
 * runs to. Both ways of a route are shown (645 and 646), while the cars and
 * trains that all run towards one end (Irkutsk, Chita and Zabaikalsk to
 * Manzhouli) count as one way.
 */
const directionOf = (leg: Leg): string => `${leg.service.route.id}\u0000${leg.service.stops[leg.toIndex]!.station.id}`;

/**
 * The first departure of each route in each direction among the merged
 * slots. A train's row also shows where the cars it carries go, and is
 * shown when any of those directions is new. A departure on a direction
 * already shown is not even built, unless its train carries through cars or
 * it is one: those fold together at one instant, and each row must say what
 * it would say in the full list.
 */
function* nextOnEachRoute(legs: Leg[], streams: Generator<Slot>[], notBefore: number | null): Generator<Departure> {
  const directions = new Set(legs.map(directionOf));
  const carriers = new Set<string>();
  const cars = new Set<Service>();
  for (const { service } of legs) {
    for (const stop of service.stops) {
      if (typeof stop.runsIn === 'string') {
        carriers.add(stop.runsIn);
        cars.add(service);
      }
    }
  }
  const seen = new Set<string>();
  const shown = (leg: Leg) => seen.has(directionOf(leg)) && !cars.has(leg.service) && !carriers.has(leg.service.id);
  for (const d of foldThroughCars(notGone(merge(streams, shown), notBefore))) {
    // A row says where its through cars go too: a car that only ever leaves folded into another train (Pyongyang to Beijing in train 51) is shown there.
    const own = [d.leg, ...(d.throughCars ?? []).map((car) => car.leg)].map(directionOf);
    if (own.every((direction) => seen.has(direction))) continue;
    for (const direction of own) seen.add(direction);
    yield d;
    if (seen.size === directions.size) return;
  }
}

/**
 * Merges the legs' slots, each in time order, into one stream of departures;
 * ties keep the legs' order. Each is built as it is taken, unless `skip` says
 * its leg is not wanted then.
 */
function* merge(streams: Generator<Slot>[], skip?: (leg: Leg) => boolean): Generator<Departure> {
  for (const slot of mergeByKey(streams, (s) => s.sortKey))
    if (!skip?.(slot.leg)) yield departureOn(slot.leg, slot.serviceDate);
}

/** The services among `legs` still announced a year after their first date: said under the departures, in every format. */
function overdueRemarks(legs: readonly Leg[], now: number): Remark[] {
  return [...new Set(legs.map((leg) => leg.service))].flatMap((service): Remark[] => {
    const overdue = serviceOverdue(service, now);
    return overdue ? [{ kind: 'overdue-service', service, overdue }] : [];
  });
}

function legsOfServices(catalog: Catalog, match: Match, filter: Filter, now: number): Legs {
  let routes: Route[];
  let services: Service[];
  if (match.kind === 'route') {
    routes = [match.route];
    services = match.route.services;
  } else if (match.kind === 'service') {
    routes = [];
    services = [match.service];
  } else if (match.kind === 'services') {
    routes = [];
    services = match.services;
  } else {
    routes = catalog.routes;
    services = catalog.services;
  }
  const empty = routes.filter((r) => r.services.length === 0 && filter.service(r));
  const all = services.map((service) => ({ service, fromIndex: 0, toIndex: service.stops.length - 1 }));
  const legs = all.filter((leg) => filter.service(leg.service) && filter.leg(leg));
  if (legs.length > 0)
    return {
      legs,
      remarks: empty.map((route) => ({ kind: 'empty-route', route, overdue: routeOverdue(route, now) })),
      reason: null,
    };
  // Services there are, but the filter leaves none: say so rather than that none is known.
  if (all.length > 0) {
    const scope = match.kind === 'route' ? match.route : match.kind === 'service' ? match.service : null;
    return { legs, remarks: [], reason: { kind: 'filtered-out', scope, filter: filter.shown } };
  }
  return {
    legs,
    remarks: [],
    reason: { kind: 'empty-routes', routes: empty.map((route) => ({ route, overdue: routeOverdue(route, now) })) },
  };
}

interface Legs {
  legs: Leg[];
  remarks: Remark[];
  /** Why there can be no departure at all, when that is so. */
  reason: Reason | null;
}

function legsFromStation(catalog: Catalog, station: Station, destination: Station | null, filter: Filter): Legs {
  const legs: Leg[] = [];
  const unknownDates: Service[] = [];
  let filteredOut = false;
  for (const service of catalog.services) {
    const last = service.stops.length - 1;
    service.stops.forEach((stop, fromIndex) => {
      if (stop.station.id !== station.id || fromIndex === last) return;
      const toIndex = destination
        ? service.stops.findIndex((s, i) => i > fromIndex && s.station.id === destination.id)
        : last;
      if (toIndex < 0) return;
      const leg = { service, fromIndex, toIndex };
      if (!filter.service(service) || (departureDayOffset(leg) !== null && !filter.leg(leg))) filteredOut = true;
      else if (departureDayOffset(leg) === null) unknownDates.push(service);
      else legs.push(leg);
    });
  }
  const remarks = unknownDates.map((service): Remark => ({ kind: 'calls-unpublished', service }));
  if (legs.length === 0 && unknownDates.length === 0) {
    const filtered = filteredOut ? { filter: filter.shown } : {};
    return {
      legs,
      remarks,
      reason: destination
        ? { kind: 'no-service-between', from: station, to: destination, ...filtered }
        : { kind: 'no-service-from', station, ...filtered },
    };
  }
  return { legs, remarks, reason: legs.length === 0 ? { kind: 'no-published-dates' } : null };
}
