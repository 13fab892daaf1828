/**
 * The CSV format (RFC 4180): a departure a row, or a leg of a journey a row
 * with its journey's id, streamed as computed.
 */
import { csvLines } from '../render/csv.js';
import { journeyCsvLines } from '../render/journeys-lines.js';
import type { JourneySubject, OutputContext, OutputChunks, Writers } from './writers.js';

const journeyRows = async ({ plan }: JourneySubject, c: OutputContext): Promise<OutputChunks> =>
  journeyCsvLines(plan.journeys, { raw: c.csvRaw });

export const writers: Writers = {
  departures: async ({ departures }, c) => csvLines(departures(), { raw: c.csvRaw }),
  journeys: journeyRows,
  arrivals: journeyRows,
};
