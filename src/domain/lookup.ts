/**
 * A lookup: which services leave the queried place, and their departures in a
 * window, merged into one stream in time order.
 */
import { formatIsoDate, type EpochDay } from './days.js';
import { departureDayOffset, expandLeg, type Departure, type Leg } from './expand.js';
import { matchQuery, matchStation, type Match } from './match.js';
import { mergeByKey } from './merge.js';
import type { Catalog, Route, Service, Station } from './model.js';
import { foldThroughCars } from './through.js';
import { resolveWindow, type ResolvedWindow, type WindowSpec } from './window.js';
import { DestinationNeedsStationError } from '../errors.js';
import { reasonText, remarkText, type Reason, type Remark } from '../i18n/remarks.js';

export interface LookupOptions {
  /** A station, route or service; every service when absent. */
  query?: string;
  /** A station the departures must reach. */
  destination?: string;
  window: WindowSpec;
  /** The instant taken as now (UTC ms). */
  now: number;
}

export interface Lookup {
  query: string | null;
  match: Match;
  destination: Station | null;
  legs: Leg[];
  /** Things worth saying that are not departures ("also calls here; dates not published"), in English. */
  notes: string[];
  /** The same notes as data, for saying them in another language. */
  remarks: Remark[];
  /** Why no departure can be listed at all (no service, or only unpublished dates), in English; null when some can. */
  reason: string | null;
  /** The same reason as data. */
  reasonOf: Reason | null;
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
}

/** How far past an empty window to look for the next departure. */
const NEXT_SEARCH_DAYS = 3653;

/** Plans a lookup; throws a UsageError (src/errors.ts) for an unknown place or a bad window. */
export function lookup(catalog: Catalog, options: LookupOptions): Lookup {
  const match: Match = options.query === undefined ? { kind: 'all' } : matchQuery(catalog, options.query);
  const destination = options.destination === undefined ? null : matchStation(catalog, options.destination);
  if (destination && match.kind !== 'station') {
    throw new DestinationNeedsStationError({ query: options.query ?? null, kind: match.kind });
  }
  const { legs, remarks, reason } = match.kind === 'station' ? legsFromStation(catalog, match.station, destination) : legsOfServices(catalog, match);

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
  const inWindow = (leg: Leg): Generator<Departure> => {
    const w = windowFor(zoneOf(leg));
    return expandLeg(leg, w.first, w.last);
  };

  return {
    query: options.query ?? null,
    match,
    destination,
    legs,
    notes: remarks.map((r) => remarkText(r)),
    remarks,
    reason: reason && reasonText(reason),
    reasonOf: reason,
    // A loop, not Math.min(...): spreading 100,000 legs overflows the stack.
    from: resolved.reduce((min, w) => Math.min(min, w.first), Number.POSITIVE_INFINITY),
    until: resolved.reduce((max, w) => Math.max(max, w.last), Number.NEGATIVE_INFINITY),
    departures: () => foldThroughCars(notGone(merge(legs.map(inWindow)), resolved[0]!.notBefore)),
    departuresBetween: (first, last) => {
      const day = (d: EpochDay) => ({ kind: 'date', day: d, text: formatIsoDate(d) }) as const;
      // Dates, not "today": the same in every zone, and nothing is gone.
      const w = resolveWindow({ from: day(first), until: day(last), days: 1 }, 'UTC', options.now);
      return foldThroughCars(merge(legs.map((leg) => expandLeg(leg, w.first, w.last))));
    },
    nextAfterWindow: () => foldThroughCars(merge(legs.map((leg) => expandLeg(leg, ...searchAfter(leg, windowFor(zoneOf(leg)).last))))).next().value ?? undefined,
  };
}

const zoneOf = (leg: Leg): string => leg.service.stops[leg.fromIndex]!.station.timeZone;

/** Where to look for the next departure after a window ending on `last`: from the window or from the service's first date, whichever is later. */
function searchAfter(leg: Leg, last: EpochDay): [EpochDay, EpochDay] {
  const first = Math.max(last + 1, leg.service.runs.from - 2);
  return [first, first + NEXT_SEARCH_DAYS];
}

/** Leaves out departures before `notBefore` (when the window starts today), once after the merge rather than once per leg. */
function* notGone(departures: Generator<Departure>, notBefore: number | null): Generator<Departure> {
  if (notBefore === null) return yield* departures;
  for (const departure of departures) if (departure.from.instant === null || departure.from.instant >= notBefore) yield departure;
}

/** Merges departures that are each in time order into one; ties keep the legs' order. */
function merge(streams: Generator<Departure>[]): Generator<Departure> {
  return mergeByKey(streams, (d) => d.sortKey);
}

function legsOfServices(catalog: Catalog, match: Match): Legs {
  let routes: Route[];
  let services: Service[];
  if (match.kind === 'route') {
    routes = [match.route];
    services = match.route.services;
  } else if (match.kind === 'service') {
    routes = [];
    services = [match.service];
  } else {
    routes = catalog.routes;
    services = catalog.services;
  }
  const empty = routes.filter((r) => r.services.length === 0);
  const legs = services.map((service) => ({ service, fromIndex: 0, toIndex: service.stops.length - 1 }));
  return legs.length === 0
    ? { legs, remarks: [], reason: { kind: 'empty-routes', routes: empty } }
    : { legs, remarks: empty.map((route) => ({ kind: 'empty-route', route })), reason: null };
}

interface Legs {
  legs: Leg[];
  remarks: Remark[];
  /** Why there can be no departure at all, when that is so. */
  reason: Reason | null;
}

function legsFromStation(catalog: Catalog, station: Station, destination: Station | null): Legs {
  const legs: Leg[] = [];
  const unknownDates: Service[] = [];
  for (const service of catalog.services) {
    const last = service.stops.length - 1;
    service.stops.forEach((stop, fromIndex) => {
      if (stop.station.id !== station.id || fromIndex === last) return;
      const toIndex = destination ? service.stops.findIndex((s, i) => i > fromIndex && s.station.id === destination.id) : last;
      if (toIndex < 0) return;
      const leg = { service, fromIndex, toIndex };
      if (departureDayOffset(leg) === null) unknownDates.push(service);
      else legs.push(leg);
    });
  }
  const remarks = unknownDates.map((service): Remark => ({ kind: 'calls-unpublished', service }));
  if (legs.length === 0 && unknownDates.length === 0) {
    return { legs, remarks, reason: destination ? { kind: 'no-service-between', from: station, to: destination } : { kind: 'no-service-from', station } };
  }
  return { legs, remarks, reason: legs.length === 0 ? { kind: 'no-published-dates' } : null };
}
