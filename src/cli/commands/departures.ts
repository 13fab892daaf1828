/**
 * The default command: departures of a place in a window, as a table, JSON,
 * a streamed format or month grids.
 */
import { dataAge, type DataAge } from '../../domain/age.js';
import { departureTimeKnown, type Departure } from '../../domain/expand.js';
import { lookup, type Lookup } from '../../domain/lookup.js';
import { oneNameOf } from '../../domain/match.js';
import type { Catalog } from '../../domain/model.js';
import { writerOf } from '../../output/registry.js';
import type { OutputContext } from '../../output/writers.js';
import { tookPath } from '../code-paths.js';
import { keepYoungGenerationSmall } from '../heap.js';
import { asciiOf, columnsOf, EXIT, paintFor, VERSION, type Io } from '../io.js';
import { printPaged } from '../pager.js';
import { en } from '../../i18n/en.js';
import { localeFor } from '../../i18n/locale.js';
import type { Messages } from '../../i18n/messages.js';
import { droppedWarning } from '../error-messages.js';
import type { LookupRequest } from '../request.js';
import { safe } from '../../render/text.js';

/** What was written: how many departures, and the last one's place in time. */
interface Seen {
  count: number;
  lastKey: number;
}

/** The first `limit` departures, lazily, counted in `seen` so the exit code can tell an empty output from a full one. */
function* counted(items: Iterable<Departure>, limit: number, seen: Seen): Generator<Departure> {
  if (limit <= 0) return;
  for (const item of items) {
    seen.count++;
    seen.lastKey = item.sortKey;
    yield item;
    if (seen.count >= limit) return;
  }
}

/**
 * How many departures whose time is not published --next passed over: those of the unfiltered lookup up to the
 * last one written, or to the window's end when fewer than `limit` were.
 */
function untimedPassedOver(all: Lookup, limit: number, seen: Seen): number {
  let skipped = 0;
  for (const d of all.departures()) {
    if (seen.count >= limit && d.sortKey > seen.lastKey) break;
    if (!departureTimeKnown(d.leg)) skipped++;
  }
  return skipped;
}

/**
 * After the answer, on stderr only (a pipe of --json or CSV stays clean):
 * --next passed over departures without a time, the data is old, a user route
 * left out services it replaced. Gives the exit code for `count` departures.
 */
function warnIfOld(
  age: DataAge,
  catalog: Catalog,
  request: LookupRequest,
  io: Io,
  count: number,
  m: Messages,
  untimedSkipped = 0,
): number {
  if (!request.quiet) {
    if (untimedSkipped > 0) io.stderr.write(`railnext: ${m.warnings.untimedSkipped(untimedSkipped)}\n`);
    if (age.stale) {
      const upTo = age.sourcesUpTo === null ? null : m.dates.yearMonth(age.sourcesUpTo);
      io.stderr.write(`railnext: ${m.warnings.oldData(m.dates.date(age.lastChecked!), upTo, age.daysSinceChecked!)}\n`);
    }
    for (const d of catalog.dropped ?? []) io.stderr.write(`railnext: ${safe(droppedWarning(d, m))}\n`);
  }
  return count > 0 ? EXIT.ok : EXIT.empty;
}

/** The request with a query of two unquoted words that make one name (`railnext Tumen river`) read as that name. */
function withOneName(request: LookupRequest, catalog: Catalog): LookupRequest {
  if (request.query === undefined || request.destination === undefined) return request;
  const name = oneNameOf(catalog, request.query, request.destination);
  if (name === undefined) return request;
  const { destination: _, ...rest } = request;
  return { ...rest, query: name };
}

/** What the output is to be like, decided once from the request and the terminal, for whichever writer runs. */
function outputContext(request: LookupRequest, catalog: Catalog, io: Io, m: Messages, age: DataAge): OutputContext {
  return {
    locale: localeFor(m, catalog.stations),
    paint: () => paintFor(io, request.color),
    width: columnsOf(io),
    ascii: asciiOf(io, request.ascii),
    // Names as the user typed them stay in their script in ASCII output.
    keep: [request.query ?? '', request.destination ?? '', request.journeys.to ?? ''],
    age,
    now: request.now,
    version: VERSION,
    ...(request.zone !== undefined ? { zone: request.zone } : {}),
    verbose: request.verbose,
    csvRaw: request.csvRaw,
    expand: request.expand,
  };
}

/** Prints the departures the request asks for; exits 1 when there are none. */
export async function lookupCommand(asked: LookupRequest, catalog: Catalog, io: Io, m: Messages = en): Promise<number> {
  const request = withOneName(asked, catalog);
  const { query, destination, window, now, limit, mode, timed } = request;
  const where = {
    ...(query !== undefined ? { query } : {}),
    ...(destination !== undefined ? { destination } : {}),
    ...(mode !== undefined ? { mode } : {}),
    timed,
  };
  const age = dataAge(catalog, now);
  const context = outputContext(request, catalog, io, m, age);
  if (request.format === 'calendar') {
    const { calendarOf } = await import('../calendar-window.js');
    const subject = calendarOf(catalog, {
      ...where,
      window,
      now,
      months: request.calendarMonths,
      ...(request.zone !== undefined ? { zone: request.zone } : {}),
    });
    const write = await writerOf('table', 'calendar');
    await printPaged(io, await write(subject, context), request.pager);
    return warnIfOld(age, catalog, request, io, subject.departures.length, m);
  }
  // Journeys load only when asked for, or when a FROM TO lookup finds no direct departure.
  if (request.journeys.asked) {
    const { printJourneys } = await import('../journey-options.js');
    return warnIfOld(age, catalog, request, io, (await printJourneys(request, catalog, io, context)) ?? 0, m);
  }
  const all = lookup(catalog, { ...where, window, now });
  // --next counts the departures whose time is known: the first three of the Heihe bus are three `?` rows, not an answer.
  const passOver = Number.isFinite(limit) && !timed && !request.untimed && !request.board;
  const l = passOver ? lookup(catalog, { ...where, timed: true, window, now }) : all;
  // With --mode or --timed, an empty answer says what the filter left out rather than planning unfiltered journeys.
  if (all.destination && mode === undefined && !timed && all.departures().next().done) {
    const { printJourneys } = await import('../journey-options.js');
    const count = await printJourneys(
      request,
      catalog,
      io,
      context,
      l.legs.length === 0 ? 'no-direct-service' : 'no-direct-departure',
    );
    if (count !== undefined) return warnIfOld(age, catalog, request, io, count, m);
  }
  // Every format is streamed: a century of departures is never held in memory.
  const seen: Seen = { count: 0, lastKey: Number.NEGATIVE_INFINITY };
  keepYoungGenerationSmall(l.until - l.from + 1);
  tookPath(request.board ? 'board' : request.format);
  // The table reads the departures twice (widths, then rows): the count is the last pass's.
  const departures = () => {
    seen.count = 0;
    seen.lastKey = Number.NEGATIVE_INFINITY;
    return counted(request.board ? l.nextOnEachRoute() : l.departures(), limit, seen);
  };
  const write = await writerOf(request.format, 'departures');
  await printPaged(io, await write({ catalog, lookup: l, departures, board: request.board }, context), request.pager);
  const skipped = passOver && !request.quiet ? untimedPassedOver(all, limit, seen) : 0;
  return warnIfOld(age, catalog, request, io, seen.count, m, skipped);
}
