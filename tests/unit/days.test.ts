import { describe, expect, it } from 'vitest';
import {
  daysInMonth,
  formatDayLabel,
  formatIsoDate,
  fromEpochDay,
  isoWeekday,
  parseClock,
  parseIsoDate,
  toEpochDay,
} from '../../src/domain/days.js';

describe('epoch days', () => {
  it.each([
    ['1970-01-01', 0, 4],
    ['1969-12-31', -1, 3],
    ['2000-02-29', 11_016, 2],
    ['2024-02-29', 19_782, 4],
    ['2026-12-02', 20_789, 3],
    ['2100-03-01', 47_541, 1],
    ['9999-12-31', 2_932_896, 5],
  ])('%s is day %i, ISO weekday %i', (iso, day, weekday) => {
    expect(parseIsoDate(iso)).toBe(day);
    expect(formatIsoDate(day)).toBe(iso);
    expect(isoWeekday(day)).toBe(weekday);
  });

  it('round-trips every day from 1900 to 2200 and agrees with Date.UTC', () => {
    for (let day = toEpochDay(1900, 1, 1); day <= toEpochDay(2200, 12, 31); day++) {
      const { year, month, day: dom } = fromEpochDay(day);
      if (toEpochDay(year, month, dom) !== day) throw new Error(`round trip failed at ${day}`);
      const d = new Date(day * 86_400_000);
      if (d.getUTCFullYear() !== year || d.getUTCMonth() + 1 !== month || d.getUTCDate() !== dom)
        throw new Error(`mismatch at ${day}`);
    }
  });

  it.each([
    [2024, 2, 29],
    [2025, 2, 28],
    [1900, 2, 28],
    [2000, 2, 29],
    [2026, 4, 30],
    [2026, 12, 31],
  ])('%i-%i has %i days', (y, m, n) => expect(daysInMonth(y, m)).toBe(n));

  it.each([
    '2026-02-29',
    '2026-02-30',
    '2026-04-31',
    '2026-13-01',
    '2026-00-10',
    '2026-1-1',
    '26-01-01',
    'tomorrow',
    '',
  ])('rejects %j', (text) => {
    expect(parseIsoDate(text)).toBeUndefined();
  });

  it.each([
    ['00:00', 0],
    ['08:30', 510],
    ['23:59', 1439],
  ])('parses the clock %s', (text, minutes) => expect(parseClock(text)).toBe(minutes));

  it.each(['24:00', '8:30', '12:60', '12:5', 'noon'])('rejects the clock %j', (text) =>
    expect(parseClock(text)).toBeUndefined(),
  );

  it('labels dates the way the table shows them', () => {
    expect(formatDayLabel(parseIsoDate('2026-12-02')!)).toBe('Wed 2 Dec 2026');
    expect(formatDayLabel(parseIsoDate('2028-02-29')!)).toBe('Tue 29 Feb 2028');
  });
});
