/**
 * Running rules: on which service dates a service runs.
 *
 * Dates are walked as integers with the day of the week and of the month kept
 * up to date incrementally, so a century costs a plain loop and no date objects.
 */
import { daysInMonth, fromEpochDay, isoWeekday, type EpochDay } from './days.js';
import type { RunRule, Runs } from './model.js';

/** Whether `rule` alone (no first/last date, additions or cancellations) runs on `day`. */
export function ruleMatches(rule: RunRule, day: EpochDay): boolean {
  switch (rule.every) {
    case 'day':
      return true;
    case 'week':
      return rule.weekdays.includes(isoWeekday(day));
    case 'month':
      return rule.days.includes(fromEpochDay(day).day);
  }
}

/** Whether the service runs on `day`, all of `runs` considered. */
export function runsOn(runs: Runs, day: EpochDay): boolean {
  if (day < runs.from || (runs.until !== null && day > runs.until)) return false;
  if (runs.added.includes(day)) return true;
  return !runs.cancelled.includes(day) && ruleMatches(runs.rule, day);
}

/** The service dates in [first, last], in order. */
export function* serviceDates(runs: Omit<Runs, 'zone'>, first: EpochDay, last: EpochDay): Generator<EpochDay> {
  const start = Math.max(first, runs.from);
  const end = runs.until === null ? last : Math.min(last, runs.until);
  if (start > end) return;

  const added = new Set(runs.added);
  const cancelled = new Set(runs.cancelled);
  const rule = runs.rule;
  const weekdayMask = rule.every === 'week' ? rule.weekdays.reduce((m, d) => m | (1 << d), 0) : 0;
  const monthDayMask = rule.every === 'month' ? rule.days.reduce((m, d) => m | (1 << d), 0) : 0;

  let weekday = isoWeekday(start);
  let { year, month, day: dayOfMonth } = fromEpochDay(start);
  let monthLength = daysInMonth(year, month);

  for (let day = start; day <= end; day++) {
    let runsToday: boolean;
    if (rule.every === 'day') runsToday = true;
    else if (rule.every === 'week') runsToday = (weekdayMask & (1 << weekday)) !== 0;
    else runsToday = (monthDayMask & (1 << dayOfMonth)) !== 0;

    if ((runsToday && !cancelled.has(day)) || added.has(day)) yield day;

    weekday = weekday === 7 ? 1 : weekday + 1;
    if (dayOfMonth === monthLength) {
      dayOfMonth = 1;
      if (month === 12) {
        month = 1;
        year++;
      } else month++;
      monthLength = daysInMonth(year, month);
    } else dayOfMonth++;
  }
}
