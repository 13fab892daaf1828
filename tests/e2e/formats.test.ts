import { parse } from 'csv-parse/sync';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { runFrozen, runFrozenJson } from '../helpers/run-bin.js';
import { runCliFrozen, runCliFrozenJson } from '../helpers/run-cli.js';

// Every service over 60 days: the Moscow car (times known at one end only), the
// Heihe bus (times not published), trains across three zones.
const QUERY = ['--date', '2026-12-01', '--days', '60'];

describe('--format ndjson', () => {
  it("prints the JSON document's departures, one per line", () => {
    const { json } = runFrozenJson(QUERY);
    const r = runFrozen([...QUERY, '--format', 'ndjson']);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines.pop()).toBe('');
    expect(lines.map((line) => JSON.parse(line))).toEqual(json.departures);
    expect(json.departures.length).toBeGreaterThan(200);
  });

  it('prints nothing and exits 1 when nothing runs in the window', async () => {
    const r = await runCliFrozen(['tumen river road bridge', '--format', 'ndjson']);
    expect([r.code, r.stdout]).toEqual([1, '']);
  });
});

describe('--format csv', () => {
  it('reads back through csv-parse as the JSON, row by row', async () => {
    const { json } = await runCliFrozenJson(QUERY);
    const r = await runCliFrozen([...QUERY, '--format', 'csv']);
    expect(r.code).toBe(0);
    const rows: Record<string, string>[] = parse(r.stdout, { columns: true });
    const text = (v: string | number | null) => (v === null ? '' : String(v));
    expect(
      rows.map((row) => [
        row.service,
        row.from_id,
        row.to_id,
        row.departure_date,
        row.departure_time,
        row.departure_utc_offset,
        row.arrival_date,
        row.arrival_time,
        row.arrival_utc_offset,
        row.journey_minutes,
        row.times_per_day,
        row.notes,
      ]),
    ).toEqual(
      json.departures.map((d: any) => [
        d.service,
        d.departure.station.id,
        d.arrival.station.id,
        text(d.departure.date),
        text(d.departure.time),
        text(d.departure.utcOffset),
        text(d.arrival.date),
        text(d.arrival.time),
        text(d.arrival.utcOffset),
        text(d.durationMinutes),
        String(d.timesPerDay),
        d.notes.join('\n'),
      ]),
    );
  });

  it('shows the Khasan train as a user reads it in a spreadsheet', async () => {
    const r = await runCliFrozen(['khasan', '--date', '2026-12-01', '--days', '2', '--format', 'csv']);
    const [row] = parse(r.stdout, { columns: true }) as Record<string, string>[];
    expect(row).toMatchObject({
      number: '645',
      from_name: 'Khasan',
      to_name: 'Tumangang',
      departure_date: '2026-12-02',
      departure_time: '15:30',
      departure_utc_offset: '+10:00',
      arrival_time: '14:47',
      arrival_utc_offset: '+09:00',
      arrival_derived: 'true',
      journey_minutes: '17',
    });
  });
});

describe('--format ics', () => {
  it('reads back through ical.js: every start equals the JSON, across zones and the 8-day car', async () => {
    const { json } = await runCliFrozenJson(QUERY);
    const r = await runCliFrozen([...QUERY, '--format', 'ics']);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
    const events = new ICAL.Component(ICAL.parse(r.stdout)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events).toHaveLength(json.departures.length);
    events.forEach((e, i) => {
      const d = json.departures[i];
      if (d.departure.at === null) {
        expect([e.startDate.isDate, e.startDate.toString()]).toEqual([true, d.departure.date]);
        expect(e.summary).toMatch(/not published\)$/);
      } else {
        expect(e.startDate.zone.tzid).toBe('UTC');
        expect(e.startDate.toJSDate().toISOString()).toBe(new Date(d.departure.at).toISOString());
        if (d.arrival.at !== null)
          expect(e.endDate.toJSDate().toISOString()).toBe(new Date(d.arrival.at).toISOString());
      }
    });
    const moscow = events.find((e) => e.summary === 'Train Moscow (Yaroslavsky station) → Pyongyang');
    expect(moscow?.startDate.toJSDate().toISOString()).toBe('2026-12-11T22:00:00.000Z');
    expect(moscow?.description).toContain('Arrives Pyongyang on 2026-12-20: the time is not published.');
  });
});

describe('--format', () => {
  it('rejects a format it does not know, naming the choices', async () => {
    const r = await runCliFrozen(['khasan', '--format', 'xml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'railnext: --format: invalid value "xml" (expected table, json, ndjson, csv, ics) (see railnext --help)\n',
    );
  });

  it('takes --json as --format json, and refuses the two when they disagree', async () => {
    expect((await runCliFrozen(['khasan', '--date', '2026-12-01', '--format', 'json'])).stdout).toBe(
      (await runCliFrozen(['khasan', '--date', '2026-12-01', '--json'])).stdout,
    );
    const r = await runCliFrozen(['khasan', '--json', '--format', 'csv']);
    expect([r.code, r.stderr]).toEqual([2, 'railnext: --json and --format csv cannot be used together\n']);
  });
});

describe('--calendar', () => {
  const NOW = ['--now', '2026-11-22T06:00:00Z'];

  it('marks Mondays, Wednesdays and Fridays of January 2027 for the Khasan train', async () => {
    const r = await runCliFrozen(['khasan', '--calendar', '--date', '2027-01', ...NOW]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      [
        'Khasan → Tumangang  train 645 · Mondays, Wednesdays and Fridays · 15:30 UTC+10',
        '',
        '        January 2027',
        ' Mo  Tu  We  Th  Fr  Sa  Su',
        '                 [1]  2   3',
        ' [4]  5  [6]  7  [8]  9  10',
        '[11] 12 [13] 14 [15] 16  17',
        '[18] 19 [20] 21 [22] 23  24',
        '[25] 26 [27] 28 [29] 30  31',
        '',
        '[d] a departure on that date, local to the departing station',
        'The Pyongyang → Moscow train also calls here; its dates and times here are not',
        '  published.',
        'The Moscow → Pyongyang train also calls here; its dates and times here are not',
        '  published.',
        'Data last checked 2026-11-22.',
        '',
      ].join('\n'),
    );
  });

  it('covers whole months from --date to --until, and the current month by default', async () => {
    const r = await runCliFrozen([
      'pyongyang-moscow',
      '--calendar',
      '--date',
      '2027-01-20',
      '--until',
      '2027-02-02',
      ...NOW,
    ]);
    expect(r.stdout.match(/^ +\w+ 2027$/gm)?.map((t) => t.trim())).toEqual([
      'January 2027',
      'February 2027',
      'January 2027',
      'February 2027',
    ]);
    expect(r.stdout).toContain(' 15  16 [17] 18  19  20  21');
    expect((await runCliFrozen(['khasan', '--calendar', ...NOW])).stdout).toMatch(/^ +November 2026\n Mo  Tu/m);
  });

  it('keeps the brackets when colour is on', async () => {
    const r = await runCliFrozen(['khasan', '--calendar', '--date', '2027-01', ...NOW], { env: { FORCE_COLOR: '1' } });
    expect(r.stdout).toContain('\u001b[33m [1]\u001b[39m');
  });

  it('refuses machine formats', async () => {
    expect((await runCliFrozen(['khasan', '--calendar', '--json'])).code).toBe(2);
  });
});
