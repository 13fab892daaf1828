/**
 * The default command: departures of a place in a window, as a table, JSON,
 * a streamed format or month grids.
 */
import { dataAge, type DataAge } from '../../domain/age.js';
import { lookup } from '../../domain/lookup.js';
import type { Catalog } from '../../domain/model.js';
import { isStreamFormat } from '../../render/formats.js';
import { writeJsonLookup } from '../../render/json.js';
import { EXIT, paintFor, VERSION, type Io } from '../io.js';
import type { LookupRequest } from '../request.js';

/** The first `limit` items, lazily. */
function* limited<T>(items: Iterable<T>, limit: number): Generator<T> {
  if (limit <= 0) return;
  let n = 0;
  for (const item of items) {
    yield item;
    if (++n >= limit) return;
  }
}

/** After the answer, on stderr only (a pipe of --json or CSV stays clean): the data is old. Gives the exit code for `count` departures. */
function warnIfOld(age: DataAge, request: LookupRequest, io: Io, count: number): number {
  if (age.warning !== null && !request.quiet) io.stderr.write(`railnext: warning: ${age.warning}\n`);
  return count > 0 ? EXIT.ok : EXIT.empty;
}

/** Prints the departures the request asks for; exits 1 when there are none. */
export async function lookupCommand(request: LookupRequest, catalog: Catalog, io: Io): Promise<number> {
  const { query, destination, window, now, limit } = request;
  const where = { ...(query !== undefined ? { query } : {}), ...(destination !== undefined ? { destination } : {}) };
  if (request.format === 'calendar') {
    const { calendarText } = await import('../calendar.js');
    const { text, count } = calendarText(catalog, { ...where, window, now, windowEndGiven: request.windowEndGiven }, await paintFor(io, request.color));
    io.stdout.write(text);
    return warnIfOld(dataAge(catalog, now), request, io, count);
  }
  const age = dataAge(catalog, now);
  // Journeys load only when asked for, or when a FROM TO lookup finds no direct departure.
  if (request.journeys.asked) {
    const { printJourneys } = await import('../journeys.js');
    return warnIfOld(age, request, io, (await printJourneys(request, catalog, io, age)) ?? 0);
  }
  const l = lookup(catalog, { ...where, window, now });
  if (l.destination && l.departures().next().done) {
    const { printJourneys } = await import('../journeys.js');
    const count = await printJourneys(request, catalog, io, age, l.legs.length === 0 ? 'no-direct-service' : 'no-direct-departure');
    if (count !== undefined) return warnIfOld(age, request, io, count);
  }
  if (request.format === 'json') {
    // Streamed: a century of departures is never held in memory.
    const count = writeJsonLookup(l, limited(l.departures(), limit), catalog.lastChecked, (chunk) => io.stdout.write(chunk), age);
    return warnIfOld(age, request, io, count);
  }
  if (isStreamFormat(request.format)) {
    const { streamDepartures } = await import('../stream.js');
    const count = await streamDepartures(io.stdout, request.format, l.departures(), limit, { now, lastChecked: catalog.lastChecked, version: VERSION });
    return warnIfOld(age, request, io, count);
  }
  // The table code (render/table.ts, box.ts, string-width) is loaded only for the table.
  const { renderTable } = await import('../../render/table.js');
  const options = { paint: await paintFor(io, request.color), ...(request.zone ? { zone: request.zone } : {}), lastChecked: catalog.lastChecked, sourcesUpTo: catalog.sourcesUpTo, verbose: request.verbose };
  const { text, count } = renderTable(l, limited(l.departures(), limit), options);
  io.stdout.write(text);
  return warnIfOld(age, request, io, count);
}
