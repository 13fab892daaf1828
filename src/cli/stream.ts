/**
 * The formats written as the lookup yields departures, one line at a time:
 * NDJSON, CSV and iCalendar. Memory stays flat however long the window.
 */
import type { Departure } from '../domain/expand.js';
import { csvLines } from '../render/csv.js';
import type { StreamFormat } from '../render/formats.js';
import { icsLines, stampOfDay } from '../render/ics.js';
import { ndjsonLines } from '../render/ndjson.js';
import { writeLines, type Sink } from './write.js';

/** Passes at most `limit` items on, counting them, so the exit code can tell an empty stream from a full one. */
function* counted<T>(items: Iterable<T>, limit: number, seen: { count: number }): Generator<T> {
  if (limit <= 0) return;
  for (const item of items) {
    seen.count++;
    yield item;
    if (seen.count >= limit) return;
  }
}

export interface StreamContext {
  now: number;
  /** The data's last-checked date: the calendar's DTSTAMP, so the same query gives the same file. */
  lastChecked: number | null;
  version: string;
}

/** Writes up to `limit` departures in `format`; resolves to how many were written. */
export async function streamDepartures(sink: Sink, format: StreamFormat, departures: Iterable<Departure>, limit: number, context: StreamContext): Promise<number> {
  const seen = { count: 0 };
  const items = counted(departures, limit, seen);
  const stamp = context.lastChecked === null ? context.now : stampOfDay(context.lastChecked);
  await writeLines(sink, format === 'ndjson' ? ndjsonLines(items) : format === 'csv' ? csvLines(items) : icsLines(items, { stamp, version: context.version }));
  return seen.count;
}
