/**
 * NDJSON: one departure per line, the same object as the JSON document's
 * `departures[i]`. A generator, so a century of departures streams through
 * in flat memory.
 */
import type { Departure } from '../domain/expand.js';
import { jsonDeparture } from './json.js';

/** One line (with its newline) per departure, as the departures are yielded. */
export function* ndjsonLines(departures: Iterable<Departure>): Generator<string> {
  for (const d of departures) yield `${JSON.stringify(jsonDeparture(d))}\n`;
}
