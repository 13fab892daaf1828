/**
 * Meaning checks: schedule data that is well-formed but cannot be right.
 *
 * They run on the Catalog as read (catalog.ts calls them on every load), so a
 * lookup refuses bad data with exactly the messages `railnext validate` gives.
 * Each problem is reported at the JSON pointer of the value at fault.
 */
import { formatClock, formatIsoDate, MS_PER_DAY, type EpochDay } from '../domain/days.js';
import { resolveEvent } from '../domain/expand.js';
import { normalizeName } from '../domain/names.js';
import type { Catalog, Runs, Service, Station } from '../domain/model.js';
import { runsOn, serviceDates } from '../domain/rules.js';
import { instantToWall, isoOffset, offsetChanges, wallToInstant } from '../domain/zones.js';
import { openEndedHorizon } from './check-horizon.js';
import type { Reader } from './reader.js';

/** Where a domain object was read from. */
export interface Place {
  reader: Reader;
  pointer: string;
  layer: string;
}

/** A service's `runs`, with the positions of its `added` and `cancelled` dates in the file. */
export interface RunsPlace extends Place {
  added: number[];
  cancelled: number[];
}

export type Places = WeakMap<object, Place>;

/** One definition of an id, in file order. */
export interface Definition {
  kind: 'station' | 'route' | 'service';
  id: string;
  place: Place;
}

/** The names a station answers to: what the shared-name check reads, of a whole station or of one with a bad field. */
export type Names = Pick<Station, 'id' | 'name' | 'aliases'>;

/**
 * What was read but could not be kept, still checked so that one bad value
 * hides nothing else: services whole but for their route; stations that
 * answer to their names though a field of theirs is bad; the rules of
 * services that could not be built (a stop at an unknown station).
 */
export interface Loose {
  services?: Service[];
  stations?: Names[];
  runs?: { runs: Omit<Runs, 'zone'>; place: RunsPlace }[];
}

/** How old a last-checked date may be before `validate` warns. */
export const STALE_AFTER_DAYS = 365;

/** Runs every meaning check, reporting through each object's reader. */
export function checkCatalog(
  catalog: Catalog,
  places: Places,
  definitions: Definition[],
  checked: { r: Reader; day: EpochDay }[],
  now: number | undefined,
  loose: Loose = {},
  checkedLayers: ReadonlySet<string> = new Set(),
  /** The documents' readers in the order they were read, to tell which of two definitions comes later. */
  fileOrder: ReadonlyMap<Reader, number> = new Map(),
): void {
  checkDuplicates(definitions, fileOrder);
  const stations: Names[] = [...catalog.stations, ...(loose.stations ?? [])];
  // Names shared within checked layers were found when they were checked: only a station of another layer can add one.
  if (stations.some((station) => !checkedLayers.has(places.get(station)?.layer ?? '')))
    checkSharedNames(stations, places);
  for (const { runs, place } of loose.runs ?? []) if (!checkedLayers.has(place.layer)) checkRuns(runs, place);
  for (const service of [...catalog.services, ...(loose.services ?? [])]) {
    const place = places.get(service);
    if (!place || checkedLayers.has(place.layer)) continue;
    const runsPlace = places.get(service.runs) as RunsPlace | undefined;
    if (runsPlace) checkRuns(service.runs, runsPlace);
    checkTimeOrder(service, places);
    checkDerivedFrom(service, place);
  }
  if (now !== undefined) checkAge(checked, Math.floor(now / MS_PER_DAY));
}

/**
 * A time given as `journeyMinutes` counts from the previous stop's departure,
 * itself published or counted on from one that is: after a departure with no
 * time (or no departure at all) it can never be worked out, and would show
 * as "?" for ever.
 */
