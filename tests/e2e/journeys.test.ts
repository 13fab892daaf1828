/**
 * Journeys through the real bin, on the fixture network of tests/fixtures/journeys
 * (FACTS §1, 4, 5, 7-9): the table through the real bin, the rest through
 * main() in this process; every machine format read back by an independent
 * reader, the options and their errors.
 */
import { parse } from 'csv-parse/sync';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { runBin } from '../helpers/run-bin.js';
import { runCli, runCliJson } from '../helpers/run-cli.js';
import { JOURNEY_FIXTURES } from '../helpers/journeys.js';

const F = ['--no-bundled', '--schedules', JOURNEY_FIXTURES];
const MOSCOW_BEIJING = [...F, 'moscow', 'beijing', '--date', '2027-01-12', '--days', '1'];

describe('railnext moscow beijing --date 2027-01-12 --days 1 (no direct service: journeys)', () => {
  it('prints the possible change on the 20th and the sure one on the 21st, arriving the 22nd at 08:40 Beijing time', () => {
    // Wide enough for each leg on a line of aligned columns.
    const r = runBin(MOSCOW_BEIJING, { env: { COLUMNS: '140' } });
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toBe(
      [
        'Moscow → Beijing, leaving on 2027-01-12  (times local to each station)',
        '',
        'Journey 1 · possible · 1 change · 9 d 3 h',
        '  Tue 12 Jan 2027  01:00 +03 *  Moscow → Pyongyang   Wed 20 Jan 2027  ?          Moscow → Pyongyang',
        '  ↳ change at Pyongyang (possible): works if the Moscow → Pyongyang train is in by 09:26 +09 on 2027-01-20; wait 0 min to 10 h 26 min',
        '  Wed 20 Jan 2027  10:26 +09    Pyongyang → Beijing  Thu 21 Jan 2027  08:40 +08  train 51',
        '',
        'Journey 2 · sure · 1 change · 10 d 3 h',
        '  Tue 12 Jan 2027  01:00 +03 *  Moscow → Pyongyang   Wed 20 Jan 2027  ?          Moscow → Pyongyang',
        '  ↳ change at Pyongyang (sure): wait 10 h 27 min to 1 d 10 h',
        '  Thu 21 Jan 2027  10:26 +09    Pyongyang → Beijing  Fri 22 Jan 2027  08:40 +08  train 51',
        '',
        'Domestic trains are not covered: the schedules hold cross-border services only.',
        'sure: every change leaves at least 1 h, whatever the times not published turn out to be; possible: it does only for some of them.',
        '? not published · * low confidence',
        'Sources: FACTS (fixture).',
        'Data last checked 2026-11-27.',
        '',
      ].join('\n'),
    );
  });

  it('stacks each leg on three lines where the columns do not fit (80 columns by default), and wraps every line', () => {
    const r = runBin(MOSCOW_BEIJING);
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(r.stdout.split('\n').slice(2, 11)).toEqual([
      'Journey 1 · possible · 1 change · 9 d 3 h',
      '  Tue 12 Jan 2027  01:00 +03 * → Wed 20 Jan 2027  ?',
      '    Moscow → Pyongyang',
      '    Moscow → Pyongyang',
      '  ↳ change at Pyongyang (possible): works if the Moscow → Pyongyang train is in',
      '    by 09:26 +09 on 2027-01-20; wait 0 min to 10 h 26 min',
      '  Wed 20 Jan 2027  10:26 +09 → Thu 21 Jan 2027  08:40 +08',
      '    Pyongyang → Beijing',
      '    train 51',
    ]);
    expect(Math.max(...r.stdout.split('\n').map((line) => [...line].length))).toBeLessThanOrEqual(80);
  });

  it('spells the journeys in ASCII under --ascii, measured as ASCII, at 50 columns', () => {
    const r = runBin([...MOSCOW_BEIJING, '--ascii'], { env: { COLUMNS: '50' } });
    expect(r.stdout.split('\n').slice(0, 11)).toEqual([
      'Moscow -> Beijing, leaving on 2027-01-12  (times',
      '  local to each station)',
      '',
      'Journey 1 - possible - 1 change - 9 d 3 h',
      '  Tue 12 Jan 2027  01:00 +03 * -> Wed 20 Jan 2027',
      '    ?',
      '    Moscow -> Pyongyang',
      '    Moscow -> Pyongyang',
      '  -> change at Pyongyang (possible): works if the',
      '    Moscow -> Pyongyang train is in by 09:26 +09',
      '    on 2027-01-20; wait 0 min to 10 h 26 min',
    ]);
    expect(r.stdout.split('\n').filter((line) => line.length > 50 || /[^\u0000-\u007f]/.test(line))).toEqual([]);
  });

  it('gives the journeys as JSON: legs as the lookup shows departures, changes with status and waits', async () => {
    const { code, json } = await runCliJson([...MOSCOW_BEIJING, '--now', '2026-11-28T00:00:00Z']);
    expect(code).toBe(0);
    expect({ ...json, journeys: undefined }).toEqual({
      $schema: 'railnext/schemas/journeys.json',
      query: 'moscow',
      destination: 'beijing',
      from: '2027-01-12',
      until: '2027-01-12',
      arriveBy: null,
      changeMinutes: 60,
      maxChanges: 2,
      maxWaitDays: 45,
      journeys: undefined,
      notes: [
        'No direct departure in the window: these are journeys with changes.',
        'Domestic trains are not covered: the schedules hold cross-border services only.',
      ],
      lastChecked: '2026-11-27',
      sourcesUpTo: null,
      dataAge: { daysSinceChecked: 1, staleAfterDays: 180, stale: false, warning: null },
    });
    expect(
      json.journeys.map((j: any) => [
        j.id,
        j.status,
        j.durationMinutes,
        j.legs.map((l: any) => [l.service, l.departure.at ?? l.departure.date, l.arrival.at ?? l.arrival.date]),
      ]),
    ).toEqual([
      [
        1,
        'possible',
        13120,
        [
          ['moscow-pyongyang', '2027-01-12T01:00:00+03:00', '2027-01-20'],
          ['pyongyang-beijing', '2027-01-20T10:26:00+09:00', '2027-01-21T08:40:00+08:00'],
        ],
      ],
      [
        2,
        'sure',
        14560,
        [
          ['moscow-pyongyang', '2027-01-12T01:00:00+03:00', '2027-01-20'],
          ['pyongyang-beijing', '2027-01-21T10:26:00+09:00', '2027-01-22T08:40:00+08:00'],
        ],
      ],
    ]);
    const pyongyang = { id: 'pyongyang', name: 'Pyongyang', country: 'KP', timeZone: 'Asia/Pyongyang' };
    expect(json.journeys.map((j: any) => j.changes)).toEqual([
      [
        {
          station: pyongyang,
          status: 'possible',
          waitMinutes: null,
          minWaitMinutes: 0,
          maxWaitMinutes: 626,
          arriveBy: '2027-01-20T09:26:00+09:00',
        },
      ],
      [
        {
          station: pyongyang,
          status: 'sure',
          waitMinutes: null,
          minWaitMinutes: 627,
          maxWaitMinutes: 2066,
          arriveBy: null,
        },
      ],
    ]);
    // The legs are the lookup's own departure objects.
    const { json: direct } = await runCliJson([...F, 'pyongyang', 'beijing', '--date', '2027-01-21', '--days', '1']);
    expect(json.journeys[1].legs[1]).toEqual(direct.departures[0]);
  });

  it("NDJSON: one journey a line, the JSON document's journeys[i]", async () => {
    const { json } = await runCliJson(MOSCOW_BEIJING);
    const r = await runCli([...MOSCOW_BEIJING, '--format', 'ndjson']);
    expect(r.code).toBe(0);
    expect(
      r.stdout
        .trimEnd()
        .split('\n')
        .map((line) => JSON.parse(line)),
    ).toEqual(json.journeys);
  });

  it('CSV: a row per leg with its journey id and the change after it, read back by csv-parse', async () => {
    const r = await runCli([...MOSCOW_BEIJING, '--format', 'csv']);
    expect(r.code).toBe(0);
    const rows: Record<string, string>[] = parse(r.stdout, { columns: true });
    expect(
      rows.map((row) => [
        row.journey,
        row.journey_status,
        row.leg,
        row.service,
        row.departure_date,
        row.departure_time,
        row.arrival_date,
        row.arrival_time,
        row.change_status,
        row.change_wait_min_minutes,
        row.change_wait_max_minutes,
      ]),
    ).toEqual([
      ['1', 'possible', '1', 'moscow-pyongyang', '2027-01-12', '01:00', '2027-01-20', '', 'possible', '0', '626'],
      ['1', 'possible', '2', 'pyongyang-beijing', '2027-01-20', '10:26', '2027-01-21', '08:40', '', '', ''],
      ['2', 'sure', '1', 'moscow-pyongyang', '2027-01-12', '01:00', '2027-01-20', '', 'sure', '627', '2066'],
      ['2', 'sure', '2', 'pyongyang-beijing', '2027-01-21', '10:26', '2027-01-22', '08:40', '', '', ''],
    ]);
  });

  it("iCalendar: an event a leg, each later leg related to its journey's first, read back by ical.js", async () => {
    const r = await runCli([...MOSCOW_BEIJING, '--format', 'ics']);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
    const events = new ICAL.Component(ICAL.parse(r.stdout)).getAllSubcomponents('vevent');
    expect(events.map((v) => [v.getFirstPropertyValue('summary'), String(v.getFirstPropertyValue('dtstart'))])).toEqual(
      [
        ['Journey 1 (possible), leg 1/2: Train Moscow → Pyongyang', '2027-01-11T22:00:00Z'],
        ['Journey 1 (possible), leg 2/2: Train 51 Pyongyang → Beijing', '2027-01-20T01:26:00Z'],
        ['Journey 2 (sure), leg 1/2: Train Moscow → Pyongyang', '2027-01-11T22:00:00Z'],
        ['Journey 2 (sure), leg 2/2: Train 51 Pyongyang → Beijing', '2027-01-21T01:26:00Z'],
      ],
    );
    const uids = events.map((v) => v.getFirstPropertyValue('uid'));
    expect(new Set(uids).size).toBe(4);
    expect(events.map((v) => v.getFirstPropertyValue('related-to') ?? null)).toEqual([null, uids[0], null, uids[2]]);
    expect(String(events[0]!.getFirstPropertyValue('description'))).toContain(
      'Then change at Pyongyang (possible; it works if the arrival is by 2027-01-20T09:26:00+09:00); wait 0 min to 10 h 26 min.',
    );
  });
});

