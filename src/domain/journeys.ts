/**
 * Journeys from one station to another across services, changing at
 * stations. Round-based, as RAPTOR is (round k rides k legs, so the number of
 * changes is bounded by the number of rounds), with McRAPTOR's bags of
 * labels that no other label beats, because a time may be a span rather than
 * an instant: a car that arrives "on the 20th" is anywhere in that day.
 *
 * A change is sure when it works for every time the spans allow, possible
 * when it works for some, and dropped when it works for none (bounds.ts).
 * A journey is as sure as its weakest change.
 */
import { formatIsoDate, MS_PER_MINUTE, type EpochDay } from './days.js';
import type { Departure } from './expand.js';
import { LegMaker, legMade } from './journey-legs.js';
import { matchStation } from './match.js';
import { carrierAt } from './through.js';
import type { Catalog, Service, Station } from './model.js';
import { daySpan, type ChangeStatus, type Span } from './bounds.js';
import { arrivalAt, newWorkCounter, Runs, type Run, type WorkCounter } from './runs.js';
import { resolveDay, resolveWindow, todayIn, type DaySpec, type WindowSpec } from './window.js';
import { SameStationError } from '../errors.js';

export const DEFAULT_CHANGE_MINUTES = 60;
export const DEFAULT_MAX_CHANGES = 2;
/** A monthly car may be a month away, and a month and a half covers the wait with its journey to the change. */
export const DEFAULT_MAX_WAIT_DAYS = 45;

export interface JourneyOptions {
  /** The local dates (at the first station) the first leg may leave on. */
  window: WindowSpec;
  /** The instant taken as now (UTC ms). */
  now: number;
  /** The least time between an arrival and the next departure (default 60). */
  changeMinutes?: number;
  /** At most this many changes (default 2). */
  maxChanges?: number;
  /** Later legs leave at most this many days after the first leg's date (default 45). */
  maxWaitDays?: number;
  /**
   * Ask from the other end: journeys arriving by the end of this local date
   * at the last station, those that leave latest (planned forwards from every
   * date up to the longest wait and ten days of riding before it). The window
   * is then ignored.
   */
  arriveBy?: DaySpec;
  /** Do not look past an empty window for the next journey. */
  noNext?: boolean;
}

/** One ride: a dated departure with what is known of when it leaves and arrives. */
export interface JourneyLeg {
  departure: Departure;
  leaves: Span;
  arrives: Span;
}

/** A change between two legs, at the station where one arrives and the next leaves. */
export interface JourneyChange {
  station: Station;
  status: ChangeStatus;
  /** The least and most time between the arrival and the departure, in minutes; `max` is null when unbounded. */
  minWaitMinutes: number;
  maxWaitMinutes: number | null;
  /** For a possible change whose departure time is known: the latest arrival that still leaves the change time (UTC ms). */
  arriveBy: number | null;
}

export interface Journey {
  status: ChangeStatus;
  legs: JourneyLeg[];
  /** changes[i] is between legs[i] and legs[i + 1]. */
  changes: JourneyChange[];
  leaves: Span;
  arrives: Span;
}

/** An option that rules journeys out: the change time (minutes), the number of changes, or the longest wait (days). */
export type RuledOut =
  | { option: 'change'; minutes: number }
  | { option: 'changes'; count: number }
  | { option: 'max-wait'; days: number };

export interface JourneyPlan {
  /** Null for the arrivals at a station (arrivals.ts), which come from anywhere. */
  from: Station | null;
  to: Station;
  /** The first leg's dates (local at `from`), or in arrive-by mode the dates searched. */
  first: EpochDay;
  last: EpochDay;
  /** The arrival date of an arrive-by plan (local at `to`); null otherwise. */
  arriveBy: EpochDay | null;
  journeys: Journey[];
  /**
   * Only when nothing is found: the options, stricter than their defaults,
   * without which journeys would be found (set by the CLI, which knows the defaults from the user's choices).
   */
  ruledOutBy?: RuledOut[];
  /**
   * Only when `journeys` is empty (and not for arrive-by): the journeys of the
   * first date in the NEXT_SEARCH_DAYS after the window that has any (empty when none has).
   */
  next?: Journey[];
}

/** How far past an empty window to look for the next journey: three months hold every monthly car's next run. */
export const NEXT_SEARCH_DAYS = 92;

