/**
 * NDJSON: one departure per line, the same object as the JSON document's
 * `departures[i]`. A generator of UTF-8 chunks, so a century of departures
 * streams through in flat memory, each leg's text encoded once (json.ts).
 */
import type { Departure } from '../domain/expand.js';
import { ByteWriter } from './bytes.js';
import { writeDeparture } from './json.js';

/** Departures as NDJSON in chunks of UTF-8 bytes: a line of `JSON.stringify(jsonDeparture(d))` each. */
export function* ndjsonChunks(departures: Iterable<Departure>): Generator<Uint8Array> {
  const ready: Uint8Array[] = [];
  const out = new ByteWriter((chunk) => ready.push(chunk));
  for (const d of departures) {
    writeDeparture(d, out, false);
    out.ascii('\n');
    if (ready.length) yield* ready.splice(0);
  }
  out.flush();
  yield* ready.splice(0);
}
