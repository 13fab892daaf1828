/**
 * NDJSON: one departure per line, the same object as the JSON document's
 * `departures[i]`. A generator, so a century of departures streams through
 * in flat memory.
 */
import type { Departure } from '../domain/expand.js';
import { departureLine } from './json.js';

/** One line (with its newline) per departure, as the departures are yielded: `JSON.stringify(jsonDeparture(d))`. */
export function* ndjsonLines(departures: Iterable<Departure>): Generator<string> {
  for (const d of departures) yield `${departureLine(d)}\n`;
}
