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
import { formatIsoDate, MS_PER_DAY, MS_PER_MINUTE, type EpochDay } from './days.js';
import { expandLeg, resolveEvent, type Departure, type Leg, type ResolvedEvent } from './expand.js';
import { matchStation } from './match.js';
import { carrierAt } from './through.js';
import type { Catalog, Station } from './model.js';
import { alightingKind, alightingSpan, daySpan, judgeChange, runSpans, type ChangeStatus, type Span, type StopSpans } from './bounds.js';
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
   * Only when `journeys` is empty (and not for arrive-by): the journeys of the
   * first date in the NEXT_SEARCH_DAYS after the window that has any (empty when none has).
   */
  next?: Journey[];
}

/** How far past an empty window to look for the next journey: three months hold every monthly car's next run. */
export const NEXT_SEARCH_DAYS = 92;

/** A departure with its spans, ready to be boarded. */
interface Boarding {
  departure: Departure;
  leaves: Span;
  arrives: Span;
  /** The local date it leaves on, at its station. */
  day: EpochDay;
  /** Same leg, same run. */
  runKey: string;
  legKey: string;
}

interface Label {
  station: Station;
  legs: Boarding[];
  changes: JourneyChange[];
  status: ChangeStatus;
  /** The local date of the first leg, which bounds how late the later legs may leave. */
  firstDay: EpochDay;
}

/** Plans journeys from `from` to `to` (station names as a user types them); throws a UsageError (errors.ts) for an unknown or same station or a bad window. */
export function planJourneys(catalog: Catalog, from: string, to: string, options: JourneyOptions): JourneyPlan {
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
    arriveBy = resolveDay(options.arriveBy, todayIn(destination.timeZone, options.now));
    // A journey arriving by that date left at most the longest wait plus a few days of riding before it.
    first = arriveBy - maxWait - 10;
    last = arriveBy;
    notBefore = null;
  } else {
    ({ first, last, notBefore } = resolveWindow(options.window, origin.timeZone, options.now));
  }

  const network = boardings(catalog, first - 1, last + maxWait + 1);
  const byDay = new Map<EpochDay, Boarding[]>();
  for (const b of network.get(origin.id) ?? []) {
    if (b.day < first || b.day > last) continue;
    if (notBefore !== null && b.leaves.latest < notBefore) continue;
    const list = byDay.get(b.day) ?? [];
    list.push(b);
    byDay.set(b.day, list);
  }

  let journeys: Label[] = [];
  for (const [day, starts] of [...byDay].sort((a, b) => a[0] - b[0])) {
    // Every direct ride is listed, even one that another beats (two services at the same time), but a through car
    // leaving in a train that is listed too is that train, as the lookup shows it.
    const direct = starts.filter((b) => b.departure.to.station.id === destination.id);
    for (const b of direct) if (!direct.some((c) => inTrainOf(b, c))) journeys.push(startLabel(b, day));
    journeys.push(...bestOfDay(search(starts, day, destination, network, { changeMs, maxChanges, maxWait })).filter((l) => l.changes.length > 0));
  }
  journeys = withoutLongerWaits(journeys);
  if (arriveBy !== null) journeys = latestArrivingBy(journeys, daySpan(destination.timeZone, arriveBy));
  const plan: JourneyPlan = { from: origin, to: destination, first, last, arriveBy, journeys: journeys.map(toJourney) };
  if (plan.journeys.length === 0 && arriveBy === null && !options.noNext) {
    const after = { from: { kind: 'date' as const, day: last + 1, text: formatIsoDate(last + 1) }, days: NEXT_SEARCH_DAYS };
    const later = planJourneys(catalog, from, to, { ...options, window: after, noNext: true }).journeys;
    const day = later[0]?.legs[0]!.departure.from.epochDay;
    plan.next = later.filter((j) => j.legs[0]!.departure.from.epochDay === day);
  }
  return plan;
}

/**
 * Every departure of every leg of every service, grouped by the station it
 * leaves, in order of its earliest time. A leg runs from any stop whose
 * departure date is published to any later stop.
 */