/** One ride in a label: a run from one stop to a later one, with what is known of when it leaves and arrives. */
interface Ride {
  run: Run;
  from: number;
  to: number;
  leaves: Span;
  arrives: Span;
}

interface Label {
  station: Station;
  rides: Ride[];
  changes: JourneyChange[];
  status: ChangeStatus;
  /** The local date of the first leg, which bounds how late the later legs may leave. */
  firstDay: EpochDay;
}

/** Plans journeys from `from` to `to` (station names as a user types them); throws a UsageError (errors.ts) for an unknown or same station or a bad window. */
export function planJourneys(
  catalog: Catalog,
  from: string,
  to: string,
  options: JourneyOptions,
  work: WorkCounter = newWorkCounter(),
): JourneyPlan {
  const origin = matchStation(catalog, from);
  const destination = matchStation(catalog, to);
  if (origin.id === destination.id) throw new SameStationError({ from, to, station: origin.name });
  const changeMs = (options.changeMinutes ?? DEFAULT_CHANGE_MINUTES) * MS_PER_MINUTE;
  const maxChanges = options.maxChanges ?? DEFAULT_MAX_CHANGES;
  const maxWait = options.maxWaitDays ?? DEFAULT_MAX_WAIT_DAYS;

  let first: EpochDay;
  let last: EpochDay;
  let notBefore: number | null;
  let arriveBy: EpochDay | null = null;
  if (options.arriveBy) {
    arriveBy = resolveDay(options.arriveBy, todayIn(destination.timeZone, options.now), 'last');
    // A journey arriving by that date left at most the longest wait plus a few days of riding before it.
    first = arriveBy - maxWait - 10;
    last = arriveBy;
    notBefore = null;
  } else {
    ({ first, last, notBefore } = resolveWindow(options.window, origin.timeZone, options.now));
  }

  const runs = new Runs(catalog, work);
  const legs = new LegMaker(catalog);
  const limits: Limits = {
    changeMs,
    maxChanges,
    maxWait,
    destination,
    reach: legsTo(catalog, destination, maxChanges),
  };
  const points = runs.pointsAt.get(origin.id) ?? [];
  let journeys: Label[] = [];
  for (let day = first; day <= last; day++) {
    const starts: Ride[] = [];
    for (const point of points) {
      for (const run of runs.leavingOn(point, day)) {
        const leaves = run.spans[point.index]!.departure;
        if (notBefore !== null && leaves.latest < notBefore) continue;
        starts.push({ run, from: point.index, to: point.index, leaves, arrives: leaves });
      }
    }
    if (starts.length === 0) continue;
    // Every direct ride is listed, even one that another beats (two services at the same time), but a through car
    // leaving in a train that is listed too is that train, as the lookup shows it.
    const direct = starts.flatMap((s) => {
      const to = s.run.service.stops.findIndex((stop, i) => i > s.from && stop.station.id === destination.id);
      return to < 0 ? [] : [{ ...s, to, arrives: arrivalAt(s.run, to) }];
    });
    for (const ride of direct)
      if (!direct.some((other) => inTrainOf(ride, other))) journeys.push(labelOf(ride, day, destination));
    journeys.push(...bestOfDay(search(starts, day, runs, limits)).filter((l) => l.changes.length > 0));
  }
  journeys = withoutLongerWaits(journeys);
  if (arriveBy !== null) journeys = latestArrivingBy(journeys, daySpan(destination.timeZone, arriveBy));
  const plan: JourneyPlan = {
    from: origin,
    to: destination,
    first,
    last,
    arriveBy,
    journeys: journeys.map((l) => toJourney(l, legs)),
  };
  if (plan.journeys.length === 0 && arriveBy === null && !options.noNext) {
    const after = {
      from: { kind: 'date' as const, day: last + 1, text: formatIsoDate(last + 1) },
      days: NEXT_SEARCH_DAYS,
    };
    const later = planJourneys(catalog, from, to, { ...options, window: after, noNext: true }, work).journeys;
    const day = later[0]?.legs[0]?.departure.from.epochDay;
    plan.next = later.filter((j) => j.legs[0]!.departure.from.epochDay === day);
  }
  return plan;
}

interface Limits {
  changeMs: number;
  maxChanges: number;
  maxWait: number;
  destination: Station;
  /** The fewest legs from each station to the destination, for the stations within maxChanges + 1 legs of it. */
  reach: Map<string, number>;
}

