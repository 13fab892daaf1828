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
import { en } from '../../i18n/en.js';
import { localeFor } from '../../i18n/locale.js';
import type { Messages } from '../../i18n/messages.js';

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
function warnIfOld(age: DataAge, request: LookupRequest, io: Io, count: number, m: Messages): number {
  if (age.warning !== null && !request.quiet) {
    const upTo = age.sourcesUpTo === null ? null : m.dates.yearMonth(age.sourcesUpTo);
    io.stderr.write(`railnext: ${m.warnings.oldData(m.dates.date(age.lastChecked!), upTo, age.daysSinceChecked!)}\n`);
  }
  return count > 0 ? EXIT.ok : EXIT.empty;
}

/** Prints the departures the request asks for; exits 1 when there are none. */
export async function lookupCommand(request: LookupRequest, catalog: Catalog, io: Io, m: Messages = en): Promise<number> {
  const { query, destination, window, now, limit } = request;
  const where = { ...(query !== undefined ? { query } : {}), ...(destination !== undefined ? { destination } : {}) };
  if (request.format === 'calendar') {
    const { calendarText } = await import('../calendar.js');
    const { text, count } = calendarText(catalog, { ...where, window, now, windowEndGiven: request.windowEndGiven }, await paintFor(io, request.color), localeFor(m, catalog.stations));
    io.stdout.write(text);
    return warnIfOld(dataAge(catalog, now), request, io, count, m);
  }
  const l = lookup(catalog, { ...where, window, now });
  const age = dataAge(catalog, now);
  if (request.format === 'json') {
    // Streamed: a century of departures is never held in memory.
    const count = writeJsonLookup(l, limited(l.departures(), limit), catalog.lastChecked, (chunk) => io.stdout.write(chunk), age);
    return warnIfOld(age, request, io, count, m);
  }
  if (isStreamFormat(request.format)) {
    const { streamDepartures } = await import('../stream.js');
    const count = await streamDepartures(io.stdout, request.format, l.departures(), limit, { now, lastChecked: catalog.lastChecked, version: VERSION });
    return warnIfOld(age, request, io, count, m);
  }
  // The table code (render/table.ts, box.ts, string-width) is loaded only for the table.
  const { renderTable } = await import('../../render/table.js');
  const options = { paint: await paintFor(io, request.color), ...(request.zone ? { zone: request.zone } : {}), lastChecked: catalog.lastChecked, sourcesUpTo: catalog.sourcesUpTo, verbose: request.verbose, locale: localeFor(m, catalog.stations) };
  const { text, count } = renderTable(l, limited(l.departures(), limit), options);
  io.stdout.write(text);
  return warnIfOld(age, request, io, count, m);
}
