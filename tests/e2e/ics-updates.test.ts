import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { runBin } from '../helpers/run-bin.js';

/**
 * A calendar as RFC 5546 keeps one: events by UID, an incoming event
 * replacing the stored one only when its SEQUENCE is higher (or equal with a
 * later DTSTAMP). ical.js reads the files; this is all a calendar app adds.
 */
class Calendar {
  readonly events = new Map<string, { sequence: number; stamp: number; start: string; summary: string }>();

  import(ics: string): void {
    for (const vevent of new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent')) {
      const event = new ICAL.Event(vevent);
      const stamp = (vevent.getFirstPropertyValue('dtstamp') as ICAL.Time).toUnixTime();
      const stored = this.events.get(event.uid);
      if (stored && (event.sequence < stored.sequence || (event.sequence === stored.sequence && stamp <= stored.stamp)))
        continue;
      this.events.set(event.uid, {
        sequence: event.sequence,
        stamp,
        start: event.startDate.toString(),
        summary: event.summary,
      });
    }
  }
}

const dir = mkdtempSync(join(tmpdir(), 'railnext-ics-'));
const original = readFileSync('tests/fixtures/user/extra.json', 'utf8');
const ics = (file: string, now: string) => {
  const r = runBin([
    '--no-bundled',
    '--schedules',
    'tests/fixtures/frozen/stations.json',
    '--schedules',
    file,
    'extra',
    '--date',
    '2026-12-01',
    '--days',
    '21',
    '--format',
    'ics',
    '--now',
    now,
  ]);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return r.stdout;
};

describe('iCalendar updates', () => {
  const before = join(dir, 'before.json');
  const after = join(dir, 'after.json');
  writeFileSync(before, original);
  // The Saturday train moves an hour later (10:00 to 11:00, arriving 10:40); the file is checked again on 2026-12-10.
  writeFileSync(
    after,
    original
      .replace('"lastChecked": "2026-11-22"', '"lastChecked": "2026-12-10"')
      .replace('"time": "10:00"', '"time": "11:00"')
      .replace('"time": "09:40"', '"time": "10:40"'),
  );

  it("stamps each event with the export time, and the data's revision as LAST-MODIFIED and SEQUENCE", () => {
    const text = ics(before, '2026-11-30T08:00:00Z');
    expect(text).toContain(
      'UID:extra-khasan.khasan.tumangang.20261205@railnext\r\nDTSTAMP:20261130T080000Z\r\nLAST-MODIFIED:20261122T000000Z\r\nSEQUENCE:20779\r\n',
    );
    // The stations come from a file checked 2026-11-22 as well: the newest of the three dates is the route's.
    expect(ics(after, '2026-12-11T08:00:00Z')).toContain(
      'UID:extra-khasan.khasan.tumangang.20261205@railnext\r\nDTSTAMP:20261211T080000Z\r\nLAST-MODIFIED:20261210T000000Z\r\nSEQUENCE:20797\r\n',
    );
  });

  it('re-imported after the data changed, updates the events instead of adding new ones', () => {
    const calendar = new Calendar();
    calendar.import(ics(before, '2026-11-30T08:00:00Z'));
    expect([...calendar.events.values()].map((e) => e.start)).toEqual([
      '2026-12-05T00:00:00Z',
      '2026-12-12T00:00:00Z',
      '2026-12-19T00:00:00Z',
    ]);
    calendar.import(ics(after, '2026-12-11T08:00:00Z'));
    expect(calendar.events.size).toBe(3);
    expect([...calendar.events.values()].map((e) => [e.start, e.sequence])).toEqual([
      ['2026-12-05T01:00:00Z', 20797],
      ['2026-12-12T01:00:00Z', 20797],
      ['2026-12-19T01:00:00Z', 20797],
    ]);
    // The older file imported again changes nothing: its SEQUENCE is lower.
    calendar.import(ics(before, '2026-12-12T08:00:00Z'));
    expect([...calendar.events.values()].map((e) => e.start)).toEqual([
      '2026-12-05T01:00:00Z',
      '2026-12-12T01:00:00Z',
      '2026-12-19T01:00:00Z',
    ]);
  });
});