describe('journey options', () => {
  it('--journeys lists journeys even where a direct service runs; a through car is one leg', async () => {
    const r = await runCli([
      ...F,
      'irkutsk',
      'manzhouli',
      '--date',
      '2027-01-10',
      '--days',
      '7',
      '--journeys',
      '--format',
      'csv',
    ]);
    expect(r.code).toBe(0);
    const rows: Record<string, string>[] = parse(r.stdout, { columns: true });
    expect(
      rows.map((row) => [row.journey, row.leg, row.service, row.departure_date, row.arrival_date, row.arrival_time]),
    ).toEqual([
      ['1', '1', 'irkutsk-manzhouli', '2027-01-11', '2027-01-13', '11:00'],
      ['2', '1', 'irkutsk-manzhouli', '2027-01-15', '2027-01-17', '11:00'],
    ]);
  });

  it('--journeys lists a through car that leaves in its train once: the Beijing car in train 51 is train 51', async () => {
    const { json } = await runCliJson([
      ...F,
      'pyongyang',
      'dandong',
      '--date',
      '2027-01-20',
      '--days',
      '2',
      '--journeys',
    ]);
    expect(json.journeys.map((j: any) => [j.status, j.legs.map((l: any) => [l.service, l.departure.at])])).toEqual([
      ['sure', [['pyongyang-dandong', '2027-01-20T10:26:00+09:00']]],
      ['sure', [['pyongyang-dandong', '2027-01-21T10:26:00+09:00']]],
    ]);
  });

  it('an empty window with no direct service names the journeys of the first date after it (exit 1)', async () => {
    const args = [...F, 'khabarovsk', 'dandong', '--date', '2027-01-01', '--days', '7'];
    const r = await runCli(args, { env: { COLUMNS: '140' } });
    expect(r.code).toBe(1);
    expect(r.stdout.split('\n').slice(0, 4)).toEqual([
      'Khabarovsk → Dandong, leaving from 2027-01-01 to 2027-01-07  (times local to each station)',
      'No journey with at most 2 changes leaves Khabarovsk for Dandong in that time.',
      'The next journeys leave on Thu 21 Jan 2027:',
      '',
    ]);
    const { json } = await runCliJson(args);
    expect([
      json.journeys,
      json.next.map((j: any) => [j.id, j.status, j.legs.map((l: any) => l.departure.date)]),
    ]).toEqual([
      [],
      [
        [1, 'possible', ['2027-01-21', '2027-01-23']],
        [2, 'sure', ['2027-01-21', '2027-01-24']],
        [3, 'sure', ['2027-01-21', '2027-01-25']],
      ],
    ]);
  });

  it('without --journeys, direct departures come first, as before', async () => {
    const { code, json } = await runCliJson([...F, 'irkutsk', 'manzhouli', '--date', '2027-01-10', '--days', '7']);
    expect(code).toBe(0);
    expect(json.departures.map((d: any) => d.departure.date)).toEqual(['2027-01-11', '2027-01-15']);
    expect(json.journeys).toBeUndefined();
  });

  it('--changes 0 leaves no journey from Moscow to Beijing: the answer names the option, not a missing service (exit 1)', () => {
    const r = runBin([...MOSCOW_BEIJING, '--changes', '0']);
    expect([r.code, r.stderr, r.stdout]).toEqual([
      1,
      '',
      [
        'Moscow → Beijing, leaving on 2027-01-12  (times local to each station)',
        'No journey fits these options (at most 0 changes).',
        '',
        'Domestic trains are not covered: the schedules hold cross-border services only.',
        'Data last checked 2026-11-27.',
        '',
      ].join('\n'),
    ]);
  });

  it('--change 11h: the 20th is surely missed, the 21st possible, and with no Beijing car on Friday the 22nd, Saturday the 23rd is the sure one', async () => {
    const { json } = await runCliJson([...MOSCOW_BEIJING, '--change', '11h']);
    expect(json.journeys.map((j: any) => [j.status, j.legs[1].departure.date])).toEqual([
      ['possible', '2027-01-21'],
      ['sure', '2027-01-23'],
    ]);
    expect(json.changeMinutes).toBe(660);
  });

  it('--arrive-by: the journey that leaves last and surely arrives by the end of that day', async () => {
    const { code, json } = await runCliJson([...F, 'moscow', 'beijing', '--arrive-by', '2027-01-22']);
    expect(code).toBe(0);
    expect([json.arriveBy, json.journeys.map((j: any) => [j.status, j.legs.at(-1).arrival.at])]).toEqual([
      '2027-01-22',
      [['sure', '2027-01-22T08:40:00+08:00']],
    ]);
  });

  it('--to alone covers the default window, as --json does: it is not the ten-year board of a bare `railnext`', async () => {
    const r = await runCli([...F, '--to', 'pyongyang', '--now', '2027-01-20T00:00:00Z'], { env: { COLUMNS: '140' } });
    const { json } = await runCliJson([...F, '--to', 'pyongyang', '--now', '2027-01-20T00:00:00Z']);
    expect([r.stdout.split('\n')[0], json.from, json.until]).toEqual([
      'Arrivals at Pyongyang from 2027-01-20 to 2027-02-02  (times local to each station)',
      '2027-01-20',
      '2027-02-02',
    ]);
  });

  it('--to --json: an arrivals document, each ride the departure object the lookup prints; NDJSON a ride a line', async () => {
    const args = [...F, '--to', 'pyongyang', '--date', '2027-01-20', '--days', '2'];
    const { code, json } = await runCliJson(args);
    expect(code).toBe(0);
    expect({ ...json, arrivals: undefined }).toEqual({
      $schema: 'railnext/schemas/arrivals.json',
      destination: 'pyongyang',
      from: '2027-01-20',
      until: '2027-01-21',
      arrivals: undefined,
      notes: [],
      lastChecked: '2026-11-27',
      sourcesUpTo: null,
      dataAge: { daysSinceChecked: 0, staleAfterDays: 180, stale: false, warning: null },
    });
    expect(json.arrivals.map((a: any) => [a.service, a.departure.at, a.arrival.at, a.arrival.date])).toEqual([
      ['moscow-pyongyang', '2027-01-12T01:00:00+03:00', null, '2027-01-20'],
      ['dandong-pyongyang', '2027-01-20T10:00:00+08:00', '2027-01-20T18:07:00+09:00', '2027-01-20'],
      ['beijing-pyongyang', '2027-01-20T17:26:00+08:00', '2027-01-21T18:07:00+09:00', '2027-01-21'],
      ['dandong-pyongyang', '2027-01-21T10:00:00+08:00', '2027-01-21T18:07:00+09:00', '2027-01-21'],
    ]);
    const lines = (await runCli([...args, '--format', 'ndjson'])).stdout;
    expect(lines).toBe(json.arrivals.map((a: any) => `${JSON.stringify(a)}\n`).join(''));
  });

  it('--to: what reaches Pyongyang, by arrival', async () => {
    const r = await runCli([...F, '--to', 'pyongyang', '--date', '2027-01-20', '--days', '2'], {
      env: { COLUMNS: '140' },
    });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      [
        'Arrivals at Pyongyang from 2027-01-20 to 2027-01-21  (times local to each station)',
        'Tue 12 Jan 2027  01:00 +03 *  Moscow → Pyongyang   Wed 20 Jan 2027  ?          Moscow → Pyongyang',
        'Wed 20 Jan 2027  10:00 +08    Dandong → Pyongyang  Wed 20 Jan 2027  18:07 +09  train 95',
        'Wed 20 Jan 2027  17:26 +08    Beijing → Pyongyang  Thu 21 Jan 2027  18:07 +09  train K27',
        'Thu 21 Jan 2027  10:00 +08    Dandong → Pyongyang  Thu 21 Jan 2027  18:07 +09  train 95',
        '',
        '? not published · * low confidence',
        'Sources: FACTS (fixture).',
        'Data last checked 2026-11-27.',
        '',
      ].join('\n'),
    );
  });

  it.each([
    [
      ['--change', '90'],
      'railnext: --change: invalid duration "90" (expected a number with a unit: 90m, 2h, 1h30m, 3d or 2w)',
    ],
    [['--max-wait', '36h'], 'railnext: --max-wait: "36h" is not a whole number of days (expected, say, 45d or 6w)'],
    [['--changes', '9'], 'railnext: --changes: expected a whole number from 0 to 5, got "9"'],
    [
      ['--to', 'pyongyang'],
      'railnext: --to lists arrivals from anywhere: give no station before it (for one origin, name both: railnext FROM TO)',
    ],
    [
      ['--arrive-by', 'fri'],
      'railnext: --arrive-by sets the dates itself: it does not go with --date, --until, --on or --days',
    ],
  ])('%j is a usage error (exit 2)', async (extra, message) => {
    const r = await runCli([...MOSCOW_BEIJING, ...extra]);
    expect([r.code, r.stdout, r.stderr]).toEqual([2, '', `${message}\n`]);
  });
});

