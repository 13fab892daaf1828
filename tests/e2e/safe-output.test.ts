import { parse } from 'csv-parse/sync';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { runBin } from '../helpers/run-bin.js';

// A schedule that validates yet holds a formula, a name like a UTC offset, a
// leading minus, tab and @, a right-to-left override and a C1 control.
const HOSTILE = [
  '--no-bundled',
  '--schedules',
  'tests/fixtures/hostile/formulas.json',
  '--date',
  '2026-12-01',
  '--days',
  '1',
  '--now',
  '2026-11-27T00:00:00Z',
];

const rows = (csv: string): Record<string, string>[] => parse(csv, { columns: true, bom: false });

describe('CSV a spreadsheet cannot be attacked through', () => {
  it('puts a leading apostrophe before schedule text that starts with = + - @ or a tab, and leaves computed values alone', () => {
    const r = runBin([...HOSTILE, '--format', 'csv']);
    expect(r.code).toBe(0);
    const [row] = rows(r.stdout);
    expect(row).toMatchObject({
      name: '\\u{9}Tabbed',
      number: "'-1",
      from_name: `'=HYPERLINK("http://evil.example/","Khasan")`,
      to_name: "'+10:00",
      departure_utc_offset: '+10:00',
      arrival_utc_offset: '+09:00',
      departure_date: '2026-12-01',
      journey_minutes: '90',
      notes: "'-2+3 cmd|' /C calc'!A0\nBidi \\u{202e}evil\\u{85} end",
      sources: "'@source",
      numbers: "'-1",
    });
    // No cell of schedule text starts a formula.
    for (const column of [
      'service',
      'route',
      'name',
      'number',
      'from_id',
      'from_name',
      'to_id',
      'to_name',
      'notes',
      'sources',
      'numbers',
      'status_note',
      'fares',
      'through_cars',
    ]) {
      expect(row![column]).not.toMatch(/^[=+\-@\t\r]/);
    }
    expect(r.stdout).not.toMatch(/[\u0080-\u009f\u202a-\u202e\u2066-\u2069]/);
  });

  it('--csv-raw leaves the text as the schedule has it, still escaping control characters', () => {
    const [row] = rows(runBin([...HOSTILE, '--format', 'csv', '--csv-raw']).stdout);
    expect(row).toMatchObject({
      number: '-1',
      from_name: '=HYPERLINK("http://evil.example/","Khasan")',
      to_name: '+10:00',
      sources: '@source',
      notes: "-2+3 cmd|' /C calc'!A0\nBidi \\u{202e}evil\\u{85} end",
    });
  });

  it('--csv-raw without CSV is a usage error', () => {
    const r = runBin([...HOSTILE, '--csv-raw']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('railnext: --csv-raw goes with --format csv only\n');
  });
});

describe('bidi and C1 characters never reach the reader raw', () => {
  it('JSON and NDJSON write them as \\u escapes that parse back to the text', () => {
    for (const args of [['--json'], ['--format', 'ndjson']]) {
      const r = runBin([...HOSTILE, ...args]);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('"Bidi \\u202eevil\\u0085 end"');
      expect(r.stdout).not.toMatch(/[\u0080-\u009f\u202a-\u202e\u2066-\u2069]/);
    }
    const { departures } = JSON.parse(runBin([...HOSTILE, '--json']).stdout);
    expect(departures[0].notes[1]).toBe('Bidi \u202eevil\u0085 end');
  });

  it('routes --json escapes them too', () => {
    const routes = runBin([
      '--no-bundled',
      '--schedules',
      'tests/fixtures/hostile/formulas.json',
      'routes',
      '--json',
    ]).stdout;
    expect(routes).toContain('\\u202e');
    expect(routes).not.toMatch(/[\u0080-\u009f\u202a-\u202e\u2066-\u2069]/);
  });

  it('the table and iCalendar show them as visible escapes', () => {
    const table = runBin([...HOSTILE, '--verbose']).stdout;
    expect(table).toContain('Bidi \\u{202e}evil\\u{85} end\n');
    const ics = runBin([...HOSTILE, '--format', 'ics']).stdout;
    expect(ics).not.toMatch(/[\u0080-\u009f\u202a-\u202e\u2066-\u2069]/);
    const event = new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!;
    expect(String(event.getFirstPropertyValue('description'))).toContain(
      "\n-2+3 cmd|' /C calc'!A0\nBidi \\u{202e}evil\\u{85} end\n",
    );
  });
});
