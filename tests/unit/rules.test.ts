import { describe, expect, it } from 'vitest';
import { formatIsoDate, parseIsoDate } from '../../src/domain/days.js';
import type { Runs } from '../../src/domain/model.js';
import { runsOn, serviceDates } from '../../src/domain/rules.js';

const d = (iso: string): number => parseIsoDate(iso)!;

function runs(partial: Partial<Runs> & Pick<Runs, 'rule'>): Runs {
  return { from: d('2000-01-01'), until: null, added: [], cancelled: [], zone: 'UTC', ...partial };
}

function dates(r: Runs, first: string, last: string): string[] {
  return [...serviceDates(r, d(first), d(last))].map(formatIsoDate);
}

describe('serviceDates', () => {
  it.each<[string, Runs, string, string, string[]]>([
    [
      'Mon/Wed/Fri',
      runs({ rule: { every: 'week', weekdays: [1, 3, 5] } }),
      '2026-12-01',
      '2026-12-14',
      ['2026-12-02', '2026-12-04', '2026-12-07', '2026-12-09', '2026-12-11', '2026-12-14'],
    ],
    [
      'the 3rd and 17th across a year end',
      runs({ rule: { every: 'month', days: [3, 17] } }),
      '2026-12-01',
      '2027-01-31',
      ['2026-12-03', '2026-12-17', '2027-01-03', '2027-01-17'],
    ],
    [
      'the 31st skipped in short months',
      runs({ rule: { every: 'month', days: [31] } }),
      '2027-01-01',
      '2027-08-31',
      ['2027-01-31', '2027-03-31', '2027-05-31', '2027-07-31', '2027-08-31'],
    ],
    [
      'the 29th of February only in leap years',
      runs({ rule: { every: 'month', days: [29] } }),
      '2027-02-01',
      '2028-03-01',
      [
        '2027-03-29',
        '2027-04-29',
        '2027-05-29',
        '2027-06-29',
        '2027-07-29',
        '2027-08-29',
        '2027-09-29',
        '2027-10-29',
        '2027-11-29',
        '2027-12-29',
        '2028-01-29',
        '2028-02-29',
      ],
    ],
    [
      '30th across February of a leap year',
      runs({ rule: { every: 'month', days: [30] } }),
      '2024-01-15',
      '2024-04-30',
      ['2024-01-30', '2024-03-30', '2024-04-30'],
    ],
    [
      'nothing before the first date',
      runs({ rule: { every: 'day' }, from: d('2024-12-15') }),
      '2024-12-10',
      '2024-12-17',
      ['2024-12-15', '2024-12-16', '2024-12-17'],
    ],
    [
      'nothing after the last date',
      runs({ rule: { every: 'day' }, until: d('2025-01-02') }),
      '2024-12-30',
      '2025-01-05',
      ['2024-12-30', '2024-12-31', '2025-01-01', '2025-01-02'],
    ],
    [
      'cancelled and added dates',
      runs({ rule: { every: 'week', weekdays: [1, 3, 5] }, cancelled: [d('2026-12-09')], added: [d('2026-12-10')] }),
      '2026-12-07',
      '2026-12-13',
      ['2026-12-07', '2026-12-10', '2026-12-11'],
    ],
    [
      'an added date before the first date is not run',
      runs({ rule: { every: 'day' }, from: d('2026-01-10'), added: [d('2026-01-05')] }),
      '2026-01-01',
      '2026-01-11',
      ['2026-01-10', '2026-01-11'],
    ],
    [
      'a window before the first date is empty',
      runs({ rule: { every: 'day' }, from: d('2026-01-10') }),
      '2025-01-01',
      '2026-01-09',
      [],
    ],
  ])('%s', (_name, r, first, last, expected) => {
    expect(dates(r, first, last)).toEqual(expected);
    for (const day of expected) expect(runsOn(r, d(day))).toBe(true);
  });

  it('agrees with runsOn day by day over forty years of mixed rules', () => {
    const rules: Runs[] = [
      runs({
        rule: { every: 'month', days: [1, 15, 29, 30, 31] },
        cancelled: [d('2012-02-29')],
        added: [d('2013-02-28')],
      }),
      runs({ rule: { every: 'week', weekdays: [2, 7] }, from: d('2001-03-04'), until: d('2031-05-06') }),
    ];
    for (const r of rules) {
      const listed = new Set(serviceDates(r, d('2000-01-01'), d('2039-12-31')));
      for (let day = d('2000-01-01'); day <= d('2039-12-31'); day++) {
        if (listed.has(day) !== runsOn(r, day)) throw new Error(`disagree on ${formatIsoDate(day)}`);
      }
    }
  });
});
