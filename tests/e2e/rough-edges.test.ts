/**
 * The rough edges of issue 12: the calendar with nothing to mark, on another
 * zone's clock and by default; RAILNEXT_SCHEDULES named in its errors; a user
 * route that drops a bundled service. The real bin on fixture schedules.
 */
import { describe, expect, it } from 'vitest';
import { runFrozen } from '../helpers/run-bin.js';

const NOW = ['--now', '2026-11-27T00:00:00Z'];

describe('--calendar', () => {
  it('gives the reason when no service matches, and exits 1', () => {
    const r = runFrozen(['khasan', 'heihe', '--calendar', ...NOW]);
    expect([r.code, r.stdout, r.stderr]).toEqual([1, 'No service in the schedules runs from Khasan to Heihe.\nData last checked 2026-11-22.\n', '']);
    const planned = runFrozen(['tumen-road-bridge', '--calendar', ...NOW]);
    expect([planned.code, planned.stdout]).toEqual([1, 'Tumen River road bridge (planned): no scheduled service is known.\nData last checked 2026-11-22.\n']);
  });

  it('names the next departure when the months shown have none', () => {
    const r = runFrozen(['tumangang', 'khasan', '--calendar', '--date', '2022-12', ...NOW]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(`Tumangang → Khasan  train 646 · Mondays, Wednesdays and Fridays
No departure from 2022-12-01 to 2022-12-31.

       December 2022
 Mo  Tu  We  Th  Fr  Sa  Su
              1   2   3   4
  5   6   7   8   9  10  11
 12  13  14  15  16  17  18
 19  20  21  22  23  24  25
 26  27  28  29  30  31

[d] a departure on that date, local to the departing station
The next one is Mon 16 Dec 2024 at 12:00 +09, Tumangang → Khasan.
The Pyongyang → Moscow train also calls here; its dates and times here are not published.
Data last checked 2026-11-22.
`);
  });

  it('shows this month and the next by default', () => {
    const r = runFrozen(['khasan', 'tumangang', '--calendar', ...NOW]);
    expect([r.code, r.stdout]).toEqual([
      0,
      `Khasan → Tumangang  train 645 · Mondays, Wednesdays and Fridays · 15:30 +10

       November 2026
 Mo  Tu  We  Th  Fr  Sa  Su
                          1
 [2]  3  [4]  5  [6]  7   8
 [9] 10 [11] 12 [13] 14  15
[16] 17 [18] 19 [20] 21  22
[23] 24 [25] 26 [27] 28  29
[30]

       December 2026
 Mo  Tu  We  Th  Fr  Sa  Su
      1  [2]  3  [4]  5   6
 [7]  8  [9] 10 [11] 12  13
[14] 15 [16] 17 [18] 19  20
[21] 22 [23] 24 [25] 26  27
[28] 29 [30] 31

[d] a departure on that date, local to the departing station
The Moscow → Pyongyang train also calls here; its dates and times here are not published.
Data last checked 2026-11-22.
`,
    ]);
  });

  it('marks dates and gives times on the --tz clock', () => {
    // Tumangang 12:00 +09 on Mon/Wed/Fri is 19:00 the evening before in Los Angeles: Sun/Tue/Thu, and 31 December from 1 January.
    const r = runFrozen(['tumangang', 'khasan', '--calendar', '--tz', 'America/Los_Angeles', '--date', '2026-12', ...NOW]);
    expect([r.code, r.stdout]).toEqual([
      0,
      `Tumangang → Khasan  train 646 · Mondays, Wednesdays and Fridays · 19:00 -08

       December 2026
 Mo  Tu  We  Th  Fr  Sa  Su
     [1]  2  [3]  4   5  [6]
  7  [8]  9 [10] 11  12 [13]
 14 [15] 16 [17] 18  19 [20]
 21 [22] 23 [24] 25  26 [27]
 28 [29] 30 [31]

[d] a departure on that date in America/Los_Angeles (a date without a time is the station's own)
The Pyongyang → Moscow train also calls here; its dates and times here are not published.
Data last checked 2026-11-22.
`,
    ]);
  });
});
