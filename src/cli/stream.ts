/**
 * The formats written line by line as the lookup yields departures: NDJSON,
 * CSV and iCalendar. Each renderer is a generator; the one writer
 * (write.ts) writes what it yields, so memory stays flat however long the window.
 */
import type { Departure } from '../domain/expand.js';
import type { Chunk } from './write.js';
import { csvLines } from '../render/csv.js';
import type { StreamFormat } from '../render/formats.js';
import { icsLines } from '../render/ics.js';
import { ndjsonChunks } from '../render/ndjson.js';

export interface StreamContext {
  /** The calendar's DTSTAMP: when it was made (--now keeps it fixed). */
  now: number;
  version: string;
  /** --csv-raw. */
  csvRaw?: boolean;
}

/** The lines of `departures` in `format`. */
export function departureLines(format: StreamFormat, departures: Iterable<Departure>, context: StreamContext): Iterable<Chunk> {
  return format === 'ndjson' ? ndjsonChunks(departures) : format === 'csv' ? csvLines(departures, { raw: context.csvRaw === true }) : icsLines(departures, { stamp: context.now, version: context.version });
}
