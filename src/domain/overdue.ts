/**
 * Plans that are late and rules that have run out, judged at a given instant:
 * a planned route past its `due`, an announced service with no run reported a
 * year after its first date, a travel fact past its own `until`.
 *
 * The day compared is now's date in UTC: a claim dated to a month or a day
 * needs no finer clock, and output never depends on the machine's zone.
 */
import { daysInMonth, fromEpochDay, MS_PER_DAY, parseIsoDate, toEpochDay, type EpochDay } from './days.js';
import type { Due, Route, Service, TravelFact } from './model.js';

/** How long an announced service may go without a reported run before railnext says so. */
export const ANNOUNCED_GRACE_DAYS = 365;

/** Why a plan reads as late: it was due by a date, or announced from a date and never reported running. */
export type Overdue = { kind: 'due'; due: Due } | { kind: 'announced'; from: EpochDay };

/** Today's date in UTC. */
export const utcDay = (now: number): EpochDay => Math.floor(now / MS_PER_DAY);

/** "2026-08" (to 2026-08-31) or "2026-08-15", else undefined. */
export function parseDue(text: string): Due | undefined {
  const month = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(text);
  if (month) {
    const [y, m] = [Number(month[1]), Number(month[2])];
    return { text, lastDay: toEpochDay(y, m, daysInMonth(y, m)) };
  }
  const day = parseIsoDate(text);
  return day === undefined ? undefined : { text, lastDay: day };
}

/** A planned or announced route whose due date has passed; null when it is on time or not a plan. */
export function routeOverdue(route: Route, now: number): Overdue | null {
  if (route.status !== 'planned' && route.status !== 'announced') return null;
  if (route.due && utcDay(now) > route.due.lastDay) return { kind: 'due', due: route.due };
  return null;
}

/** An announced service whose first date is over ANNOUNCED_GRACE_DAYS ago with no run reported (it is still "announced"). */
export function serviceOverdue(service: Service, now: number): Overdue | null {
  if (service.status !== 'announced') return null;
  return utcDay(now) - service.runs.from > ANNOUNCED_GRACE_DAYS ? { kind: 'announced', from: service.runs.from } : null;
}

/** A travel fact whose own end date has passed. */
export const factEnded = (fact: TravelFact, now: number): boolean => fact.until !== null && utcDay(now) > fact.until;

/** "2025-06" for the month of a day: how an announcement's date is told. */
export function monthOf(day: EpochDay): string {
  const { year, month } = fromEpochDay(day);
  return `${year}-${String(month).padStart(2, '0')}`;
}
