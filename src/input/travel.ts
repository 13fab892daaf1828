/**
 * Reading a route's travel facts (`tickets`, `entry`: dated statements with
 * confidence and sources) and its `due` date, field by field like the rest of
 * a schedule.
 */
import { parseDue } from '../domain/overdue.js';
import type { Confidence, Due, TravelFact, TravelFactKind } from '../domain/model.js';
import { describe, own, type Json, type Reader } from './reader.js';
import { readTranslations } from './translations.js';

/** `tickets` or `entry` of a route: a list of statements, each dated, with confidence and sources. */
export function readTravelFacts(
  r: Reader,
  obj: Json,
  pointer: string,
  kind: TravelFactKind,
  provenance: (fact: Json, at: string) => { confidence: Confidence; sources: string[] },
): TravelFact[] {
  if (own(obj, kind) === undefined) return [];
  return r.array(own(obj, kind), `${pointer}/${kind}`).flatMap((value, i) => {
    const at = `${pointer}/${kind}/${i}`;
    const fact = r.object(value, at);
    if (!fact) return [];
    r.unknownKeys(fact, at);
    const text = r.string(fact, 'text', at);
    const asOf = r.shaped(fact, 'asOf', at, 'YYYY, YYYY-MM or YYYY-MM-DD');
    const until = own(fact, 'until') === undefined || own(fact, 'until') === null ? null : r.date(fact, 'until', at);
    const { confidence, sources } = provenance(fact, at);
    const translations = readTranslations(r, fact, at, ['text']);
    if (text === undefined || asOf === undefined || until === undefined) return [];
    return [{ text, asOf, until, confidence, sources, ...(translations ? { translations } : {}) }];
  });
}

/** A route's `due`: the month or the day it was due to open. */
export function readDue(r: Reader, obj: Json, pointer: string): Due | undefined {
  const raw = own(obj, 'due');
  if (raw === undefined) return undefined;
  const problem = `expected a month YYYY-MM or a date YYYY-MM-DD, got ${describe(raw)}`;
  if (r.refuses(`${pointer}/due`, () => problem)) return undefined;
  // Of the right shape, it may still name no day ("2026-02-30").
  const due = parseDue(raw as string);
  if (due === undefined) r.problem(`${pointer}/due`, problem);
  return due;
}
