/**
 * CSV (RFC 4180): a header row, then one row per departure, CRLF line ends.
 * Every value is taken from the JSON object of the departure, so the two
 * formats cannot drift apart. A generator, so a long window streams.
 */
import type { Departure } from '../domain/expand.js';
import { fareInWords } from './fares.js';
import { jsonDeparture, type JsonDeparture } from './json.js';

export type Cell = string | number | null;

/** The columns, in order, each with how it reads a departure's JSON object. */
const COLUMNS: readonly [string, (d: JsonDeparture) => Cell][] = [
  ['service', (d) => d.service],
  ['route', (d) => d.route],
  ['name', (d) => d.name],
  ['mode', (d) => d.mode],
  ['number', (d) => d.number],
  ['from_id', (d) => d.departure.station.id],
  ['from_name', (d) => d.departure.station.name],
  ['to_id', (d) => d.arrival.station.id],
  ['to_name', (d) => d.arrival.station.name],
  ['departure_date', (d) => d.departure.date],
  ['departure_time', (d) => d.departure.time],
  ['departure_utc_offset', (d) => d.departure.utcOffset],
  ['departure_time_zone', (d) => d.departure.station.timeZone],
  ['arrival_date', (d) => d.arrival.date],
  ['arrival_time', (d) => d.arrival.time],
  ['arrival_utc_offset', (d) => d.arrival.utcOffset],
  ['arrival_time_zone', (d) => d.arrival.station.timeZone],
  ['arrival_derived', (d) => (d.arrival.derived ? 'true' : 'false')],
  ['journey_minutes', (d) => d.durationMinutes],
  ['times_per_day', (d) => d.timesPerDay],
  ['status', (d) => d.status],
  ['confidence', (d) => d.confidence],
  // Notes may hold commas, quotes and line breaks: one note per line, quoted.
  ['notes', (d) => d.notes.join('\n')],
  ['sources', (d) => d.sources.join('; ')],
  // Added with the 2026 network, after the older columns so that readers by position still work.
  ['numbers', (d) => d.numbers.join(' > ')],
  ['status_note', (d) => d.statusNote],
  ['fares', (d) => d.fares.map((f) => fareInWords(f)).join('\n')],
  ['through_cars', (d) => d.throughCars.map((car) => car.service).join(' ')],
];

export const CSV_HEADER = COLUMNS.map(([name]) => name);

/** One field: quoted when it holds a comma, a quote or a line break, with quotes doubled; null is empty. */
export function csvField(value: Cell): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One record with its CRLF. */
export function csvRecord(values: readonly Cell[]): string {
  return `${values.map(csvField).join(',')}\r\n`;
}

/** The cells of one departure's row, in the header's order. */
export const departureCells = (json: JsonDeparture): Cell[] => COLUMNS.map(([, read]) => read(json));

/** The header, then one record per departure. */
export function* csvLines(departures: Iterable<Departure>): Generator<string> {
  yield csvRecord(CSV_HEADER);
  for (const d of departures) {
    yield csvRecord(departureCells(jsonDeparture(d)));
  }
}