function boardings(catalog: Catalog, first: EpochDay, last: EpochDay): Map<string, Boarding[]> {
  const byStation = new Map<string, Boarding[]>();
  for (const service of catalog.services) {
    const n = service.stops.length;
    // One leg object per stretch, as the renderers key their templates by leg.
    const legs = service.stops.map((_, fromIndex) => service.stops.map((_, toIndex): Leg => ({ service, fromIndex, toIndex })));
    // Each event of a run is resolved once (the zone math is an Intl call), whichever legs of the run use it.
    const runs = new Map<EpochDay, { events: Map<string, ResolvedEvent>; spans?: StopSpans[] }>();
    for (let fromIndex = 0; fromIndex < n - 1; fromIndex++) {
      // expandLeg gives the dated departures from this stop; the longer legs of the same run reuse its events.
      for (const base of expandLeg(legs[fromIndex]![fromIndex + 1]!, first, last)) {
        let cached = runs.get(base.serviceDate);
        if (!cached) runs.set(base.serviceDate, (cached = { events: new Map() }));
        const { events } = cached;
        events.set(`${fromIndex}:departure`, base.from);
        events.set(`${fromIndex + 1}:${alightingKind(service, fromIndex + 1)}`, base.to);
        const resolve = (index: number, kind: 'arrival' | 'departure'): ResolvedEvent => {
          const key = `${index}:${kind}`;
          let event = events.get(key);
          if (!event) events.set(key, (event = resolveEvent(service, base.serviceDate, index, kind)));
          return event;
        };
        const run = (cached.spans ??= runSpans(service, base.serviceDate, resolve));
        const list = byStation.get(base.from.station.id) ?? [];
        for (let toIndex = fromIndex + 1; toIndex < n; toIndex++) {
          const to = resolve(toIndex, alightingKind(service, toIndex));
          // departureOn's departure of the longer leg, from events already resolved.
          const durationMinutes = base.from.instant !== null && to.instant !== null ? Math.round((to.instant - base.from.instant) / MS_PER_MINUTE) : null;
          const departure: Departure = toIndex === fromIndex + 1 ? base : { ...base, leg: legs[fromIndex]![toIndex]!, to, durationMinutes };
          list.push({
            departure,
            leaves: run[fromIndex]!.departure,
            arrives: alightingSpan(service, run, toIndex),
            day: base.from.epochDay!,
            runKey: `${service.id}@${base.serviceDate}`,
            legKey: `${service.id}/${fromIndex}/${toIndex}`,
          });
        }
        byStation.set(base.from.station.id, list);
      }
    }
  }
  for (const list of byStation.values()) list.sort((a, b) => a.leaves.earliest - b.leaves.earliest);
  return byStation;
}

interface Limits {
  changeMs: number;
  maxChanges: number;
  maxWait: number;
}

/** True when `car` leaves in `train`'s train: same station, same instant, and the car's stop names that service as its carrier. */
function inTrainOf(car: Boarding, train: Boarding): boolean {
  const d = car.departure;
  return d.from.instant !== null && d.from.instant === train.departure.from.instant && carrierAt(d.service, d.leg.fromIndex) === train.departure.service.id;
}

/** A journey of one leg, the start of every longer one. */
const startLabel = (b: Boarding, day: EpochDay): Label => ({ station: b.departure.to.station, legs: [b], changes: [], status: 'sure', firstDay: day });

/** A departure may differ from its local date's midnight by a day (a span of a day) plus a zone's offset: look that far back. */
const SLACK_MS = 2 * MS_PER_DAY;

/** The journeys to `destination` whose first leg is one of `starts` (all leaving on `day`): the bag of labels at the destination. */
function search(starts: Boarding[], day: EpochDay, destination: Station, network: Map<string, Boarding[]>, limits: Limits): Label[] {
  const bags = new Map<string, Label[]>();
  let round: Label[] = [];
  for (const b of starts) {
    const label = startLabel(b, day);
    if (insert(bags, label)) round.push(label);
  }
  for (let k = 0; k < limits.maxChanges && round.length > 0; k++) {
    const next: Label[] = [];
    for (const label of round) {
      if (label.station.id === destination.id) continue;
      for (const extended of continuations(label, network, limits)) if (insert(bags, extended)) next.push(extended);
    }
    round = next;
  }
  // A label may have been beaten after it was taken on to the next round: only the bag's survivors count.
  return bags.get(destination.id) ?? [];
}

