/**
 * Runs of days (src/render/day-runs.ts): which departures that differ only in
 * date share a row, and how each language writes the run.
 */
import { describe, expect, it } from 'vitest';
import { toEpochDay } from '../../src/domain/days.js';
import type { RunRule } from '../../src/domain/model.js';
import { DayRuns, ruleStep, type DayRun } from '../../src/render/day-runs.js';
import { en } from '../../src/i18n/en.js';
import { ko } from '../../src/i18n/ko.js';
import { ru } from '../../src/i18n/ru.js';
import { zh } from '../../src/i18n/zh.js';

const dec = (day: number) => toEpochDay(2026, 12, day);
const DAILY: RunRule = { every: 'day' };
const MON_WED: RunRule = { every: 'week', weekdays: [1, 3] };

/** The runs found among departures of one row key on `days`, by `rule`, and the days that stayed rows of their own. */
function runsOf(days: number[], rule: RunRule) {
  const singles: string[] = [];
  const runs = new DayRuns((cell) => singles.push(cell));
  for (const day of days) runs.add('bus', day, `day ${day}`, ruleStep(rule, day));
  return { runs: [...runs.finish()], singles };
}

const run = (first: number, last: number, count: number, weekdays: number[] | null): DayRun => ({
  first,
  last,
  count,
  weekdays,
});

describe('runs of days', () => {
  it('a daily service with a cancelled day is two runs', () => {
    const days = [1, 2, 3, 5, 6].map(dec);
    expect(runsOf(days, DAILY)).toEqual({
      runs: [
        [0, run(dec(1), dec(3), 3, null)],
        [3, run(dec(5), dec(6), 2, null)],
      ],
      singles: [],
    });
  });

  it('a Monday and Wednesday service is one run over the days its rule skips; an added Friday starts another', () => {
    // Mon 7, Wed 9, Fri 11 (added), Mon 14, Wed 16, Mon 21: the run from the Friday ends before Fri 18, when none runs.
    const days = [7, 9, 11, 14, 16, 21].map(dec);
    expect(runsOf(days, MON_WED)).toEqual({
      runs: [
        [0, run(dec(7), dec(9), 2, [1, 3])],
        [2, run(dec(11), dec(16), 3, [1, 3, 5])],
      ],
      singles: [`day ${dec(21)}`],
    });
  });

  it('a service on days of the month is never gathered', () => {
    expect(ruleStep({ every: 'month', days: [3, 17] }, dec(3))).toBeNull();
    expect(runsOf([dec(3), dec(17)], { every: 'month', days: [3, 17] }).runs).toEqual([]);
  });

  it('rows of different keys do not join, even on consecutive days', () => {
    const singles: string[] = [];
    const runs = new DayRuns((cell) => singles.push(cell));
    runs.add('bus', dec(1), 'a', 1);
    runs.add('train', dec(2), 'b', 1);
    expect([...runs.finish()]).toEqual([]);
    expect(singles).toEqual(['a', 'b']);
  });
});

describe('a run in words', () => {
  const cell = (m: typeof en, first: number, last: number, weekdays: number[] | null, withYear = false) =>
    m.table.runDays(m.dates.dayRange(first, last, withYear), weekdays);

  it.each([
    [en, ['7–20 Dec, ', 'daily'], ['27 Nov – ', '10 Dec, ', 'Mon, Wed'], ['27 Dec 2026 – ', '3 Jan 2027, ', 'daily']],
    [
      ru,
      ['7–20 дек., ', 'ежедневно'],
      ['27 нояб. – ', '10 дек., ', 'пн, ср'],
      ['27 дек. 2026 – ', '3 янв. 2027, ', 'ежедневно'],
    ],
    [
      zh,
      ['12月7日–20日，', '每天'],
      ['11月27日–', '12月10日，', '每周一、三'],
      ['2026年12月27日–', '2027年1月3日，', '每天'],
    ],
    [
      ko,
      ['12월 7일~20일, ', '매일'],
      ['11월 27일~', '12월 10일, ', '매주 월·수요일'],
      ['2026년 12월 27일~', '2027년 1월 3일, ', '매일'],
    ],
  ])('%#: within a month, across months, across years', (m, within, across, years) => {
    expect(cell(m, dec(7), dec(20), null)).toEqual(within);
    expect(cell(m, toEpochDay(2026, 11, 27), dec(10), [1, 3])).toEqual(across);
    expect(cell(m, dec(27), toEpochDay(2027, 1, 3), null, true)).toEqual(years);
  });
});
