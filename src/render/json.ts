/**
 * The JSON contract (documented in the README): pure functions from the
 * domain's departures to plain objects.
 */
import { STALE_AFTER_DAYS, type DataAge } from '../domain/age.js';
import { formatClock, formatIsoDate, MS_PER_DAY, MS_PER_MINUTE } from '../domain/days.js';
import type { Departure, Leg, ResolvedEvent } from '../domain/expand.js';
import type { Lookup } from '../domain/lookup.js';
import type { Confidence, Mode, Status } from '../domain/model.js';
import { jsonStation, type JsonStation } from './station-json.js';
import { legNumbers, numberAt, throughCarsNote } from '../domain/through.js';
import { formatOffset } from '../present/offset.js';
import { jsonFare, type JsonFare } from './fares.js';
import { ByteWriter } from './bytes.js';
import { jsonSafe } from './text.js';
import { schemaPath } from './schema-ids.js';
import { reasonText, remarkText, staleWarning } from '../present/sentences.js';
import { jsonNearest, type JsonNearest } from './nearest-json.js';

export interface JsonEvent {
  station: JsonStation;
  /** Local date at the station, or null when not published. */
  date: string | null;
  /** Local time HH:MM, or null when not published. */
  time: string | null;
  /** ISO 8601 local date-time with offset, or null when the time is not published. */
  at: string | null;
  /** The same instant in UTC, ISO 8601 with Z ("2026-11-27T05:30:00Z"): for scripts whose date parsers misread offsets. */
  utc: string | null;
  utcOffset: string | null;
  /** The time as published with the zone whose clock it was given in ("08:30 Europe/Moscow"). */
  published: string | null;
  derived: boolean;
  confidence: Confidence;
  sources: string[];
}

export interface JsonDeparture {
  service: string;
  route: string;
  name: string;
  mode: Mode;
  /** The train or bus number at the departure station. */
  number: string | null;
  /** Every number the car runs under on the part travelled, in order (["K27", "95", "52"]). */
  numbers: string[];
  departure: JsonEvent;
  arrival: JsonEvent;
  durationMinutes: number | null;
  timesPerDay: number;
  status: Status;
  /** Qualifies the status ("no run confirmed"), or null. */
  statusNote: string | null;
  confidence: Confidence;
  notes: string[];
  sources: string[];
  fares: JsonFare[];
  /** Through cars of other services that leave in this train here; their own rows are not listed. */
  throughCars: JsonThroughCar[];
}

export interface JsonThroughCar {
  service: string;
  name: string;
  /** Where the car started and where it goes: station ids. */
  from: string;
  to: string;
  /** The number the car leaves under here, and every number it runs under on the way. */
  number: string | null;
  numbers: string[];
  /** Where the car's run from here ends, as a departure's arrival: for a car joining here, where the train takes it. */
  arrival: JsonEvent;
  durationMinutes: number | null;
}

export interface JsonLookup {
  /** The document's schema in the installed package: "railnext/schemas/departures.json". */
  $schema: string;
  query: string | null;
  destination: string | null;
  from: string;
  until: string;
  departures: JsonDeparture[];
  /** Only when `departures` is empty: the first departure after the window, if any. */
  next?: JsonDeparture | null;
  /** Why no departure can be listed at all (no such service, or only unpublished dates); null otherwise. */
  reason: string | null;
  /** Only when no service runs between the two stations: the nearest stations that have one, and the routes without a timetable. */
  nearest?: JsonNearest;
  notes: string[];
  lastChecked: string | null;
  /** The month of the newest source behind the data (YYYY-MM), or null. */
  sourcesUpTo: string | null;
  /** How old the data is at --now; `warning` is the line printed on stderr when over 180 days. Null when not computed. */
  dataAge: { daysSinceChecked: number | null; staleAfterDays: number; stale: boolean; warning: string | null } | null;
}

/** Whether an event has its time, and so its offset, as well as its date. */
function timed(event: ResolvedEvent): boolean {
  return (
    event.instant !== null && event.minuteOfDay !== null && event.offsetMinutes !== null && event.epochDay !== null
  );
}

