/**
 * One broken schedule per file in tests/fixtures/broken/, each with the exact
 * line `railnext validate` prints and the exit code; a lookup that loads the
 * same file with --schedules refuses it with the same message.
 */
import { describe, expect, it } from 'vitest';
import { BUNDLED_FILES, CHECK_DAY_NOW } from '../helpers/bundled.js';
import { runMain } from '../helpers/fake-io.js';

const DIR = 'tests/fixtures/broken';
const NOW = CHECK_DAY_NOW;
const CHECK_DAY = NOW[1]!.slice(0, 10);

const CASES: [file: string, message: string, code: number][] = [
  ['invalid-json', 'invalid-json.json: invalid JSON at line 3, column 22: trailing comma before "}"', 3],
  ['empty', 'empty.json: is empty (expected a JSON schedule with "stations" or "routes")', 3],
  [
    'not-a-schedule',
    'not-a-schedule.json:/: not a railnext schedule: it has neither "stations" nor "routes" (line 1)',
    3,
  ],
  ['array', 'array.json:/: expected an object, got an array (line 1)', 3],
  [
    'unknown-station',
    'unknown-station.json:/routes/0/services/0/stops/1/station: unknown station id "nakhodka" (line 33)',
    3,
  ],
  [
    'misspelt-station',
    'misspelt-station.json:/routes/0/services/0/stops/1/station: unknown station id "tumangan"; did you mean "tumangang"? (line 33)',
    3,
  ],
  [
    'derived-after-untimed',
    'derived-after-untimed.json:/routes/0/services/0/stops/1/arrival/journeyMinutes: warning: counts from the departure at khasan (stop 0), which has no time of its own and none that can be worked out: this time can never be known (line 34)',
    0,
  ],
  [
    'unknown-zone',
    'unknown-zone.json:/stations/0/timeZone: unknown time zone "Asia/Chongjin" (expected an IANA zone such as Asia/Vladivostok) (line 8)',
    3,
  ],
  [
    'miscased-zone',
    'miscased-zone.json:/stations/0/timeZone: time zone "asia/pyongyang" is spelled "Asia/Pyongyang" (line 8)',
    3,
  ],
  [
    'backwards',
    'backwards.json:/routes/0/services/0/stops/1/arrival: time runs backwards: the arrival at tumangang (2026-12-05 15:00 +09:00) is before the departure from khasan (2026-12-05 17:00 +10:00), on the first service date 2026-12-05 (line 35)',
    3,
  ],
  [
    'day-of-month-32',
    'day-of-month-32.json:/routes/0/services/0/runs/days/1: expected a day of the month from 1 to 31, got 32 (line 21)',
    3,
  ],
  [
    'february-30',
    'february-30.json:/routes/0/services/0/runs: the service never runs: no date from 2027-02-01 to 2027-02-28 matches its rule (line 17)',
    3,
  ],
  ['no-such-date', 'no-such-date.json:/routes/0/services/0/runs/added/0: no such date "2026-02-30" (line 24)', 3],
  [
    'added-outside',
    "added-outside.json:/routes/0/services/0/runs/added/0: added date 2026-11-28 is outside the service's dates (from 2026-12-05) (line 24)",
    3,
  ],
  [
    'cancelled-outside',
    "cancelled-outside.json:/routes/0/services/0/runs/cancelled/0: cancelled date 2027-04-03 is outside the service's dates (from 2026-12-05 to 2027-03-27) (line 25)",
    3,
  ],
  [
    'first-after-last',
    'first-after-last.json:/routes/0/services/0/runs/until: the last date 2026-12-05 is before the first date 2027-03-27 (line 23)',
    3,
  ],
  [
    'duplicate-id',
    `duplicate-id.json:/routes/1/id: duplicate route id "extra" (first defined at ${DIR}/duplicate-id.json:/routes/0) (line 44)`,
    3,
  ],
  [
    'shared-alias',
    'shared-alias.json:/stations/0/aliases/0: "Хасан" is also a name of station "khasan" (schedules/stations.json:/stations/0) (line 8)',
    3,
  ],
  ['unknown-field', 'unknown-field.json:/routes/0/services/0/runs/weekday: unknown field "weekday" (line 19)', 3],
  ['proto', 'proto.json:/__proto__: unknown field "__proto__" (line 2)', 3],
  [
    'name-source-without-name',
    'name-source-without-name.json:/stations/0/nameSources/zh: cites a source for a zh name that "names" does not give (line 9)',
    3,
  ],
  [
    'stale',
    `stale.json:/lastChecked: warning: last checked 2024-06-01, over a year before ${CHECK_DAY}: times may have changed (line 3)`,
    0,
  ],
];