function checkDerivedFrom(service: Service, place: Place): void {
  // Whether the departure of each stop so far has a time, published or derived from one.
  let previousTimed = false;
  service.stops.forEach((stop, index) => {
    for (const kind of ['arrival', 'departure'] as const) {
      const event = stop[kind];
      if (!event || event.journeyMinutes === null || index === 0 || previousTimed) continue;
      const previous = service.stops[index - 1]!.station;
      place.reader.problem(
        `${place.pointer}/stops/${index}/${kind}/journeyMinutes`,
        `counts from the departure at ${previous.id} (stop ${index - 1}), which has no time of its own and none that can be worked out: this time can never be known`,
        'warning',
      );
    }
    const departure = stop.departure;
    previousTimed =
      departure !== undefined &&
      (departure.journeyMinutes === null ? departure.day !== null && departure.time !== null : previousTimed);
  });
}

function where(place: Place): string {
  return `${place.reader.file}:${place.pointer}`;
}

/**
 * An id defined twice in one layer, reported at the later definition (in
 * file order, whichever of the two could be read whole); a later layer
 * replacing an earlier one is no problem.
 */
function checkDuplicates(definitions: Definition[], fileOrder: ReadonlyMap<Reader, number>): void {
  // Most ids are defined once: only those seen again get a list.
  const first = new Map<string, Definition>();
  const twice = new Map<string, Definition[]>();
  for (const d of definitions) {
    const key = `${d.kind}\u0000${d.place.layer}\u0000${d.id}`;
    const earlier = first.get(key);
    if (earlier === undefined) first.set(key, d);
    else twice.set(key, [...(twice.get(key) ?? [earlier]), d]);
  }
  if (twice.size === 0) return;
  // In the order the ids were first met, as the problems of a file are told.
  for (const key of first.keys()) {
    const same = twice.get(key);
    if (!same) continue;
    const [earliest, ...later] = inFileOrder(same, fileOrder);
    for (const d of later)
      d.place.reader.problem(
        `${d.place.pointer}/id`,
        `duplicate ${d.kind} id "${d.id}" (first defined at ${where(earliest!.place)})`,
      );
  }
}

/** Definitions by file (in the order the files were read), then by their place in the file. */
function inFileOrder(definitions: Definition[], files: ReadonlyMap<Reader, number>): Definition[] {
  // A definition's pointer is /stations/N or /routes/N[/services/M]: compared as numbers, part by part.
  const parts = (d: Definition) => d.place.pointer.split('/').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
  return definitions
    .map((d) => ({ d, file: files.get(d.place.reader) ?? 0, at: parts(d) }))
    .sort((a, b) => a.file - b.file || comparePointers(a.at, b.at))
    .map(({ d }) => d);
}

function comparePointers(a: (string | number)[], b: (string | number)[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x === y) continue;
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    // "stations" before "routes", as files are read.
    return x === 'stations' ? -1 : y === 'stations' ? 1 : String(x) < String(y) ? -1 : 1;
  }
  return a.length - b.length;
}

/** A name or alias that two stations answer to: a query for it would silently pick one. */
function checkSharedNames(stations: Names[], places: Places): void {
  const owners = new Map<string, Names>();
  for (const station of stations) {
    const names: [string, string][] = [
      ['id', station.id],
      ['name', station.name],
      ...station.aliases.map((alias, i): [string, string] => [`aliases/${i}`, alias]),
    ];
    for (const [field, name] of names) {
      const key = normalizeName(name);
      if (key === '') continue;
      const owner = owners.get(key);
      if (!owner) owners.set(key, station);
      // Two stations of one id are a duplicate id, told as such.
      else if (owner !== station && owner.id !== station.id) {
        const place = places.get(station);
        const ownerPlace = places.get(owner);
        place?.reader.problem(
          `${place.pointer}/${field}`,
          `"${name}" is also a name of station "${owner.id}"${ownerPlace ? ` (${where(ownerPlace)})` : ''}`,
        );
      }
    }
  }
}