/** The fields of an event that change from date to date: date, time, at, utc, utcOffset. */
function datedFields(event: ResolvedEvent): Pick<JsonEvent, 'date' | 'time' | 'at' | 'utc' | 'utcOffset'> {
  const known = timed(event);
  const date = event.epochDay === null ? null : formatIsoDate(event.epochDay);
  const time = known ? formatClock(event.minuteOfDay!) : null;
  const utcOffset = known ? formatOffset(event.offsetMinutes!) : null;
  const utc = known ? utcOf(event.instant!) : null;
  return { date, time, at: known ? `${date}T${time}:00${utcOffset}` : null, utc, utcOffset };
}

function jsonEvent(event: ResolvedEvent): JsonEvent {
  return {
    station: jsonStation(event.station),
    ...datedFields(event),
    published: event.published ? `${formatClock(event.published.time)} ${event.published.zone}` : null,
    derived: event.derived,
    confidence: event.confidence,
    sources: event.sources,
  };
}

/** One departure as the JSON shows it. */
export function jsonDeparture(d: Departure): JsonDeparture {
  const s = d.service;
  const notes = [...s.notes];
  for (const note of [d.from.note, d.to.note, throughCarsNote(d)]) if (note && !notes.includes(note)) notes.push(note);
  const sources = [...new Set([...s.sources, ...d.from.sources, ...d.to.sources, ...(s.numberFact?.sources ?? [])])];
  return {
    service: s.id,
    route: s.route.id,
    name: s.name,
    mode: s.mode,
    number: numberAt(s, d.leg.fromIndex),
    numbers: legNumbers(d.leg),
    departure: jsonEvent(d.from),
    arrival: jsonEvent(d.to),
    durationMinutes: d.durationMinutes,
    timesPerDay: s.timesPerDay,
    status: s.status,
    statusNote: s.statusNote ?? null,
    confidence: s.confidence,
    notes,
    sources,
    fares: s.fares.map(jsonFare),
    throughCars: (d.throughCars ?? []).map((car) => {
      const stops = car.service.stops;
      return {
        service: car.service.id,
        name: car.service.name,
        from: stops[0]!.station.id,
        to: stops[stops.length - 1]!.station.id,
        number: numberAt(car.service, car.leg.fromIndex),
        numbers: legNumbers(car.leg),
        arrival: jsonEvent(car.to),
        durationMinutes: car.durationMinutes,
      };
    }),
  };
}

/** The whole `--json` document for a lookup. */
export function jsonLookup(
  l: Lookup,
  departures: Departure[],
  next: Departure | undefined,
  lastChecked: number | null,
  age: DataAge | null = null,
): JsonLookup {
  return {
    $schema: schemaPath('departures'),
    query: l.query,
    destination: l.destination?.id ?? null,
    from: formatIsoDate(l.from),
    until: formatIsoDate(l.until),
    departures: departures.map(jsonDeparture),
    ...(departures.length === 0 ? { next: next ? jsonDeparture(next) : null } : {}),
    // The JSON carries the remarks and the reason in English, whatever --lang says.
    reason: l.reason && reasonText(l.reason),
    ...(l.reason?.kind === 'no-service-between' && l.reason.nearest ? { nearest: jsonNearest(l.reason.nearest) } : {}),
    notes: l.remarks.map((remark) => remarkText(remark)),
    lastChecked: lastChecked === null ? null : formatIsoDate(lastChecked),
    sourcesUpTo: age?.sourcesUpTo ?? null,
    dataAge: jsonDataAge(age),
  };
}

/** The `dataAge` field of the JSON documents. */
export function jsonDataAge(age: DataAge | null): JsonLookup['dataAge'] {
  return age === null
    ? null
    : {
        daysSinceChecked: age.daysSinceChecked,
        staleAfterDays: STALE_AFTER_DAYS,
        stale: age.stale,
        warning: staleWarning(age),
      };
}

/**
 * The `--json` document as chunks of UTF-8 bytes: byte for byte what
 * `JSON.stringify(jsonLookup(…), null, 2)` gives, without holding the
 * departures, so a century streams in flat memory.
 */