describe('railnext validate on one broken file', () => {
  it.each(CASES)('%s', async (name, message, code) => {
    const r = await runMain(['validate', `${DIR}/${name}.json`, ...NOW]);
    expect(r.stdout).toBe(
      `${DIR}/${message}\n${BUNDLED_FILES + 1} files checked: ${code === 0 ? '0 errors, 1 warning' : '1 error, 0 warnings'}.\n`,
    );
    expect(r.stderr).toBe('');
    expect(r.code).toBe(code);
  });
});

describe('a lookup with the same file', () => {
  it.each(CASES.filter(([, , code]) => code === 3))(
    '%s: exit 3, the same message on stderr, nothing on stdout',
    async (name, message) => {
      const r = await runMain(['khasan', '--schedules', `${DIR}/${name}.json`, ...NOW]);
      expect(r).toEqual({ code: 3, stdout: '', stderr: `railnext: ${DIR}/${message}\n` });
    },
  );

  it('a warning does not stop a lookup; the oldest check date makes the data old', async () => {
    const r = await runMain(['khasan', '--schedules', `${DIR}/stale.json`, '--now', '2026-11-22T00:00:00Z']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(
      'railnext: warning: the schedules were last checked 2024-06-01 (sources up to 2026-03), 904 days ago: times may have changed. Update with `npm install -g railnext@latest`, or load newer schedules with --schedules.\n',
    );
    expect(
      (await runMain(['khasan', '--schedules', `${DIR}/stale.json`, '--quiet', '--now', '2026-11-22T00:00:00Z']))
        .stderr,
    ).toBe('');
  });
});

describe('validate --json', () => {
  it('reports every problem of every file at once, with its parts', async () => {
    const r = await runMain([
      'validate',
      `${DIR}/unknown-zone.json`,
      `${DIR}/empty.json`,
      `${DIR}/stale.json`,
      '--json',
      ...NOW,
    ]);
    expect(r.code).toBe(3);
    const report = JSON.parse(r.stdout);
    expect(report).toMatchObject({ ok: false, errors: 2, warnings: 1 });
    expect(report.files).toHaveLength(BUNDLED_FILES + 3);
    expect(report.problems).toEqual([
      {
        file: `${DIR}/empty.json`,
        pointer: null,
        message: 'is empty (expected a JSON schedule with "stations" or "routes")',
        severity: 'error',
        line: null,
      },
      {
        file: `${DIR}/unknown-zone.json`,
        pointer: '/stations/0/timeZone',
        message: 'unknown time zone "Asia/Chongjin" (expected an IANA zone such as Asia/Vladivostok)',
        severity: 'error',
        line: 8,
      },
      {
        file: `${DIR}/stale.json`,
        pointer: '/lastChecked',
        message: `last checked 2024-06-01, over a year before ${CHECK_DAY}: times may have changed`,
        severity: 'warning',
        line: 3,
      },
    ]);
  });

  it('is clean for the bundled schedules', async () => {
    const r = await runMain(['validate', '--json', ...NOW]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ ok: true, errors: 0, warnings: 0, problems: [] });
  });
});
