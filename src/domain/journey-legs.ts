/**
 * The legs of a planned journey as the lookup shows them: each leg is the
 * departure `railnext FROM TO` lists for its two stations, so a through car
 * that leaves inside another service's train, bound for the same station, is
 * that train (the Beijing car from Dandong is train 95 to Pyongyang), and a
 * train carries the cars that leave in it for the same station.
 */
import type { EpochDay } from './days.js';
import { departureOn, departureDayOffset, type Departure, type Leg } from './expand.js';
import type { Catalog, Service } from './model.js';
import { serviceDates } from './rules.js';
import { arrivalAt, type Run } from './runs.js';
import { carrierAt } from './through.js';
import { runSpans, type Span } from './bounds.js';

/** What the planner rode: a run from one stop to a later one. */
export interface RideOf {
  run: Run;
  from: number;
  to: number;
  leaves: Span;
  arrives: Span;
}

/** Makes each leg's departure once per stretch of a service (the renderers key their templates by leg) and knows which cars each train carries. */
export class LegMaker {
  private readonly legs = new Map<Service, Map<number, Leg>>();
  private readonly byId = new Map<string, Service>();
  /** The services that run inside each service's train at some stop, by the carrier's id. */
  private readonly cars = new Map<string, Service[]>();

  constructor(catalog: Catalog) {
    for (const service of catalog.services) {
      this.byId.set(service.id, service);
      const carriers = new Set(service.stops.map((s) => s.runsIn).filter((id): id is string => typeof id === 'string'));
      for (const id of carriers) this.cars.set(id, [...(this.cars.get(id) ?? []), service]);
    }
  }

  leg(service: Service, fromIndex: number, toIndex: number): Leg {
    let byStretch = this.legs.get(service);
    if (!byStretch) this.legs.set(service, (byStretch = new Map()));
    const key = fromIndex * service.stops.length + toIndex;
    let leg = byStretch.get(key);
    if (!leg) byStretch.set(key, (leg = { service, fromIndex, toIndex }));
    return leg;
  }

  carrier(id: string): Service | undefined {
    return this.byId.get(id);
  }

  carsOf(service: Service): Service[] {
    return this.cars.get(service.id) ?? [];
  }

  /**
   * The departure of `service` from its stop at `from`'s station, bound for
   * `to`'s station, that leaves at `instant`: the same train seen as another
   * service. Undefined when it does not call at both or leaves at another time.
   */
  sameTrain(
    service: Service,
    fromStation: string,
    toStation: string,
    instant: number,
    near: EpochDay,
  ): Departure | undefined {
    const fromIndex = service.stops.findIndex((s, i) => i < service.stops.length - 1 && s.station.id === fromStation);
    if (fromIndex < 0) return undefined;
    const toIndex = service.stops.findIndex((s, i) => i > fromIndex && s.station.id === toStation);
    if (toIndex < 0) return undefined;
    const leg = this.leg(service, fromIndex, toIndex);
    const offset = departureDayOffset(leg);
    if (offset === null) return undefined;
    for (const serviceDate of serviceDates(service.runs, near - offset.upTo - 2, near - offset.day + 2)) {
      const d = departureOn(leg, serviceDate);
      if (d.from.instant === instant) return d;
    }
    return undefined;
  }
}

/** The leg of a journey for one ride, its departure as the lookup between its two stations shows it. */
export function legMade(ride: RideOf, legs: LegMaker): { departure: Departure; leaves: Span; arrives: Span } {
  const { run, from, to } = ride;
  const service = run.service;
  const own = departureOn(legs.leg(service, from, to), run.serviceDate);
  const carrierId = carrierAt(service, from);
  const carrier = carrierId === null ? undefined : legs.carrier(carrierId);
  if (carrier && own.from.instant !== null && own.from.epochDay !== null) {
    const train = legs.sameTrain(carrier, own.from.station.id, own.to.station.id, own.from.instant, own.from.epochDay);
    if (train) {
      const spans = runSpans(carrier, train.serviceDate);
      const arrives = arrivalAt(
        { service: carrier, serviceDate: train.serviceDate, key: '', spans, departureDays: [] },
        train.leg.toIndex,
      );
      // The train is the leg when it is the same ride end to end: it reaches the car's station when the car does.
      if (arrives.earliest === ride.arrives.earliest && arrives.latest === ride.arrives.latest)
        return { departure: withCars(train, legs), leaves: ride.leaves, arrives: ride.arrives };
    }
  }
  return { departure: withCars(own, legs), leaves: ride.leaves, arrives: ride.arrives };
}

/** The departure with the through cars that leave in its train for the same station, as the lookup folds them (through.ts). */
function withCars(d: Departure, legs: LegMaker): Departure {
  if (d.from.instant === null || d.from.epochDay === null) return d;
  const cars: Departure[] = [];
  for (const car of legs.carsOf(d.service)) {
    const c = legs.sameTrain(car, d.from.station.id, d.to.station.id, d.from.instant, d.from.epochDay);
    if (c && carrierAt(car, c.leg.fromIndex) === d.service.id) cars.push(c);
  }
  return cars.length === 0 ? d : { ...d, throughCars: cars };
}