export function* jsonLookupChunks(
  l: Lookup,
  departures: Iterable<Departure>,
  lastChecked: number | null,
  age: DataAge | null = null,
): Generator<Uint8Array> {
  const ready: Uint8Array[] = [];
  const out = new ByteWriter((chunk) => ready.push(chunk));
  // Every field but the departures is jsonLookup's own, printed by JSON.stringify around an empty list.
  out.text(aroundDepartures(jsonLookup(l, [], undefined, lastChecked, age))[0]);
  let count = 0;
  for (const d of departures) {
    out.ascii(count === 0 ? '\n    ' : ',\n    ');
    writeDeparture(d, out, true);
    count++;
    if (ready.length) yield* ready.splice(0);
  }
  if (count > 0) out.ascii('\n  ');
  const rest = jsonLookup(l, [], count === 0 ? l.nextAfterWindow() : undefined, lastChecked, age);
  // jsonLookup gives `next` only with no departures; these were streamed, so say whether there were some.
  if (count > 0) delete rest.next;
  out.text(`${aroundDepartures(rest)[1]}\n`);
  out.flush();
  yield* ready.splice(0);
}

const EMPTY_DEPARTURES = '\n  "departures": [';

/** The pretty-printed document cut inside its empty `"departures": []`: [up to and with "[", from "]" on]. */
function aroundDepartures(doc: JsonLookup): [string, string] {
  const text = jsonSafe(JSON.stringify(doc, null, 2));
  // A key at this indent cannot occur inside a string value, whose line breaks are escaped.
  const at = text.indexOf(EMPTY_DEPARTURES) + EMPTY_DEPARTURES.length;
  return [text.slice(0, at), text.slice(at)];
}

/**
 * Writes a departure as JSON: pretty-printed at the depth of the `departures`
 * array (`--json`), or compact (a line of NDJSON, without its newline).
 *
 * Everything but its dates, times, offsets and durations is the same for every
 * departure of a leg carrying the same through cars (the service, its stations,
 * sources, notes), so that text is printed once by JSON.stringify with markers
 * in those places, encoded once, and only the markers are filled in per
 * departure: the bytes are JSON.stringify's, at a fraction of its cost.
 */
export function writeDeparture(d: Departure, out: ByteWriter, pretty: boolean): void {
  const { parts, slots } = templateFor(d, pretty);
  const cars = d.throughCars;
  for (let i = 0; i < slots.length; i++) {
    out.bytes(parts[i]!);
    const slot = slots[i]!;
    if (slot >= DURATION) {
      const minutes = slot === DURATION ? d.durationMinutes : cars![slot - DURATION - 1]!.durationMinutes;
      out.ascii(minutes === null ? 'null' : String(minutes));
      continue;
    }
    const k = slot >> 3;
    writeField(k === 0 ? d.from : k === 1 ? d.to : cars![k - 2]!.to, slot & 7, out);
  }
  out.bytes(parts[slots.length]!);
}

/** An event's per-date fields, in the order its object holds them. */
const FIELDS = ['date', 'time', 'at', 'utc', 'utcOffset'] as const;
/** Slots from this one on are durations: the departure's, then each through car's. */
const DURATION = 1 << 20;

// The event whose fields are being written: its date comes first, and the rest are worked out with it.
const current = {
  known: false,
  date: null as string | null,
  time: null as string | null,
  offset: null as string | null,
  instant: 0,
};

function writeField(event: ResolvedEvent, field: number, out: ByteWriter): void {
  if (field === 0) {
    current.known = timed(event);
    current.date = event.epochDay === null ? null : isoDate(event.epochDay);
    current.time = current.known ? clock(event.minuteOfDay!) : null;
    current.offset = current.known ? isoOffset(event.offsetMinutes!) : null;
    current.instant = event.instant ?? 0;
  }
  const { known, date, time, offset } = current;
  if (field === 0) out.quoted(date);
  else if (field === 1) out.quoted(time);
  else if (field === 3) {
    if (known) out.quoted(utcOf(current.instant));
    else out.ascii('null');
  } else if (field === 4) out.quoted(offset);
  else if (!known) out.ascii('null');
  else {
    out.ascii('"');
    out.ascii(date!);
    out.ascii('T');
    out.ascii(time!);
    out.ascii(':00');
    out.ascii(offset!);
    out.ascii('"');
  }
}

