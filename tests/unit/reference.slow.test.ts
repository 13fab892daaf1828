/**
 * The bench's correctness check, in the slow test suite (no timing: CI machines are
 * noisy): railnext's departures equal those of the reference, which expands
 * the same rules with rrule and converts each occurrence with luxon.
 * `npm run bench` runs the same check over a century.
 */
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { parseIsoDate } from '../../src/domain/days.js';
import { useZoneTable } from '../../src/domain/zones.js';
import { lookup } from '../../src/domain/lookup.js';
import { unfoldThroughCars } from '../../src/domain/through.js';
import { loadBundled } from '../../src/input/schedule-files.js';
import { differences, railnextLine, referenceDepartures } from '../../scripts/reference.mjs';
import { runJson } from '../helpers/run-bin.js';

// Expanded as the bin expands, with its zone table: IANAZone alone is held to zoneinfo in zones-zoneinfo.slow.test.ts.
useZoneTable(JSON.parse(readFileSync(new URL('../../dist/zone-table.json', import.meta.url), 'utf8')).table);
afterAll(() => {
  useZoneTable(undefined);
});
const catalog = loadBundled();
/** The reference alone (rrule, and luxon's IANAZone for every occurrence) takes 7 s over twenty years of the 2026 network. */
const REFERENCE_TIMEOUT = 60_000;
const date = (text: string) => ({ kind: 'date' as const, day: parseIsoDate(text)!, text });
/** The reference's departures, worked out once per span: the library and the bin are held to the same twenty years. */
const references = new Map<string, string[]>();
function reference(first: number, last: number): string[] {
  const key = `${first} ${last}`;
  if (!references.has(key)) references.set(key, referenceDepartures(catalog, first, last));
  return references.get(key)!;
}

describe('railnext against the rrule + luxon reference', () => {
  it.each([
    ['2024-01-01', '2043-12-31'],
    ['2026-02-27', '2026-03-02'],
  ])(
    'every service, %s to %s',
    (from, until) => {
      const l = lookup(catalog, { window: { from: date(from), until: date(until), days: 1 }, now: 0 });
      // Through cars folded into their trains are departures too: the reference expands every service.
      const ours = [...unfoldThroughCars(l.departures())];
      // In time order, as the merge promises.
      expect(ours.every((d, i) => i === 0 || !(d.sortKey < ours[i - 1]!.sortKey))).toBe(true);
      expect(ours.length).toBeGreaterThan(0);
      expect(differences(ours.map(railnextLine), reference(l.from, l.until))).toEqual([]);
    },
    REFERENCE_TIMEOUT,
  );

  it(
    'the bundled bin (its zone table, its JSON) gives the same departures, 2024 to 2043',
    () => {
      const { code, json } = runJson(['--date', '2024-01-01', '--until', '2043-12-31']);
      expect(code).toBe(0);
      const offset = (text: string) =>
        (text[0] === '-' ? -1 : 1) * (Number(text.slice(1, 3)) * 60 + Number(text.slice(4, 6)));
      const end = (e: {
        station: { id: string };
        date: string | null;
        time: string | null;
        at: string | null;
        utcOffset: string | null;
      }) =>
        e.at === null
          ? `${e.station.id} ${e.date ?? '?'} ? ? ?`
          : `${e.station.id} ${e.date} ${e.time} ${offset(e.utcOffset!)} ${Date.parse(e.at)}`;
      const departures = json.departures as Array<{
        service: string;
        departure: never;
        arrival: never;
        throughCars: { service: string }[];
      }>;
      const lines = departures.map((d) => `${d.service} ${end(d.departure)} > ${end(d.arrival)}`);
      // A through car is no row of its own: its train's row names it, leaving at the same instant.
      const folded = new Set(
        departures.flatMap((d) => d.throughCars.map((car) => `${car.service} ${end(d.departure)}`)),
      );
      const expected = reference(parseIsoDate('2024-01-01')!, parseIsoDate('2043-12-31')!).filter(
        (line: string) => !folded.has(line.split(' > ')[0]!),
      );
      expect(folded.size).toBeGreaterThan(0);
      expect(differences(lines, expected)).toEqual([]);
    },
    REFERENCE_TIMEOUT,
  );
});
