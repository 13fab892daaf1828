import { describe, expect, it } from 'vitest';
import { toEpochDay } from '../../src/domain/days.js';
import { monthGrid, renderCalendar, wholeMonths } from '../../src/render/month-grids.js';
import { plain, type Paint } from '../../src/render/text.js';
import { formatsLookup } from '../fixtures/formats-window.js';

const day = (iso: string) => toEpochDay(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));

describe('wholeMonths', () => {
  it.each([
    ['2018-05-17', '2018-05-17', '2018-05-01', '2018-05-31'],
    ['2024-02-10', '2024-02-10', '2024-02-01', '2024-02-29'],
    ['2026-12-31', '2027-01-01', '2026-12-01', '2027-01-31'],
  ])('%s..%s → %s..%s', (a, b, first, last) => {
    expect(wholeMonths(day(a), day(b))).toEqual({ first: day(first), last: day(last) });
  });
});

describe('monthGrid', () => {
  it('starts February 2027 on a Monday and ends it in four rows', () => {
    expect(monthGrid(2027, 2, new Set([day('2027-02-01'), day('2027-02-28')]), plain)).toEqual([
      '       February 2027',
      ' Mo  Tu  We  Th  Fr  Sa  Su',
      ' [1]  2   3   4   5   6   7',
      '  8   9  10  11  12  13  14',
      ' 15  16  17  18  19  20  21',
      ' 22  23  24  25  26  27 [28]',
    ]);
  });

  it('colours a marked day but keeps its brackets', () => {
    const paint: Paint = { ...plain, mark: (t) => `<${t}>`, dim: (t) => t };
    expect(monthGrid(2018, 5, new Set([day('2018-05-17')]), paint)[4]).toBe(' 14  15  16 <[17]> 18  19  20');
  });
});

describe('renderCalendar', () => {
  it('draws a grid per leg: the 3rd and 17th across the Pyongyang zone change, and Saturdays', () => {
    const l = formatsLookup('2018-05-01', '2018-05-31');
    expect(
      renderCalendar(l, [...l.departures()], {
        paint: plain,
        first: day('2018-05-01'),
        last: day('2018-05-31'),
        lastChecked: null,
        width: 120,
      }),
    ).toBe(
      [
        // The departure time changes with Pyongyang's clock on 2018-05-05, so no single time is claimed.
        'Pyongyang → Moscow, "Yaroslavsky"; \\ terminal  train 1/2 · the 3rd and 17th of each month',
        '',
        '          May 2018',
        ' Mo  Tu  We  Th  Fr  Sa  Su',
        '      1   2  [3]  4   5   6',
        '  7   8   9  10  11  12  13',
        ' 14  15  16 [17] 18  19  20',
        ' 21  22  23  24  25  26  27',
        ' 28  29  30  31',
        '',
        'Heihe → Blagoveshchensk  bus · Saturdays, 4 a day · times not published · announced',
        '',
        '          May 2018',
        ' Mo  Tu  We  Th  Fr  Sa  Su',
        '      1   2   3   4  [5]  6',
        '  7   8   9  10  11 [12] 13',
        ' 14  15  16  17  18 [19] 20',
        ' 21  22  23  24  25 [26] 27',
        ' 28  29  30  31',
        '',
        '[d] a departure on that date, local to the departing station',
        '',
      ].join('\n'),
    );
  });
});
