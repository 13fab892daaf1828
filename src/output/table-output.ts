/**
 * The table format: departures as a table (or the board, or a stacked list
 * on a narrow terminal), journeys and arrivals as aligned blocks, and the
 * month grids of --calendar. Each renderer is loaded only when used.
 */
import { isThroughCar, throughCarRuns } from '../domain/through.js';
import type { JourneySubject, OutputContext, OutputChunks, Writers } from './writers.js';

async function journeyTable(
  { plan, changeMinutes, maxChanges }: JourneySubject,
  c: OutputContext,
): Promise<OutputChunks> {
  const { renderJourneyTable } = await import('../render/journeys-table.js');
  const options = {
    paint: await c.paint(),
    changeMinutes,
    maxChanges,
    age: c.age,
    locale: c.locale,
    width: c.width,
    ...(c.ascii ? { ascii: { keep: c.keep } } : {}),
    ...(c.zone ? { zone: c.zone } : {}),
  };
  return [renderJourneyTable(plan, options)];
}

export const writers: Writers = {
  async departures({ catalog, lookup, departures, board }, c) {
    // The table code (render/table.ts, grid.ts, cli-table3) is loaded only for the table.
    const { tableChunks } = await import('../render/table.js');
    const { asciiChunks } = await import('../render/ascii.js');
    const services = catalog.routes.flatMap((r) => r.services);
    const options = {
      paint: await c.paint(),
      ...(c.zone ? { zone: c.zone } : {}),
      lastChecked: c.age.lastChecked,
      sourcesUpTo: c.age.sourcesUpTo,
      verbose: c.verbose,
      width: c.width,
      ascii: c.ascii,
      keep: c.keep,
      now: c.now,
      board,
      carRuns: throughCarRuns(services, isThroughCar),
      locale: c.locale,
      expand: c.expand,
    };
    const chunks = tableChunks(lookup, departures, options);
    return c.ascii ? asciiChunks(chunks, c.keep, c.locale.m.lang) : chunks;
  },
  journeys: journeyTable,
  arrivals: journeyTable,
  async calendar({ lookup, departures, first, last, next }, c) {
    const { renderCalendar } = await import('../render/month-grids.js');
    const options = {
      paint: await c.paint(),
      first,
      last,
      ...(c.zone !== undefined ? { zone: c.zone } : {}),
      next,
      lastChecked: c.age.lastChecked,
      sourcesUpTo: c.age.sourcesUpTo,
      locale: c.locale,
      width: c.width,
      ascii: c.ascii,
      keep: c.keep,
    };
    return [renderCalendar(lookup, departures, options)];
  },
};
