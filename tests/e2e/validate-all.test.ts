import { describe, expect, it } from 'vitest';
import { runBin } from '../helpers/run-bin.js';

const FILE = 'tests/fixtures/broken/everything-at-once.json';

describe('railnext validate tells everything at once', () => {
  it('reports every problem of the file in one run: a bad value hides neither its siblings, its children nor a duplicate id', () => {
    const r = runBin([
      '--no-bundled',
      '--schedules',
      'tests/fixtures/frozen/stations.json',
      'validate',
      FILE,
      '--now',
      '2026-11-27T00:00:00Z',
    ]);
    expect(r.code).toBe(3);
    expect(r.stderr).toBe('');
    expect(r.stdout.split('\n').map((line) => line.replace(`${FILE}:`, ''))).toEqual([
      '/stations/1/timeZone: unknown time zone "Asia/Nowhere" (expected an IANA zone such as Asia/Vladivostok) (line 6)',
      '/routes/0/mode: expected one of train, bus, road, cableway, river, got "ship" (line 10)',
      // The services of a route with a bad mode are still read and checked.
      '/routes/0/services/0/runs/weekdays/1: expected a weekday (mon, tue, wed, thu, fri, sat, sun), got "someday" (line 14)',
      '/routes/0/services/0/stops/1/station: unknown station id "atlantis" (line 17)',
      '/routes/1/services/0/runs/weekdays: warning: "weekdays" is ignored under "every": "day" (it belongs to "every": "week") (line 27)',
      '/routes/1/services/2/status: expected one of running, announced, planned, suspended, seasonal, reported, got "sailing" (line 42)',
      // A duplicate id is reported even when the station or service with it has another error.
      '/stations/1/id: duplicate station id "chongjin" (first defined at tests/fixtures/broken/everything-at-once.json:/stations/0) (line 6)',
      '/routes/1/services/2/id: duplicate service id "backwards-on-a-monday" (first defined at tests/fixtures/broken/everything-at-once.json:/routes/1/services/1) (line 42)',
      '/routes/1/services/0/runs/cancelled/0: warning: date 2026-12-24 is both added and cancelled: it is taken as added, and the service runs (line 27)',
      // Checked on the first date the service runs (a Monday), not on "from" (a Saturday).
      '/routes/1/services/1/stops/1/arrival: time runs backwards: the arrival at tumangang (2026-12-07 15:00 +09:00) is before the departure from khasan (2026-12-07 17:00 +10:00), on the first service date 2026-12-07 (line 38)',
      '2 files checked: 8 errors, 2 warnings.',
      '',
    ]);
  });

  it('gives the same problems as JSON, warnings with their severity', () => {
    const r = runBin([
      '--no-bundled',
      '--schedules',
      'tests/fixtures/frozen/stations.json',
      'validate',
      FILE,
      '--now',
      '2026-11-27T00:00:00Z',
      '--json',
    ]);
    const report = JSON.parse(r.stdout);
    expect([report.ok, report.errors, report.warnings]).toEqual([false, 8, 2]);
    expect(
      report.problems
        .filter((p: { severity: string }) => p.severity === 'warning')
        .map((p: { pointer: string }) => p.pointer),
    ).toEqual(['/routes/1/services/0/runs/weekdays', '/routes/1/services/0/runs/cancelled/0']);
  });
});
