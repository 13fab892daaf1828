/**
 * The formats written line by line as the lookup yields departures: NDJSON,
 * CSV and iCalendar. Each renderer is a generator; the one writer
 * (write.ts) writes what it yields, so memory stays flat however long the window.
 */
import type { Departure } from '../domain/expand.js';
import { csvLines } from '../render/csv.js';
import type { StreamFormat } from '../render/formats.js';
import { icsLines, stampOfDay } from '../render/ics.js';
import { ndjsonLines } from '../render/ndjson.js';

export interface StreamContext {
  now: number;
  /** The data's last-checked date: the calendar's DTSTAMP, so the same query gives the same file. */
  lastChecked: number | null;
  version: string;
  /** --csv-raw. */
  csvRaw?: boolean;
}

/** The lines of `departures` in `format`. */
export function departureLines(format: StreamFormat, departures: Iterable<Departure>, context: StreamContext): Iterable<string> {
  const stamp = context.lastChecked === null ? context.now : stampOfDay(context.lastChecked);
  return format === 'ndjson' ? ndjsonLines(departures) : format === 'csv' ? csvLines(departures, { raw: context.csvRaw === true }) : icsLines(departures, { stamp, version: context.version });
}
