/**
 * One guard for every output: a schedule whose names hold formulas
 * (=HYPERLINK(…), @SUM(A1), =cmd|…), ESC sequences, NUL, BEL, a C1 control
 * (U+0085, U+009B), bidi formatting (U+202E, U+2066, U+200F) and U+2028 /
 * U+2029, through every format, each read back by an independent reader.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import readCsv from 'gtfs-utils/read-csv.js';
import ICAL from 'ical.js';
import { afterAll, describe, expect, it } from 'vitest';

const temporary: string[] = [];
/** A folder this file made, removed after its tests. */
const made = (dir: string): string => (temporary.push(dir), dir);
afterAll(() => {
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});
import { runBin } from '../helpers/run-bin.js';

const FILE = 'tests/fixtures/hostile/every-guard.json';
const DAY = ['--no-bundled', '--schedules', FILE, '--date', '2026-12-01', '--days', '1'];

// The names as the schedule has them, and as a text format shows them.
const LINK = '=HYPERLINK("http://evil.example/","Khasan")\u2028Line\u2029Para';
const LINK_SHOWN = '=HYPERLINK("http://evil.example/","Khasan")\\u{2028}Line\\u{2029}Para';
const SUM = '@SUM(A1)\u001b[31mRed\u0000Nul\u0007Bel';
const SUM_SHOWN = '@SUM(A1)\\u{1b}[31mRed\\u{0}Nul\\u{7}Bel';
const CMD_SHOWN = "=cmd|' /C calc'!A0\\u{85}C1\\u{2066}Iso\\u{200f}Rlm";
const TIMED = '+Timed\u202eevil\u2029end';
const TIMED_SHOWN = '+Timed\\u{202e}evil\\u{2029}end';
const NUMBER_SHOWN = '@1\\u{1b}]0;title\\u{7}';
const UNTIMED_SHOWN = "=cmd|' /C calc'!A0\\u{1b}[2J\\u{2028}cleared";

/** Every character the guard never lets through raw (the C0 controls but tab, LF and CR, which formats use). */
// eslint-disable-next-line no-control-regex
const RAW =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

describe('text formats show every hostile character as a visible escape', () => {
  it('the table', () => {
    const r = runBin([...DAY, 'link', 'sum']);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(RAW);
    expect(r.stdout).toContain(`  ${LINK_SHOWN} →\n    ${SUM_SHOWN}\n  train ${NUMBER_SHOWN} · 1 h 30 min\n`);
  });

  // A note's later line does not start the cell: a spreadsheet reads no formula there.
  it('CSV, read back by csv-parse: escaped, and no cell of schedule text starts a formula', () => {
    const r = runBin([...DAY, 'link', '--format', 'csv']);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(RAW);
    const rows: Record<string, string>[] = parse(r.stdout, { columns: true });
    expect(rows.map((row) => [row.name, row.number, row.from_name, row.to_name, row.route, row.notes])).toEqual([
      [`'${UNTIMED_SHOWN}`, '', `'${LINK_SHOWN}`, `'${CMD_SHOWN}`, 'guarded', ''],
      [
        `'${TIMED_SHOWN}`,
        `'${NUMBER_SHOWN}`,
        `'${LINK_SHOWN}`,
        `'${SUM_SHOWN}`,
        'guarded',
        'a note\\u{2028}with a line separator\n=1+1',
      ],
    ]);
  });

  it('iCalendar, read back by ical.js', () => {
    const r = runBin([...DAY, 'link', 'sum', '--format', 'ics']);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(RAW);
    const event = new ICAL.Component(ICAL.parse(r.stdout)).getFirstSubcomponent('vevent')!;
    expect(event.getFirstPropertyValue('summary')).toBe(`Train ${NUMBER_SHOWN} ${LINK_SHOWN} → ${SUM_SHOWN}`);
    expect(event.getFirstPropertyValue('location')).toBe(LINK_SHOWN);
    expect(String(event.getFirstPropertyValue('description'))).toContain('Route: -Route\\u{2028}two\\u{9b}CSI.\n');
  });

  it('a GTFS feed, read back by gtfs-utils: names escaped and kept from starting a formula, ids as they are', async () => {
    const dir = join(made(mkdtempSync(join(tmpdir(), 'railnext-guard-'))), 'feed');
    const r = runBin([
      '--no-bundled',
      '--schedules',
      FILE,
      'export',
      'gtfs',
      dir,
      '--date',
      '2026-12-01',
      '--days',
      '1',
    ]);
    expect(r.code).toBe(0);
    // The message names the service left out escaped too.
    expect(r.stdout).toBe(
      `Wrote a GTFS feed to ${dir}: 1 trips on 1 service days from 2026-12-01 to 2026-12-01.\nLeft out, too few published times for a trip: ${UNTIMED_SHOWN}.\n`,
    );
    const rows = async (name: string) => {
      const out: Record<string, string>[] = [];
      for await (const row of await readCsv(join(dir, `${name}.txt`))) out.push(row);
      return out;
    };
    expect((await rows('stops')).map((s) => [s.stop_id, s.stop_name])).toEqual([
      ['link', `'${LINK_SHOWN}`],
      ['sum', `'${SUM_SHOWN}`],
    ]);
    expect((await rows('routes')).map((s) => [s.route_id, s.route_long_name])).toEqual([
      ['guarded', "'-Route\\u{2028}two\\u{9b}CSI"],
    ]);
    expect((await rows('trips')).map((s) => [s.trip_id, s.trip_headsign, s.trip_short_name])).toEqual([
      ['timed', `'${SUM_SHOWN}`, `'${NUMBER_SHOWN}`],
    ]);
    expect((await rows('translations')).map((s) => s.translation)).toEqual(['Хасан\\u{202e}биди']);
    for (const name of [
      'agency',
      'stops',
      'routes',
      'trips',
      'stop_times',
      'calendar_dates',
      'feed_info',
      'translations',
    ]) {
      expect(readFileSync(join(dir, `${name}.txt`), 'utf8')).not.toMatch(RAW);
    }
  });
});