describe('journeys with --tz', () => {
  it('shows every date and time on that clock; a published date with no time is the span of its local day there', async () => {
    // No direct service, so the lookup plans journeys, in Berlin time: 01:00 in Moscow is 23:00 the day before.
    const r = await runCli([...MOSCOW_BEIJING, '--tz', 'Europe/Berlin'], { env: { COLUMNS: '160' } });
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n').slice(0, 6)).toEqual([
      'Moscow → Beijing, leaving on 2027-01-12  (times in Europe/Berlin)',
      '',
      'Journey 1 · possible · 1 change · 9 d 3 h',
      '  Mon 11 Jan 2027  23:00 +01 *  Moscow → Pyongyang   Tue 19 Jan 2027 – Wed 20 Jan 2027  ?          Moscow → Pyongyang',
      '  ↳ change at Pyongyang (possible): works if the Moscow → Pyongyang train is in by 01:26 +01 on 2027-01-20; wait 0 min to 10 h 26 min',
      '  Wed 20 Jan 2027  02:26 +01    Pyongyang → Beijing  Thu 21 Jan 2027                    01:40 +01  train 51',
    ]);
    expect(r.stdout).toContain(
      '\n? not published · * low confidence · a range of dates: the time is not published, and on this clock it may fall on any of them\n',
    );
  });

  it('leaves the JSON as it is: its times carry their offsets', async () => {
    const plain = await runCliJson([...MOSCOW_BEIJING, '--journeys']);
    const inBerlin = await runCliJson([...MOSCOW_BEIJING, '--journeys', '--tz', 'Europe/Berlin']);
    expect(inBerlin.json).toEqual(plain.json);
  });
});
