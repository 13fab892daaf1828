/**
 * Cars that change trains: a number belongs to a leg of the journey (the
 * Beijing cars leave as K27, run as 95 from Dandong and as 52 after Sinuiju),
 * and a through car that runs inside another service's train is one train
 * with it at the station, not a second row that looks like a second train.
 */
import type { Departure, Leg } from './expand.js';
import type { Service, Station } from './model.js';

/** The number the service runs under when it leaves stop `index`: the last one set at or before it. */
export function numberAt(service: Service, index: number): string | null {
  for (let i = index; i >= 0; i--) {
    const number = service.stops[i]!.number;
    if (number !== undefined) return number;
  }
  return service.number;
}

/** Every number of the part travelled, in order: the one at the departure, then each change before the arrival. */
export function legNumbers(leg: Leg): string[] {
  const numbers: string[] = [];
  const first = numberAt(leg.service, leg.fromIndex);
  if (first !== null) numbers.push(first);
  for (let i = leg.fromIndex + 1; i < leg.toIndex; i++) {
    const number = leg.service.stops[i]!.number;
    if (typeof number === 'string' && number !== numbers[numbers.length - 1]) numbers.push(number);
  }
  return numbers;
}

/** The id of the service whose train carries this one when it leaves stop `index`, or null. */
export function carrierAt(service: Service, index: number): string | null {
  for (let i = index; i >= 0; i--) {
    const runsIn = service.stops[i]!.runsIn;
    if (runsIn !== undefined) return runsIn;
  }
  return null;
}

/**
 * Folds each through car into the departure of the train that carries it:
 * same station, same instant, and the carrier's service is the one the car's
 * stop names. A car whose carrier is not among the departures (another
 * query, a cancelled date) stays a row of its own. Departures at one instant
 * come together from the time-ordered merge, so one instant is buffered at a time.
 */
export function* foldThroughCars(departures: Iterable<Departure>): Generator<Departure> {
  let group: Departure[] = [];
  for (const d of departures) {
    if (group.length > 0 && !(d.sortKey === group[0]!.sortKey)) {
      // Most instants have one departure: nothing to fold, and no array to walk.
      if (group.length === 1) yield group[0]!;
      else yield* foldGroup(group);
      group = [];
    }
    group.push(d);
  }
  yield* foldGroup(group);
}

function foldGroup(group: Departure[]): Departure[] {
  if (group.length < 2) return group;
  const result = [...group];
  for (const car of group) {
    const carrierId = carrierAt(car.service, car.leg.fromIndex);
    if (carrierId === null || car.from.instant === null) continue;
    const at = result.findIndex(
      (d) => d !== car && d.service.id === carrierId && d.from.station.id === car.from.station.id,
    );
    if (at < 0) continue;
    const carrier = result[at]!;
    result[at] = { ...carrier, throughCars: [...(carrier.throughCars ?? []), car] };
    result.splice(result.indexOf(car), 1);
  }
  return result;
}

/** The departures with each folded through car back as a departure of its own, after its train. */
export function* unfoldThroughCars(departures: Iterable<Departure>): Generator<Departure> {
  for (const d of departures) {
    yield d;
    if (d.throughCars) yield* d.throughCars;
  }
}

/** Where the cars a train carries come from (those joining here) and go to (those leaving here with it), or null when it carries none. */
export function throughCarEnds(d: Departure): { from: Station[]; to: Station[] } | null {
  if (!d.throughCars?.length) return null;
  const from = new Set<Station>();
  const to = new Set<Station>();
  for (const car of d.throughCars) {
    const stops = car.service.stops;
    const origin = stops[0]!.station;
    if (origin.id !== d.from.station.id) from.add(origin);
    else to.add(stops[stops.length - 1]!.station);
  }
  return { from: [...from], to: [...to] };
}

/** "Through cars from Irkutsk and Chita." / "Through cars to Beijing.", or null when the train carries none. */
export function throughCarsNote(d: Departure): string | null {
  const ends = throughCarEnds(d);
  if (!ends) return null;
  const { from, to } = ends;
  const parts = [
    from.length ? `from ${listInWords(from.map((s) => s.name))}` : '',
    to.length ? `to ${listInWords(to.map((s) => s.name))}` : '',
  ].filter(Boolean);
  return `Through cars ${parts.join(' and ')}.`;
}

function listInWords(names: string[]): string {
  const unique = [...new Set(names)];
  return unique.length === 1 ? unique[0]! : `${unique.slice(0, -1).join(', ')} and ${unique[unique.length - 1]}`;
}

/**
 * The run that names each through car ("Moscow" for the Pyongyang ⇄ Moscow
 * car), so two cars in one train can be told apart. A car is a service that
 * runs in another's train at some stop, or whose route the schedules call a
 * through car; it is named for the end of its run that fewer services end at
 * (Pyongyang ends many, Moscow only the Moscow car), the last stop on a tie.
 */
export function throughCarRuns(services: readonly Service[], isCar: (s: Service) => boolean): Map<Service, Station> {
  const ends = new Map<string, number>();
  for (const s of services) {
    for (const stop of [s.stops[0], s.stops[s.stops.length - 1]])
      if (stop) ends.set(stop.station.id, (ends.get(stop.station.id) ?? 0) + 1);
  }
  const runs = new Map<Service, Station>();
  for (const s of services) {
    if (!isCar(s) || s.stops.length < 2) continue;
    const first = s.stops[0]!.station;
    const last = s.stops[s.stops.length - 1]!.station;
    runs.set(s, (ends.get(first.id) ?? 0) < (ends.get(last.id) ?? 0) ? first : last);
  }
  return runs;
}

/** A car by the schedules' own word: a stop in another service's train, or a route named a through car. */
export const isThroughCar = (s: Service): boolean =>
  s.stops.some((stop) => stop.runsIn !== undefined) || /\bthrough cars?\b/i.test(s.route.name);
