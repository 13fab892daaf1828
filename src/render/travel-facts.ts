/**
 * Travel facts and overdue plans as `routes` and the lookups show them: the
 * same words in the text outputs, the same objects in JSON.
 */
import { formatIsoDate, parseIsoDate } from '../domain/days.js';
import { TRAVEL_FACT_KINDS, type Route, type TravelFact } from '../domain/model.js';
import { factEnded } from '../domain/overdue.js';
import { english, type Locale } from '../i18n/locale.js';
import type { Messages } from '../i18n/messages.js';

/** A date as precise as it is given (2026-03-08, 2026-03, 2026), in the language's words. */
function partialDate(text: string, m: Messages): string {
  const day = parseIsoDate(text);
  return day === undefined ? m.dates.yearMonth(text) : m.dates.date(day);
}

/** "Sold at … (as of 2026-03-08; high confidence; 1prime.ru 2026-03-08)", saying so when its end date has passed. */
export function factInWords(fact: TravelFact, now: number, locale: Locale = english): string {
  const { m } = locale;
  const until = fact.until === null ? null : { date: m.dates.date(fact.until), ended: factEnded(fact, now) };
  return m.travel.fact(
    locale.text(fact),
    partialDate(fact.asOf, m),
    until,
    m.confidence[fact.confidence],
    fact.sources,
  );
}

export interface JsonTravelFact {
  text: string;
  asOf: string;
  until: string | null;
  /** True once --now is past `until`: the rule ran out and nothing later is known. */
  ended: boolean;
  confidence: TravelFact['confidence'];
  sources: string[];
}

export function jsonTravelFact(fact: TravelFact, now: number): JsonTravelFact {
  return {
    text: fact.text,
    asOf: fact.asOf,
    until: fact.until === null ? null : formatIsoDate(fact.until),
    ended: factEnded(fact, now),
    confidence: fact.confidence,
    sources: fact.sources,
  };
}

/** A route's tickets and entry statements, a heading and one line each, for text outputs; the heading names the route when asked. */
export function travelLines(route: Route, now: number, locale: Locale, named = false): string[] {
  const lines: string[] = [];
  for (const kind of TRAVEL_FACT_KINDS) {
    if (route[kind].length === 0) continue;
    lines.push(
      locale.m.travel.heading[kind](named ? locale.name(route) : undefined),
      ...route[kind].map((fact) => `  ${factInWords(fact, now, locale)}`),
    );
  }
  return lines;
}