/**
 * The fewest legs from each station to `destination`, up to `maxChanges` + 1:
 * a label at a station farther than the legs left to it can reach nothing,
 * so no round makes one there.
 */
function legsTo(catalog: Catalog, destination: Station, maxChanges: number): Map<string, number> {
  const reach = new Map([[destination.id, 0]]);
  for (let legs = 1; legs <= maxChanges + 1; legs++) {
    const added: string[] = [];
    for (const service of catalog.services) {
      let leadsOn = false;
      for (let i = service.stops.length - 1; i >= 0; i--) {
        const id = service.stops[i]!.station.id;
        if (leadsOn && !reach.has(id)) added.push(id);
        const known = reach.get(id);
        if (known !== undefined && known < legs) leadsOn = true;
      }
    }
    for (const id of added) if (!reach.has(id)) reach.set(id, legs);
  }
  return reach;
}

/** True when `car` leaves in `train`'s train: same station, same instant, and the car's stop names that service as its carrier. */
function inTrainOf(car: Ride, train: Ride): boolean {
  const leaves = car.leaves;
  return (
    leaves.earliest === leaves.latest &&
    leaves.earliest === train.leaves.earliest &&
    train.leaves.latest === leaves.latest &&
    carrierAt(car.run.service, car.from) === train.run.service.id
  );
}

/** A journey of one leg, the start of every longer one. */
const labelOf = (ride: Ride, day: EpochDay, station: Station): Label => ({
  station,
  rides: [ride],
  changes: [],
  status: 'sure',
  firstDay: day,
});

/** A label that may still be boarded from: at a station the rounds left can lead on from. */
const canLeadOn = (station: Station, legsLeft: number, limits: Limits): boolean =>
  (limits.reach.get(station.id) ?? Infinity) <= legsLeft;

/** Whether the journey of `label` has called at `station` already (a journey never calls twice at a station). */
function visited(label: Label, station: Station): boolean {
  if (label.rides[0]!.run.service.stops[label.rides[0]!.from]!.station.id === station.id) return true;
  return (
    label.station.id === station.id || label.rides.some((r) => r.run.service.stops[r.to]!.station.id === station.id)
  );
}

/** A run boarded in a round, carried along its service's stops until each later stop has been offered as an alighting. */
interface Carried {
  label: Label;
  run: Run;
  from: number;
  change: JourneyChange;
  status: ChangeStatus;
}

/**
 * The journeys to the destination whose first leg is one of `starts` (all
 * leaving on `day`): the bag of labels at the destination. Round k rides k
 * legs; each round scans only the services that stop at a station some label
 * reached in the round before, from the first such stop on, carrying the runs
 * boarded so far (RAPTOR's route scan), and makes a label at a stop only where
 * it can still reach the destination in the rounds left.
 */
function search(starts: Ride[], day: EpochDay, runs: Runs, limits: Limits): Label[] {
  const bags = new Map<string, Label[]>();
  const rounds = limits.maxChanges + 1;
  let marked = new Map<string, Label[]>();
  const offer = (label: Label) => {
    runs.work.labels++;
    if (!insert(bags, label)) return;
    const list = marked.get(label.station.id) ?? [];
    list.push(label);
    marked.set(label.station.id, list);
  };
  for (const start of starts) {
    const stops = start.run.service.stops;
    const origin = stops[start.from]!.station;
    for (let to = start.from + 1; to < stops.length; to++) {
      const station = stops[to]!.station;
      if (station.id === origin.id || !canLeadOn(station, rounds - 1, limits)) continue;
      offer(labelOf({ ...start, to, arrives: arrivalAt(start.run, to) }, day, station));
    }
  }
  for (let round = 2; round <= rounds && marked.size > 0; round++) {
    const reached = marked;
    marked = new Map();
    // Each service from the first stop at which a label of the last round may board it.
    const scans = new Map<Service, number>();
    for (const id of reached.keys()) {
      if (id === limits.destination.id) continue;
      for (const point of runs.pointsAt.get(id) ?? [])
        scans.set(point.service, Math.min(scans.get(point.service) ?? Infinity, point.index));
    }
    for (const [service, firstIndex] of scans)
      scan(service, firstIndex, rounds - round, reached, bags, runs, limits, offer);
  }
  return bags.get(limits.destination.id) ?? [];
}

