/**
 * A month as every date option takes it: YYYY-MM.
 */
import { daysInMonth, toEpochDay, type EpochDay } from '../domain/days.js';

/** The first and last day of a month written YYYY-MM; undefined when `text` is not one. */
export function parseMonth(text: string): { first: EpochDay; last: EpochDay } | undefined {
  const m = /^(\d{4})-(\d{2})$/.exec(text.trim());
  if (!m || Number(m[2]) < 1 || Number(m[2]) > 12) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  return { first: toEpochDay(year, month, 1), last: toEpochDay(year, month, daysInMonth(year, month)) };
}