/**
 * "2026-11-27T05:30:00Z": instants are whole minutes, so the UTC date and clock come from the instant's integer day
 * and minute, through the same caches as the local ones (a Date per event cost a year of NDJSON seconds).
 */
function utcOf(instant: number): string {
  const day = Math.floor(instant / MS_PER_DAY);
  return `${isoDate(day)}T${clock(Math.floor((instant - day * MS_PER_DAY) / MS_PER_MINUTE))}:00Z`;
}

// A departure's two dates are mostly one or two days, and its times and offsets few: each is formatted once.
let lastDays: [number, string, number, string] = [Number.NaN, '', Number.NaN, ''];
const clocks: string[] = [];
const offsets = new Map<number, string>();

function isoDate(epochDay: number): string {
  if (lastDays[0] === epochDay) return lastDays[1];
  if (lastDays[2] === epochDay) return lastDays[3];
  const text = formatIsoDate(epochDay);
  lastDays = [epochDay, text, lastDays[0], lastDays[1]];
  return text;
}

function clock(minuteOfDay: number): string {
  return (clocks[minuteOfDay] ??= formatClock(minuteOfDay));
}

function isoOffset(offsetMinutes: number): string {
  let text = offsets.get(offsetMinutes);
  if (text === undefined) offsets.set(offsetMinutes, (text = formatOffset(offsetMinutes)));
  return text;
}

interface Template {
  /** The text around the slots: one part more than there are slots. */
  parts: Buffer[];
  /** What each slot holds, in the order of the text: an event (0 departure, 1 arrival, 2 on the through cars' arrivals) times 8 plus its field, or a duration. */
  slots: number[];
}

/** Templates by leg, then by the through cars the train carries ('' for none): they add a note and a list. */
const templates = [new WeakMap<Leg, Map<string, Template>>(), new WeakMap<Leg, Map<string, Template>>()] as const;

function templateFor(d: Departure, pretty: boolean): Template {
  const byLeg = templates[pretty ? 1 : 0];
  let byCars = byLeg.get(d.leg);
  if (!byCars) byLeg.set(d.leg, (byCars = new Map()));
  const cars = d.throughCars ? d.throughCars.map((car) => car.service.id).join('\n') : '';
  let template = byCars.get(cars);
  if (!template) byCars.set(cars, (template = legTemplate(d, pretty)));
  return template;
}

/** A marker for slot `slot`, as it is set in the object, and as JSON.stringify prints it. */
const marker = (slot: number) => `\u0000railnext-slot-${slot}\u0000`;

/** The text of a departure of `d`'s leg cut at its per-date values: pretty (at the depth of `departures`) or compact. */
function legTemplate(d: Departure, pretty: boolean): Template {
  const json = jsonDeparture(d);
  const marked: number[] = [];
  const mark = (slot: number): string => {
    marked.push(slot);
    return marker(slot);
  };
  const events = [json.departure, json.arrival, ...json.throughCars.map((car) => car.arrival)];
  events.forEach((event, k) => {
    FIELDS.forEach((field, f) => {
      (event as unknown as Record<string, string>)[field] = mark(k * 8 + f);
    });
  });
  (json as { durationMinutes: unknown }).durationMinutes = mark(DURATION);
  json.throughCars.forEach((car, i) => {
    (car as { durationMinutes: unknown }).durationMinutes = mark(DURATION + 1 + i);
  });
  // Pretty: indented as an element of "departures", two levels deep.
  const text = jsonSafe(pretty ? JSON.stringify(json, null, 2).replaceAll('\n', '\n    ') : JSON.stringify(json));
  const found = marked
    .map((slot) => ({ slot, quoted: JSON.stringify(marker(slot)), at: text.indexOf(JSON.stringify(marker(slot))) }))
    .sort((a, b) => a.at - b.at);
  const parts: Buffer[] = [];
  let from = 0;
  for (const { quoted, at } of found) {
    parts.push(Buffer.from(text.slice(from, at), 'utf8'));
    from = at + quoted.length;
  }
  parts.push(Buffer.from(text.slice(from), 'utf8'));
  return { parts, slots: found.map((f) => f.slot) };
}