function scan(
  service: Service,
  firstIndex: number,
  legsLeft: number,
  reached: Map<string, Label[]>,
  bags: Map<string, Label[]>,
  runs: Runs,
  limits: Limits,
  offer: (label: Label) => void,
): void {
  let carried: Carried[] = [];
  // Past the last stop that can still lead to the destination in the legs left, nothing is worth boarding or carrying.
  let lastUseful = service.stops.length - 1;
  while (lastUseful > firstIndex && !canLeadOn(service.stops[lastUseful]!.station, legsLeft, limits)) lastUseful--;
  if (lastUseful === firstIndex) return;
  for (let index = firstIndex; index <= lastUseful; index++) {
    const station = service.stops[index]!.station;
    if (carried.length > 0 && canLeadOn(station, legsLeft, limits)) {
      for (const c of carried) {
        if (visited(c.label, station)) continue;
        const ride: Ride = {
          run: c.run,
          from: c.from,
          to: index,
          leaves: c.run.spans[c.from]!.departure,
          arrives: arrivalAt(c.run, index),
        };
        offer({
          station,
          rides: [...c.label.rides, ride],
          changes: [...c.label.changes, c.change],
          status: c.status,
          firstDay: c.label.firstDay,
        });
      }
    }
    const here = station.id === limits.destination.id || index === lastUseful ? undefined : reached.get(station.id);
    if (!here) continue;
    const point = runs.pointOf(service, index);
    if (!point) continue;
    const bag = bags.get(station.id) ?? [];
    for (const label of here) {
      // A label beaten after it was reached is not taken on.
      if (!bag.includes(label)) continue;
      const last = label.rides[label.rides.length - 1]!;
      const same = (run: Run) => label.rides.some((r) => r.run.key === run.key);
      for (const { run, status } of runs.catchable(
        point,
        last.arrives,
        limits.changeMs,
        label.firstDay + limits.maxWait,
        same,
      )) {
        const leaves = run.spans[index]!.departure;
        const entry: Carried = {
          label,
          run,
          from: index,
          change: describeChange(station, last.arrives, leaves, status, limits.changeMs),
          status: status === 'possible' || label.status === 'possible' ? 'possible' : 'sure',
        };
        if (carried.some((c) => carries(c, entry))) continue;
        carried = [...carried.filter((c) => !carries(entry, c)), entry];
      }
    }
  }
}

/**
 * Whether the run `a` carries makes whatever `b` would make at each later
 * stop no better: a run of the same service on no later date arrives no
 * later anywhere, and `a`'s journey leaves no earlier, is as sure and has
 * changed no more often.
 */
function carries(a: Carried, b: Carried): boolean {
  const al = leaves(a.label);
  const bl = leaves(b.label);
  return (
    a.run.serviceDate <= b.run.serviceDate &&
    al.earliest >= bl.earliest &&
    al.latest >= bl.latest &&
    rank(a.status) >= rank(b.status) &&
    a.label.changes.length <= b.label.changes.length
  );
}

function describeChange(
  station: Station,
  arrives: Span,
  leaves: Span,
  status: ChangeStatus,
  changeMs: number,
): JourneyChange {
  const minutes = (ms: number) => Math.round(ms / MS_PER_MINUTE);
  const exactDeparture = leaves.earliest === leaves.latest;
  return {
    station,
    status,
    minWaitMinutes: Math.max(0, minutes(leaves.earliest - arrives.latest)),
    maxWaitMinutes: Number.isFinite(leaves.latest - arrives.earliest)
      ? minutes(leaves.latest - arrives.earliest)
      : null,
    arriveBy: status === 'possible' && exactDeparture ? leaves.earliest - changeMs : null,
  };
}

const arrives = (l: Label): Span => l.rides[l.rides.length - 1]!.arrives;
const leaves = (l: Label): Span => l.rides[0]!.leaves;
const rank = (s: ChangeStatus): number => (s === 'sure' ? 1 : 0);

/** `a` is at least as good as `b` in everything: it leaves no earlier, arrives no later, is as sure, with no more changes. */
function beats(a: Label, b: Label): boolean {
  const aa = arrives(a);
  const ba = arrives(b);
  const al = leaves(a);
  const bl = leaves(b);
  return (
    aa.earliest <= ba.earliest &&
    aa.latest <= ba.latest &&
    al.earliest >= bl.earliest &&
    al.latest >= bl.latest &&
    rank(a.status) >= rank(b.status) &&
    a.changes.length <= b.changes.length
  );
}