describe('JSON keeps the exact text, every hostile character as a \\u escape', () => {
  it('--json parses back to the names as written', () => {
    const r = runBin([...DAY, 'link', 'sum', '--json']);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(RAW);
    expect(r.stdout).toContain('"name": "+Timed\\u202eevil\\u2029end"');
    const [d] = JSON.parse(r.stdout).departures;
    expect([d.name, d.number, d.departure.station.name, d.arrival.station.name]).toEqual([
      TIMED,
      '@1\u001b]0;title\u0007',
      LINK,
      SUM,
    ]);
  });

  it('NDJSON of 2 records is 2 lines to Python splitlines(), each parsing back', () => {
    const r = runBin([...DAY, 'link', '--format', 'ndjson']);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(RAW);
    const python = spawnSync(
      'python3',
      [
        '-c',
        'import sys, json\nlines = sys.stdin.read().splitlines()\nprint(len(lines)); print(json.dumps([json.loads(l)["departure"]["station"]["name"] for l in lines]))',
      ],
      { input: r.stdout, encoding: 'utf8', env: { PYTHONIOENCODING: 'utf-8', PATH: process.env.PATH ?? '' } },
    );
    expect(python.status).toBe(0);
    const [count, names] = python.stdout.split('\n');
    expect(count).toBe('2');
    expect(JSON.parse(names!)).toEqual([LINK, LINK]);
  });

  it('journeys as NDJSON and listings as JSON too', () => {
    const journeys = runBin([...DAY, 'link', 'sum', '--journeys', '--format', 'ndjson']);
    expect(journeys.code).toBe(0);
    expect(journeys.stdout).not.toMatch(RAW);
    expect(journeys.stdout.split('\n')).toHaveLength(2);
    expect(JSON.parse(journeys.stdout).legs[0].name).toBe(TIMED);
    for (const listing of ['routes', 'stations']) {
      const r = runBin(['--no-bundled', '--schedules', FILE, listing, '--json']);
      expect(r.stdout).not.toMatch(RAW);
      expect(JSON.stringify(JSON.parse(r.stdout))).toContain(
        listing === 'routes' ? JSON.stringify(TIMED) : JSON.stringify(SUM),
      );
    }
  });
});

describe('messages', () => {
  it('an unknown station on stderr: what was typed and the names it quotes are escaped', () => {
    const r = runBin(['--no-bundled', '--schedules', FILE, '\u001b[31mharbin\u2028\u009b']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `railnext: unknown station or route "\\u{1b}[31mharbin\\u{2028}\\u{9b}" (see \`railnext stations\`). railnext covers the border crossings ${LINK_SHOWN}–${SUM_SHOWN}, ${LINK_SHOWN}–${CMD_SHOWN} and the stations of the services through them.\n`,
    );
  });

  it('validate refuses ids a format would have to change, and says why', () => {
    const r = runBin(['--no-bundled', 'validate', 'tests/fixtures/broken/hostile-ids.json']);
    expect(r.code).toBe(3);
    expect(r.stdout).toBe(
      [
        'tests/fixtures/broken/hostile-ids.json:/stations/0/id: "=HYPERLINK(\\"http://x/\\")" starts with "=", which a spreadsheet reads as a formula; an id is written as it is into CSV and GTFS (line 5)',
        'tests/fixtures/broken/hostile-ids.json:/stations/1/id: "esc\\u001b[2J" holds the character U+001B, which a terminal or a reader acts on; an id is written as it is into every format (line 6)',
        'tests/fixtures/broken/hostile-ids.json:/stations/1/country: "K\\u{2028}P" holds the character U+2028, which a terminal or a reader acts on; an id is written as it is into every format (line 6)',
        'tests/fixtures/broken/hostile-ids.json:/routes/0/id: "@route" starts with "@", which a spreadsheet reads as a formula; an id is written as it is into CSV and GTFS (line 10)',
        'tests/fixtures/broken/hostile-ids.json:/routes/0/services/0/id: "bidi\\u{202e}" holds the character U+202E, which a terminal or a reader acts on; an id is written as it is into every format (line 13)',
        '1 file checked: 5 errors, 0 warnings.',
        '',
      ].join('\n'),
    );
  });
});

describe('completion', () => {
  it('offers no word the guard would change (the shell would type it raw), and shows descriptions escaped', () => {
    const r = runBin(['__complete', 'zsh', '4', '--', 'railnext', '--no-bundled', '--schedules', FILE, '']);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(RAW);
    const lines = r.stdout.split('\n');
    // The stations' names all carry such characters: their ids are offered, described by their escaped names.
    expect(lines).toEqual(
      expect.arrayContaining([
        `link\t${LINK_SHOWN}`,
        `sum\t${SUM_SHOWN}`,
        `cmd\t${CMD_SHOWN}`,
        `timed\t${TIMED_SHOWN}`,
      ]),
    );
    expect(lines.some((line) => line.startsWith('=HYPERLINK'))).toBe(false);
  });
});
