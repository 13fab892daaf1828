/**
 * The default command: departures of a place in a window, as a table, JSON,
 * a streamed format or month grids.
 */
import { dataAge, type DataAge } from '../../domain/age.js';
import { lookup } from '../../domain/lookup.js';
import type { Catalog } from '../../domain/model.js';
import { isStreamFormat } from '../../render/formats.js';
import { jsonLookupChunks } from '../../render/json.js';
import { tookPath } from '../code-paths.js';
import { keepYoungGenerationSmall } from '../heap.js';
import { isThroughCar, throughCarRuns } from '../../domain/through.js';
import { asciiOf, columnsOf, EXIT, paintFor, print, VERSION, type Io } from '../io.js';
import { en } from '../../i18n/en.js';
import { localeFor } from '../../i18n/locale.js';
import type { Messages } from '../../i18n/messages.js';
import { droppedWarning } from '../messages.js';
import type { LookupRequest } from '../request.js';
import { safe } from '../../render/text.js';

/** The first `limit` items, lazily, counted in `seen` so the exit code can tell an empty output from a full one. */
function* counted<T>(items: Iterable<T>, limit: number, seen: { count: number }): Generator<T> {
  if (limit <= 0) return;
  for (const item of items) {
    seen.count++;
    yield item;
    if (seen.count >= limit) return;
  }
}

/**
 * After the answer, on stderr only (a pipe of --json or CSV stays clean): the
 * data is old, a user route left out services it replaced. Gives the exit code
 * for `count` departures.
 */
function warnIfOld(age: DataAge, catalog: Catalog, request: LookupRequest, io: Io, count: number, m: Messages): number {
  if (!request.quiet) {
    if (age.warning !== null) {
      const upTo = age.sourcesUpTo === null ? null : m.dates.yearMonth(age.sourcesUpTo);
      io.stderr.write(`railnext: ${m.warnings.oldData(m.dates.date(age.lastChecked!), upTo, age.daysSinceChecked!)}\n`);
    }
    for (const d of catalog.dropped ?? []) io.stderr.write(`railnext: ${safe(droppedWarning(d, m))}\n`);
  }
  return count > 0 ? EXIT.ok : EXIT.empty;
}

/** Prints the departures the request asks for; exits 1 when there are none. */
export async function lookupCommand(request: LookupRequest, catalog: Catalog, io: Io, m: Messages = en): Promise<number> {
  const { query, destination, window, now, limit, mode, timed } = request;
  const where = { ...(query !== undefined ? { query } : {}), ...(destination !== undefined ? { destination } : {}), ...(mode !== undefined ? { mode } : {}), timed };
  if (request.format === 'calendar') {
    const { calendarText } = await import('../calendar.js');
    const zone = request.zone !== undefined ? { zone: request.zone } : {};
    const { text, count } = calendarText(catalog, { ...where, window, now, months: request.calendarMonths, ...zone }, await paintFor(io, request.color), localeFor(m, catalog.stations), { width: columnsOf(io), ascii: asciiOf(io, request.ascii) });
    await print(io, [text]);
    return warnIfOld(dataAge(catalog, now), catalog, request, io, count, m);
  }
  const age = dataAge(catalog, now);
  // Journeys load only when asked for, or when a FROM TO lookup finds no direct departure.
  if (request.journeys.asked) {
    const { printJourneys } = await import('../journeys.js');
    return warnIfOld(age, catalog, request, io, (await printJourneys(request, catalog, io, age, m)) ?? 0, m);
  }
  const l = lookup(catalog, { ...where, window, now });
  // With --mode or --timed, an empty answer says what the filter left out rather than planning unfiltered journeys.
  if (l.destination && mode === undefined && !timed && l.departures().next().done) {
    const { printJourneys } = await import('../journeys.js');
    const count = await printJourneys(request, catalog, io, age, m, l.legs.length === 0 ? 'no-direct-service' : 'no-direct-departure');
    if (count !== undefined) return warnIfOld(age, catalog, request, io, count, m);
  }
  // Every format is streamed: a century of departures is never held in memory.
  const seen = { count: 0 };
  keepYoungGenerationSmall(l.until - l.from + 1);
  tookPath(request.board ? 'board' : request.format);
  if (request.format === 'json') {
    await print(io, jsonLookupChunks(l, counted(l.departures(), limit, seen), catalog.lastChecked, age));
  } else if (isStreamFormat(request.format)) {
    const { departureLines } = await import('../stream.js');
    await print(io, departureLines(request.format, counted(l.departures(), limit, seen), { now, version: VERSION, csvRaw: request.csvRaw }));
  } else {
    // The table code (render/table.ts, grid.ts, layout.ts) is loaded only for the table.
    const { tableChunks } = await import('../../render/table.js');
    const { asciiChunks } = await import('../../render/ascii.js');
    const ascii = asciiOf(io, request.ascii);
    const services = catalog.routes.flatMap((r) => r.services);
    const options = {
      paint: await paintFor(io, request.color),
      ...(request.zone ? { zone: request.zone } : {}),
      lastChecked: catalog.lastChecked,
      sourcesUpTo: catalog.sourcesUpTo,
      verbose: request.verbose,
      width: columnsOf(io),
      ascii,
      keep: [query ?? '', destination ?? ''],
      now,
      board: request.board,
      carRuns: throughCarRuns(services, isThroughCar),
      locale: localeFor(m, catalog.stations),
    };
    // The table reads the departures twice (widths, then rows): count the last pass.
    const departures = () => {
      seen.count = 0;
      return counted(request.board ? l.nextOnEachRoute() : l.departures(), limit, seen);
    };
    const chunks = tableChunks(l, departures, options);
    await print(io, ascii ? asciiChunks(chunks, [query ?? '', destination ?? '']) : chunks);
  }
  return warnIfOld(age, catalog, request, io, seen.count, m);
}
