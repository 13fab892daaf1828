import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCliFrozen, runCliFrozenJson, type CliResult } from '../helpers/run-cli.js';
import { gtfsStopovers } from '../helpers/read-gtfs.js';

const WINDOW = ['--date', '2026-12-01', '--days', '60'];

describe('railnext export gtfs', () => {
  const dir = mkdtempSync(join(tmpdir(), 'railnext-feed-'));
  let r: CliResult;
  beforeAll(async () => {
    r = await runCliFrozen(['export', 'gtfs', dir, ...WINDOW]);
  });

  it('writes a feed and says what it left out', async () => {
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(
      `Wrote a GTFS feed to ${dir}: 5 trips on 176 service days from 2026-12-01 to 2027-01-29.\n` +
        'Left out, too few published times for a trip: Blagoveshchensk → Heihe, Heihe → Blagoveshchensk, Pyongyang → Moscow, Pyongyang → Khabarovsk, Khabarovsk → Pyongyang.\n',
    );
    const stopTimes = readFileSync(join(dir, 'stop_times.txt'), 'utf8');
    // Moscow at 01:00, Kostroma's time not published (empty, not a timepoint), Novosibirsk on day 2 at 11:54 local = 55:54:00 Moscow time.
    expect(stopTimes).toContain(
      'moscow-pyongyang,01:00:00,01:00:00,moscow,1,1\r\nmoscow-pyongyang,,,kostroma,2,0\r\nmoscow-pyongyang,55:54:00,55:54:00,novosibirsk,3,1\r\n',
    );
    // The derived Tumangang arrival is written as approximate.
    expect(stopTimes).toContain('khasan-tumangang,08:47:00,08:47:00,tumangang,2,0\r\n');
    expect(readFileSync(join(dir, 'agency.txt'), 'utf8')).toContain(
      'rzd,Russian Railways,https://www.rzd.ru/,Europe/Moscow,ru\r\n',
    );
  });

  it('reads back through gtfs-utils: every trip starts when and where railnext says a departure leaves', async () => {
    const { json } = await runCliFrozenJson(WINDOW);
    const stopovers = await gtfsStopovers(dir, 'Europe/Moscow');
    // The first stopover of each trip on each day, in the order gtfs-utils gives them.
    const starts = new Map<string, [string, number]>();
    for (const s of stopovers) {
      const key = `${s.trip_id} ${s.start_of_trip}`;
      if (!starts.has(key)) starts.set(key, [s.stop_id, s.departure]);
    }
    const fromGtfs = [...starts.values()].sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]));
    const fromJson = json.departures
      .filter((d: any) => d.departure.at !== null)
      .map((d: any) => [d.departure.station.id, Date.parse(d.departure.at) / 1000])
      .sort((a: any, b: any) => a[1] - b[1] || a[0].localeCompare(b[0]));
    expect(fromGtfs).toEqual(fromJson);
    // 60 + 60 daily, 26 + 26 on Mon/Wed/Fri, 4 on the 12th and 26th.
    expect(fromGtfs.length).toBe(176);
    // The through car's Moscow departure on 12 December 2026, 01:00 Moscow time.
    expect(fromGtfs).toContainEqual(['moscow', Date.parse('2026-12-12T01:00:00+03:00') / 1000]);
  });

  it('ends every trip whose arrival railnext knows at that arrival', async () => {
    const { json } = await runCliFrozenJson(WINDOW);
    const stopovers = await gtfsStopovers(dir, 'Europe/Moscow');
    const arrivals = new Set(stopovers.map((s) => `${s.stop_id} ${s.arrival}`));
    const known = json.departures.filter((d: any) => d.departure.at !== null && d.arrival.at !== null);
    expect(known.length).toBeGreaterThan(100);
    for (const d of known) expect(arrivals).toContain(`${d.arrival.station.id} ${Date.parse(d.arrival.at) / 1000}`);
  });

  it('refuses a format it does not know', async () => {
    expect((await runCliFrozen(['export', 'netex', dir])).code).toBe(2);
  });

  it('says so when the folder cannot be made, and never hangs (Node 20 spins on a recursive mkdir under /proc)', async () => {
    const file = join(dir, 'agency.txt');
    expect(await runCliFrozen(['export', 'gtfs', join(file, 'feed'), '--days', '3'])).toEqual({
      code: 2,
      stdout: '',
      stderr: `railnext: cannot write the feed to ${join(file, 'feed')}: ${file} is a file, not a folder\n`,
    });
    expect(await runCliFrozen(['export', 'gtfs', '/proc/railnext-feed', '--days', '3'])).toEqual({
      code: 74,
      stdout: '',
      stderr: 'railnext: cannot write /proc/railnext-feed: no such file or directory\n',
    });
  });
});
