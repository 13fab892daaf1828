/**
 * The NDJSON format: a departure (a journey, an arrival) a line, each the
 * object the JSON document holds, streamed as it is computed.
 */
import { journeyNdjsonLines } from '../render/journeys-lines.js';
import { arrivalRides } from '../render/journeys-json.js';
import { ndjsonChunks } from '../render/ndjson.js';
import type { JourneySubject, OutputChunks, Writers } from './writers.js';

const journeyLines = async ({ plan }: JourneySubject): Promise<OutputChunks> => journeyNdjsonLines(plan.journeys);

export const writers: Writers = {
  departures: async ({ departures }) => ndjsonChunks(departures()),
  journeys: journeyLines,
  arrivals: async ({ plan }) => ndjsonChunks(arrivalRides(plan)),
};