function checkRuns(runs: Omit<Runs, 'zone'>, place: RunsPlace): void {
  const r = place.reader;
  const range =
    runs.until === null
      ? `from ${formatIsoDate(runs.from)}`
      : `from ${formatIsoDate(runs.from)} to ${formatIsoDate(runs.until)}`;
  if (runs.until !== null && runs.until < runs.from) {
    r.problem(
      `${place.pointer}/until`,
      `the last date ${formatIsoDate(runs.until)} is before the first date ${formatIsoDate(runs.from)}`,
    );
    return;
  }
  const outside = (day: EpochDay) => day < runs.from || (runs.until !== null && day > runs.until);
  runs.added.forEach((day, i) => {
    if (outside(day))
      r.problem(
        `${place.pointer}/added/${place.added[i]}`,
        `added date ${formatIsoDate(day)} is outside the service's dates (${range})`,
      );
  });
  runs.cancelled.forEach((day, i) => {
    if (outside(day))
      r.problem(
        `${place.pointer}/cancelled/${place.cancelled[i]}`,
        `cancelled date ${formatIsoDate(day)} is outside the service's dates (${range})`,
      );
    // rules.ts lets an added date win; the file says both, so say which one counts.
    else if (runs.added.includes(day))
      r.problem(
        `${place.pointer}/cancelled/${place.cancelled[i]}`,
        `date ${formatIsoDate(day)} is both added and cancelled: it is taken as added, and the service runs`,
        'warning',
      );
  });
  // Cancellations are left out: cancelling every date is deliberate, a rule that matches none is a mistake.
  if (runs.until !== null && serviceDates({ ...runs, cancelled: [] }, runs.from, runs.until).next().done) {
    r.problem(place.pointer, `the service never runs: no date ${range} matches its rule`);
  }
}

/**
 * The service dates on which time order is checked: the first service date,
 * and the dates around every change of offset in the zones the service
 * touches, over all its dates when it has a last one (a journey that is fine in winter can arrive
 * before it leaves once one end moves its clocks and the other has not yet),
 * and as far as check-horizon.ts shows answers for every later date when it
 * has none; and every added date.
 * The changes are the zone's own (zones.ts: the bin's build-time table, or
 * found once per zone and year and kept), so a check looks up the instants of
 * the changes instead of walking the dates.
 *
 * A service date's events lie between its midnight and `span` days after it
 * on clocks less than a day from UTC, so a change can fall inside the
 * journeys of the dates from `span` days before its UTC day to the day after
 * only. The first service date after those runs wholly on the offsets that
 * hold until the next change, and so speaks for every date up to that one:
 * those are the dates taken around each change (the service dates of those
 * days, and the first after them).
 */
function timeOrderDates(service: Service): EpochDay[] {
  const { runs } = service;
  const zones = new Set<string>();
  // The last published day, and the days derived times can add after it: a sum of every event's day would grow
  // with the stops, and with it the dates checked (a train of 1,000 stops took seconds to load).
  let lastDay = 0;
  let derivedMinutes = 0;
  for (const stop of service.stops) {
    zones.add(stop.station.timeZone);
    for (const event of [stop.arrival, stop.departure]) {
      if (!event) continue;
      zones.add(event.zone);
      lastDay = Math.max(lastDay, event.day ?? 0);
      derivedMinutes += event.journeyMinutes ?? 0;
    }
  }
  const span = 1 + lastDay + Math.ceil(derivedMinutes / 1440);
  const listedUntil = runs.cancelled.reduce((a, b) => Math.max(a, b), runs.from);
  const horizon = runs.until ?? openEndedHorizon([...zones], runs.from, listedUntil, span);
  const first = serviceDates(runs, runs.from, horizon).next();
  const dates = new Set<EpochDay>(first.done ? [] : [first.value]);
  // An added date may lie anywhere, past the horizon too; it costs one journey to check.
  for (const day of runs.added) if (day >= runs.from && (runs.until === null || day <= runs.until)) dates.add(day);
  for (const zone of zones) {
    for (const change of offsetChanges(zone, (runs.from - span) * MS_PER_DAY, (horizon + span + 1) * MS_PER_DAY)) {
      const changeDay = Math.floor(change / MS_PER_DAY);
      for (let date = changeDay - span; date <= Math.min(changeDay + 1, horizon); date++)
        if (runsOn(runs, date)) dates.add(date);
      for (let date = changeDay + 2; date <= horizon; date++) {
        if (!runsOn(runs, date)) continue;
        dates.add(date);
        break;
      }
    }
  }
  return [...dates].sort((a, b) => a - b);
}

