/**
 * The rough edges of issue 12: the calendar with nothing to mark, on another
 * zone's clock and by default; RAILNEXT_SCHEDULES named in its errors; a user
 * route that drops a bundled service. The real bin on fixture schedules.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBin, runFrozen } from '../helpers/run-bin.js';

const NOW = ['--now', '2026-11-27T00:00:00Z'];

describe('--calendar', () => {
  it('gives the reason when no service matches, and what is nearest, and exits 1', () => {
    const r = runFrozen(['khasan', 'heihe', '--calendar', ...NOW]);
    expect([r.code, r.stdout, r.stderr]).toEqual([
      1,
      'No service in the schedules runs from Khasan to Heihe.\nNo station within 300 km of Khasan has a service to Heihe.\nData last checked 2026-11-22.\n',
      '',
    ]);
    const planned = runFrozen(['tumen-road-bridge', '--calendar', ...NOW]);
    expect([planned.code, planned.stdout]).toEqual([
      1,
      'Tumen River road bridge (planned): no scheduled service is known.\nData last checked 2026-11-22.\n',
    ]);
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
The next one is Mon 16 Dec 2024 at 12:00 (UTC+9), Tumangang → Khasan.
The Pyongyang → Moscow train also calls here; its dates and times here are not
  published.
Data last checked 2026-11-22.
`);
  });

  it('shows this month and the next by default', () => {
    const r = runFrozen(['khasan', 'tumangang', '--calendar', ...NOW]);
    expect([r.code, r.stdout]).toEqual([
      0,
      `Khasan → Tumangang  train 645 · Mondays, Wednesdays and Fridays · 15:30 UTC+10

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
The Moscow → Pyongyang train also calls here; its dates and times here are not
  published.
Data last checked 2026-11-22.
`,
    ]);
  });

  it('marks dates and gives times on the --tz clock', () => {
    // Tumangang 12:00 +09 on Mon/Wed/Fri is 19:00 the evening before in Los Angeles: Sun/Tue/Thu, and 31 December from 1 January.
    const r = runFrozen([
      'tumangang',
      'khasan',
      '--calendar',
      '--tz',
      'America/Los_Angeles',
      '--date',
      '2026-12',
      ...NOW,
    ]);
    expect([r.code, r.stdout]).toEqual([
      0,
      `Tumangang → Khasan  train 646 · Mondays, Wednesdays and Fridays · 19:00 UTC-8

       December 2026
 Mo  Tu  We  Th  Fr  Sa  Su
     [1]  2  [3]  4   5  [6]
  7  [8]  9 [10] 11  12 [13]
 14 [15] 16 [17] 18  19 [20]
 21 [22] 23 [24] 25  26 [27]
 28 [29] 30 [31]

[d] a departure on that date in America/Los_Angeles (a date without a time is
  the station's own)
The Pyongyang → Moscow train also calls here; its dates and times here are not
  published.
Data last checked 2026-11-22.
`,
    ]);
  });
});

describe('RAILNEXT_SCHEDULES', () => {
  const missing = join(tmpdir(), 'railnext-no-such-schedules');

  it('is named in the error for a path it holds', () => {
    const r = runBin(['khasan'], { env: { RAILNEXT_SCHEDULES: missing } });
    expect([r.code, r.stdout, r.stderr]).toEqual([
      2,
      '',
      `railnext: RAILNEXT_SCHEDULES: no such file or folder "${missing}"\n`,
    ]);
    const empty = mkdtempSync(join(tmpdir(), 'railnext-empty-'));
    const e = runBin(['routes'], { env: { RAILNEXT_SCHEDULES: empty } });
    expect([e.code, e.stderr]).toEqual([2, `railnext: RAILNEXT_SCHEDULES: no *.json files in the folder "${empty}"\n`]);
    // A path given on the command line is the user's own, named as before.
    const flag = runBin(['khasan', '--schedules', missing]);
    expect([flag.code, flag.stderr]).toEqual([2, `railnext: schedules: no such file or folder "${missing}"\n`]);
  });

  it('with a stale path is one warning line for completion, which still prints its script', () => {
    const r = runBin(['completion', 'bash'], { env: { RAILNEXT_SCHEDULES: `${missing}:tests/fixtures/user` } });
    expect([r.code, r.stderr]).toEqual([
      0,
      `railnext: warning: RAILNEXT_SCHEDULES: no such file or folder "${missing}" (left out)\n`,
    ]);
    expect(r.stdout).toBe(runBin(['completion', 'bash']).stdout);
    // Tab still completes from the path that is there: the user fixture's route.
    const tab = runBin(['__complete', 'bash', '1', '--', 'railnext', 'khasan-ch'], {
      env: { RAILNEXT_SCHEDULES: `${missing}:tests/fixtures/user` },
    });
    expect([tab.code, tab.stdout, tab.stderr]).toEqual([0, 'words\t\nkhasan-chongjin\n', '']);
  });
});

describe('a user route that replaces a bundled one without one of its services', () => {
  // The frozen schedules through the variable, the override on the command line: a later layer, as a user's file over the bundled ones.
  const env = { RAILNEXT_SCHEDULES: 'tests/fixtures/frozen' };
  const OVERRIDE = ['--no-bundled', '--schedules', 'tests/fixtures/override'];

  it('gets a warning on stderr from a lookup, which still answers', () => {
    const r = runBin([...OVERRIDE, 'khasan', '--date', '2026-12-02', '--days', '1', '--json', ...NOW], { env });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).departures.map((d: any) => [d.service, d.departure.at])).toEqual([
      ['khasan-tumangang', '2026-12-02T16:00:00+10:00'],
    ]);
    expect(r.stderr).toBe(
      'railnext: warning: tests/fixtures/override/khasan-tumangang.json replaces the route "khasan-tumangang" without its service tumangang-khasan, which is not listed (`railnext validate` says more)\n',
    );
    expect(runBin([...OVERRIDE, 'khasan', '--quiet', ...NOW], { env }).stderr).toBe('');
  });

  it('gets a warning from validate naming the service left out', () => {
    const r = runBin([...OVERRIDE, 'validate', ...NOW], { env });
    expect([r.code, r.stdout]).toEqual([
      0,
      'tests/fixtures/override/khasan-tumangang.json:/routes/0: warning: replaces the route "khasan-tumangang" of tests/fixtures/frozen/khasan-tumangang.json without its service tumangang-khasan, no longer listed; copy it into this route to keep it (line 5)\n8 files checked: 0 errors, 1 warning.\n',
    ]);
  });

  it('gets none when the replacing route keeps every service', () => {
    const r = runBin(['--no-bundled', 'validate', ...NOW], { env });
    expect([r.code, r.stdout]).toEqual([0, '7 files checked: no problems.\n']);
  });
});

describe('listings of an empty catalogue', () => {
  it('stations and routes with --no-bundled print nothing and exit 0 (stations exited 70: a width of no ids)', () => {
    for (const command of ['stations', 'routes']) {
      expect(runBin([command, '--no-bundled'])).toMatchObject({ code: 0, stdout: '', stderr: '' });
    }
    expect(JSON.parse(runBin(['stations', '--no-bundled', '--json']).stdout)).toEqual({
      $schema: 'railnext/schemas/stations.json',
      stations: [],
    });
  });
});