/** The labels one more leg makes of `label`: for each leg leaving its station, the first departure it possibly catches and the first it surely catches. */
function* continuations(label: Label, network: Map<string, Boarding[]>, limits: Limits): Generator<Label> {
  const list = network.get(label.station.id);
  if (!list) return;
  const last = label.legs[label.legs.length - 1]!;
  const visited = new Set([label.legs[0]!.departure.from.station.id, ...label.legs.map((l) => l.departure.to.station.id)]);
  const runs = new Set(label.legs.map((l) => l.runKey));
  const settled = new Set<string>();
  const possibleTaken = new Set<string>();
  const lastDay = label.firstDay + limits.maxWait;
  for (let i = lowerBound(list, last.arrives.earliest + limits.changeMs - SLACK_MS); i < list.length; i++) {
    const b = list[i]!;
    // Sorted by earliest departure: past the end of the last local date anywhere on Earth, nothing more can be taken.
    if (b.leaves.earliest > (lastDay + 2) * MS_PER_DAY) break;
    if (b.day > lastDay) continue;
    if (settled.has(b.legKey) || visited.has(b.departure.to.station.id)) continue;
    // Staying in the same car is not a change: that journey is the longer leg.
    if (runs.has(`${b.departure.service.id}@${b.departure.serviceDate}`)) continue;
    const status = judgeChange(last.arrives, b.leaves, limits.changeMs);
    if (status === undefined) continue;
    if (status === 'possible') {
      if (possibleTaken.has(b.legKey)) continue;
      possibleTaken.add(b.legKey);
    } else {
      settled.add(b.legKey);
    }
    const change = describeChange(label.station, last.arrives, b.leaves, status, limits.changeMs);
    yield {
      station: b.departure.to.station,
      legs: [...label.legs, b],
      changes: [...label.changes, change],
      status: status === 'possible' || label.status === 'possible' ? 'possible' : 'sure',
      firstDay: label.firstDay,
    };
  }
}

function describeChange(station: Station, arrives: Span, leaves: Span, status: ChangeStatus, changeMs: number): JourneyChange {
  const minutes = (ms: number) => Math.round(ms / MS_PER_MINUTE);
  const exactDeparture = leaves.earliest === leaves.latest;
  return {
    station,
    status,
    minWaitMinutes: Math.max(0, minutes(leaves.earliest - arrives.latest)),
    maxWaitMinutes: Number.isFinite(leaves.latest - arrives.earliest) ? minutes(leaves.latest - arrives.earliest) : null,
    arriveBy: status === 'possible' && exactDeparture ? leaves.earliest - changeMs : null,
  };
}

/** The first index whose earliest departure is at or after `at`. */
function lowerBound(list: Boarding[], at: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.leaves.earliest < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const arrives = (l: Label): Span => l.legs[l.legs.length - 1]!.arrives;
const leaves = (l: Label): Span => l.legs[0]!.leaves;
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
 * What one departure date offers: the sure journeys that
 * arrive first (one when the times are known; with spans, each that no other
 * sure one beats on both ends); and the possible journeys that could arrive
 * before every sure one.
 */
function bestOfDay(found: Label[]): Label[] {
  const sure = found.filter((l) => l.status === 'sure');
  const first = sure.filter((a, i) => !sure.some((b, h) => h !== i && arrivesNoLater(b, a) && (!arrivesNoLater(a, b) || b.changes.length < a.changes.length || (b.changes.length === a.changes.length && h < i))));
  const soonest = Math.min(...first.map((l) => arrives(l).earliest));
  return found.filter((l) => first.includes(l) || (l.status === 'possible' && arrives(l).earliest < soonest));
}

function arrivesNoLater(a: Label, b: Label): boolean {
  return arrives(a).earliest <= arrives(b).earliest && arrives(a).latest <= arrives(b).latest;
}

/**
 * Drops a journey when another leaves no earlier and arrives no later, as
 * sure and with no more changes: taking the first only means waiting longer.
 * A direct ride is always kept. Sorted by departure, then arrival.
 */
function withoutLongerWaits(journeys: Label[]): Label[] {
  const kept = journeys.filter((j, i) => j.changes.length === 0 || !journeys.some((k, h) => h !== i && beats(k, j) && (!beats(j, k) || h < i)));
  return kept.sort((a, b) => leaves(a).earliest - leaves(b).earliest || arrives(a).earliest - arrives(b).earliest || arrives(a).latest - arrives(b).latest);
}

/**
 * Arrive-by: of the journeys arriving by the end of `by`, the sure one that
 * leaves last and the possible ones leaving after it.
 */
function latestArrivingBy(journeys: Label[], by: Span): Label[] {
  const sure = journeys.filter((j) => j.status === 'sure' && arrives(j).latest <= by.latest).sort((a, b) => leaves(b).earliest - leaves(a).earliest || a.changes.length - b.changes.length)[0];
  return journeys.filter((j) => j === sure || (j.status === 'possible' && arrives(j).earliest <= by.latest && (!sure || leaves(j).earliest > leaves(sure).earliest)));
}

function toJourney(label: Label): Journey {
  return {
    status: label.status,
    legs: label.legs.map((b) => ({ departure: b.departure, leaves: b.leaves, arrives: b.arrives })),
    changes: label.changes,
    leaves: leaves(label),
    arrives: arrives(label),
  };
}
