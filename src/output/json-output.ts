/**
 * The JSON format: one pretty-printed document (the contract in the README),
 * departures streamed into it, journeys and arrivals as one document.
 */
import { jsonLookupChunks } from '../render/json.js';
import { jsonArrivals, jsonJourneys } from '../render/journeys-json.js';
import { jsonSafe } from '../render/text.js';
import { journeyNotes } from '../present/sentences.js';
import type { JourneySubject, OutputContext, OutputChunks, Writers } from './writers.js';

async function journeysDocument(
  { plan, mode, query, changeMinutes, maxChanges, maxWaitDays }: JourneySubject,
  c: OutputContext,
): Promise<OutputChunks> {
  const json = jsonJourneys(
    plan,
    { query, changeMinutes, maxChanges, maxWaitDays },
    journeyNotes(mode, plan.ruledOutBy, plan.from === null),
    c.age,
  );
  return [`${jsonSafe(JSON.stringify(json, null, 2))}\n`];
}

/** Arrivals (--to) are rides, not journeys: a document of their own, each ride a departure object. */
async function arrivalsDocument({ plan, mode }: JourneySubject, c: OutputContext): Promise<OutputChunks> {
  const json = jsonArrivals(plan, journeyNotes(mode, plan.ruledOutBy, true), c.age);
  return [`${jsonSafe(JSON.stringify(json, null, 2))}\n`];
}

export const writers: Writers = {
  departures: async ({ lookup, departures }, c) => jsonLookupChunks(lookup, departures(), c.age.lastChecked, c.age),
  journeys: journeysDocument,
  arrivals: arrivalsDocument,
};