/** Adds `label` to its station's bag unless a label there beats it, dropping those it beats; true when added. */
function insert(bags: Map<string, Label[]>, label: Label): boolean {
  const bag = bags.get(label.station.id) ?? [];
  if (bag.some((other) => beats(other, label))) return false;
  bags.set(label.station.id, [...bag.filter((other) => !beats(label, other)), label]);
  return true;
}

/**
 * What one departure date offers: each sure journey that could arrive first
 * (none other surely arrives before it; of two with the same arrival, the one
 * with fewer changes, then the one leaving later, then the one found first),
 * and each possible journey that could arrive before every one of those
 * (not one whose last train is theirs).
 */
function bestOfDay(found: Label[]): Label[] {
  const sure = found.filter((l) => l.status === 'sure');
  const couldBeFirst = sure.filter((a) => !sure.some((b) => b !== a && arrives(b).latest < arrives(a).earliest));
  const first = couldBeFirst.filter(
    (a, i) => !couldBeFirst.some((b, h) => h !== i && sameSpan(arrives(a), arrives(b)) && preferred(b, h, a, i)),
  );
  const latest = Math.min(...first.map((l) => arrives(l).latest));
  // A possible journey ending on the same run as a sure one arrives with it, never before it.
  const lastRun = (l: Label) => l.rides[l.rides.length - 1]!.run.key;
  const sureRuns = new Set(first.map(lastRun));
  return found.filter(
    (l) => first.includes(l) || (l.status === 'possible' && arrives(l).earliest < latest && !sureRuns.has(lastRun(l))),
  );
}

const sameSpan = (a: Span, b: Span): boolean => a.earliest === b.earliest && a.latest === b.latest;

/** Of two sure journeys arriving alike, whether `b` (found h-th) is kept rather than `a` (found i-th). */
function preferred(b: Label, h: number, a: Label, i: number): boolean {
  if (b.changes.length !== a.changes.length) return b.changes.length < a.changes.length;
  if (leaves(b).earliest !== leaves(a).earliest) return leaves(b).earliest > leaves(a).earliest;
  return h < i;
}

/**
 * Drops a journey when another leaves no earlier and arrives no later, as
 * sure and with no more changes: taking the first only means waiting longer.
 * A direct ride is always kept. Sorted by departure, then arrival.
 */
function withoutLongerWaits(journeys: Label[]): Label[] {
  // Only a journey leaving between this one's departure and its arrival can beat it: look at those alone, in order of departure.
  const order = journeys
    .map((j, i) => ({ j, i }))
    .sort((a, b) => leaves(a.j).earliest - leaves(b.j).earliest || a.i - b.i);
  const beaten = (j: Label, i: number): boolean => {
    let lo = 0;
    let hi = order.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (leaves(order[mid]!.j).earliest < leaves(j).earliest) lo = mid + 1;
      else hi = mid;
    }
    for (let at = lo; at < order.length && leaves(order[at]!.j).earliest <= arrives(j).earliest; at++) {
      const { j: k, i: h } = order[at]!;
      if (h !== i && beats(k, j) && (!beats(j, k) || h < i)) return true;
    }
    return false;
  };
  const kept = journeys.filter((j, i) => j.changes.length === 0 || !beaten(j, i));
  return kept.sort(
    (a, b) =>
      leaves(a).earliest - leaves(b).earliest ||
      arrives(a).earliest - arrives(b).earliest ||
      arrives(a).latest - arrives(b).latest,
  );
}

/**
 * Arrive-by: of the journeys arriving by the end of `by`, the sure one that
 * leaves last and the possible ones leaving after it.
 */
function latestArrivingBy(journeys: Label[], by: Span): Label[] {
  const sure = journeys
    .filter((j) => j.status === 'sure' && arrives(j).latest <= by.latest)
    .sort((a, b) => leaves(b).earliest - leaves(a).earliest || a.changes.length - b.changes.length)[0];
  return journeys.filter(
    (j) =>
      j === sure ||
      (j.status === 'possible' &&
        arrives(j).earliest <= by.latest &&
        (!sure || leaves(j).earliest > leaves(sure).earliest)),
  );
}

function toJourney(label: Label, legs: LegMaker): Journey {
  return {
    status: label.status,
    legs: label.rides.map((r) => legMade(r, legs)),
    changes: label.changes,
    leaves: leaves(label),
    arrives: arrives(label),
  };
}
