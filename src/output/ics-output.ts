/**
 * The iCalendar format (RFC 5545): an event a departure, or a leg of a
 * journey, streamed as computed.
 */
import { icsLines } from '../render/ics.js';
import { journeyIcsLines } from '../render/journeys-lines.js';
import type { JourneySubject, OutputContext, OutputChunks, Writers } from './writers.js';

const journeyEvents = async ({ plan }: JourneySubject, c: OutputContext): Promise<OutputChunks> =>
  journeyIcsLines(plan.journeys, { stamp: c.now, version: c.version, locale: c.locale });

export const writers: Writers = {
  departures: async ({ departures }, c) =>
    icsLines(departures(), { stamp: c.now, version: c.version, locale: c.locale }),
  journeys: journeyEvents,
  arrivals: journeyEvents,
};
