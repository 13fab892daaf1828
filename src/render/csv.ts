/**
 * CSV (RFC 4180): a header row, then one row per departure, CRLF line ends.
 * Every value is taken from the JSON object of the departure, so the two
 * formats cannot drift apart. A generator, so a long window streams.
 *
 * Text from the schedules cannot hurt the reader: its control and bidi
 * characters are escaped visibly, and a cell that starts like a formula is
 * prefixed with `'` (unless --csv-raw).
 */
import type { Departure } from '../domain/expand.js';
import { fareInWords } from './fares.js';
import { jsonDeparture, type JsonDeparture } from './json.js';
import { safeLines, spreadsheetCell } from '../text-guard.js';

export type Cell = string | number | null;

/**
 * Text that came from a schedule file: the pieces of one cell, joined with
 * `join`. Each piece has its control and bidi characters escaped, and the cell
 * may be neutralised against formula injection.
 */
interface ScheduleText {
  pieces: readonly string[];
  join?: string;
}

const text = (value: string | null): ScheduleText | null => (value === null ? null : { pieces: [value] });
const list = (pieces: readonly string[], join: string): ScheduleText => ({ pieces, join });

/**
 * The columns, in order, each with how it reads a departure's JSON object.
 * Values railnext computes (dates, times, UTC offsets such as `+10:00`,
 * numbers, the enumerations) are plain cells; text from the schedules is a
 * ScheduleText.
 */
const COLUMNS: readonly [string, (d: JsonDeparture) => Cell | ScheduleText][] = [
  ['service', (d) => text(d.service)],
  ['route', (d) => text(d.route)],
  ['name', (d) => text(d.name)],
  ['mode', (d) => d.mode],
  ['number', (d) => text(d.number)],
  ['from_id', (d) => text(d.departure.station.id)],
  ['from_name', (d) => text(d.departure.station.name)],
  ['to_id', (d) => text(d.arrival.station.id)],
  ['to_name', (d) => text(d.arrival.station.name)],
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
  ['notes', (d) => list(d.notes, '\n')],
  ['sources', (d) => list(d.sources, '; ')],
  // Added with the 2026 network, after the older columns so that readers by position still work.
  ['numbers', (d) => list(d.numbers, ' > ')],
  ['status_note', (d) => text(d.statusNote)],
  [
    'fares',
    (d) =>
      list(
        d.fares.map((f) => fareInWords(f)),
        '\n',
      ),
  ],
  [
    'through_cars',
    (d) =>
      list(
        d.throughCars.map((car) => car.service),
        ' ',
      ),
  ],
];

export interface CsvOptions {
  /** --csv-raw: schedule text as it is, with no leading `'` (control characters are still escaped). */
  raw?: boolean;
}

/** A schedule text cell: its pieces escaped and joined, then neutralised when it would start a formula. */
export function scheduleCell(value: ScheduleText, options: CsvOptions = {}): string {
  return spreadsheetCell(value.pieces.map(safeLines).join(value.join ?? ''), options.raw);
}

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

/** The cells of one departure's row, in the header's order, schedule text made safe. */
export function departureCells(json: JsonDeparture, options: CsvOptions = {}): Cell[] {
  return COLUMNS.map(([, read]) => {
    const value = read(json);
    return value !== null && typeof value === 'object' ? scheduleCell(value, options) : value;
  });
}

/** The header, then one record per departure. */
export function* csvLines(departures: Iterable<Departure>, options: CsvOptions = {}): Generator<string> {
  yield csvRecord(CSV_HEADER);
  for (const d of departures) {
    yield csvRecord(departureCells(jsonDeparture(d), options));
  }
}