/**
 * Times along a service must not go back once each is placed on its own
 * clock and day: a Moscow-time departure after a Vladivostok-time arrival is
 * compared as instants. An event with a date but no time stands for its whole
 * local day at the station: it is wrong only if that day ends before an
 * earlier event, or starts after a later one.
 */
function checkTimeOrder(service: Service, places: Places): void {
  const dates = timeOrderDates(service);
  for (const date of dates) {
    // One report per service: the first date on which its times run backwards.
    if (checkTimeOrderOn(service, date, date === dates[0] ? 'the first service date' : 'the service date', places))
      return;
  }
}

type EventKind = 'arrival' | 'departure';
const KINDS: readonly EventKind[] = ['arrival', 'departure'];

/** An event's instant, or the bounds of its local day when it has a date and no time; null when it has neither. */
function eventSpan(service: Service, date: EpochDay, index: number, kind: EventKind): [number, number] | null {
  const { instant, epochDay } = resolveEvent(service, date, index, kind);
  if (instant !== null) return [instant, instant];
  if (epochDay === null) return null;
  const zone = service.stops[index]!.station.timeZone;
  return [wallToInstant(zone, epochDay, 0), wallToInstant(zone, epochDay + 1, 0) - 1];
}

/** An event in the words of a problem. */
function eventLabel(service: Service, date: EpochDay, index: number, kind: EventKind): string {
  const stop = service.stops[index]!;
  const where = `the ${kind} ${kind === 'arrival' ? 'at' : 'from'} ${stop.station.id}`;
  const { instant, epochDay } = resolveEvent(service, date, index, kind);
  if (instant !== null) return `${where} (${describeInstant(stop.station.timeZone, instant)})`;
  return `${where} (on ${formatIsoDate(epochDay!)})`;
}

/**
 * Reports times that run backwards on one service date; true when it found any. It runs for every service on
 * dozens of dates (timeOrderDates), so it keeps the event that set the bound rather than words for it: the
 * words are made only for a problem, which most services never have.
 */
function checkTimeOrderOn(service: Service, date: EpochDay, which: string, places: Places): boolean {
  let found = false;
  // The latest lower bound so far (an instant, or the start of a date-only event's day), and the event behind it.
  let previousAt = 0;
  let previousIndex = -1;
  let previousKind: EventKind = 'arrival';
  const { stops } = service;
  for (let index = 0; index < stops.length; index++) {
    for (const kind of KINDS) {
      const event = stops[index]![kind];
      if (!event) continue;
      const span = eventSpan(service, date, index, kind);
      if (span === null) continue;
      if (previousIndex >= 0 && span[1] < previousAt) {
        const place = places.get(event);
        place?.reader.problem(
          place.pointer,
          `time runs backwards: ${eventLabel(service, date, index, kind)} is before ${eventLabel(service, date, previousIndex, previousKind)}, on ${which} ${formatIsoDate(date)}`,
        );
        found = true;
      }
      if (previousIndex < 0 || span[0] >= previousAt) {
        previousAt = span[0];
        previousIndex = index;
        previousKind = kind;
      }
    }
  }
  return found;
}

function describeInstant(zone: string, instant: number): string {
  const wall = instantToWall(zone, instant);
  return `${formatIsoDate(wall.epochDay)} ${formatClock(wall.minuteOfDay)} ${isoOffset(wall.offsetMinutes)}`;
}

/** Old data is worth a warning, not a refusal: the times may well still hold. */
function checkAge(checked: { r: Reader; day: EpochDay }[], today: EpochDay): void {
  for (const { r, day } of checked) {
    if (today - day > STALE_AFTER_DAYS) {
      r.problem(
        '/lastChecked',
        `last checked ${formatIsoDate(day)}, over a year before ${formatIsoDate(today)}: times may have changed`,
        'warning',
      );
    } else if (day > today) {
      r.problem('/lastChecked', `last checked ${formatIsoDate(day)}, after today (${formatIsoDate(today)})`, 'warning');
    }
  }
}
