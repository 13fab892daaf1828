import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveEvent } from '../../src/domain/expand.js';
import { formatGtfsTime, gtfsFeed } from '../../src/render/gtfs.js';
import { formatsLookup } from '../fixtures/formats-window.js';
import { gtfsStopovers } from '../helpers/read-gtfs.js';

const ZONE = 'Europe/Moscow';

function feedOf(from: string, until: string) {
  const l = formatsLookup(from, until);
  return gtfsFeed(l.departures(), {
    agencyTimeZone: ZONE,
    first: l.from,
    last: l.until,
    version: '1.0.0',
    lastChecked: null,
  });
}

describe('formatGtfsTime', () => {
  it.each([
    [0, '00:00:00'],
    [16_200, '04:30:00'],
    [86_400, '24:00:00'],
    [712_800, '198:00:00'],
    [3_599, '00:59:59'],
  ])('%i s → %s', (seconds, text) => {
    expect(formatGtfsTime(seconds)).toBe(text);
  });
});

describe('gtfsFeed', () => {
  it('writes the eight-day car past 24:00:00, one trip per clock of Pyongyang, on dated service days', () => {
    const feed = feedOf('2018-04-01', '2018-06-30');
    expect(feed.files['stop_times.txt']).toBe(
      [
        'trip_id,arrival_time,departure_time,stop_id,stop_sequence,timepoint',
        // 10:00 in Pyongyang at UTC+08:30 is 04:30 in Moscow; 06:00 in Moscow eight days on is 198:00:00.
        'pyongyang-moscow,04:30:00,04:30:00,pyongyang,1,1',
        'pyongyang-moscow,198:00:00,198:00:00,moscow,2,1',
        // From 2018-05-05 Pyongyang is at UTC+09:00 again.
        'pyongyang-moscow.2,04:00:00,04:00:00,pyongyang,1,1',
        'pyongyang-moscow.2,198:00:00,198:00:00,moscow,2,1',
        '',
      ].join('\r\n'),
    );
    expect(feed.files['calendar_dates.txt']).toBe(
      [
        'service_id,date,exception_type',
        'pyongyang-moscow,20180403,1',
        'pyongyang-moscow,20180417,1',
        'pyongyang-moscow,20180503,1',
        'pyongyang-moscow.2,20180517,1',
        'pyongyang-moscow.2,20180603,1',
        'pyongyang-moscow.2,20180617,1',
        '',
      ].join('\r\n'),
    );
    expect(feed.files['trips.txt']).toBe(
      [
        'route_id,service_id,trip_id,trip_headsign,trip_short_name',
        'through,pyongyang-moscow,pyongyang-moscow,"Moscow, ""Yaroslavsky""; \\ terminal",1/2',
        'through,pyongyang-moscow.2,pyongyang-moscow.2,"Moscow, ""Yaroslavsky""; \\ terminal",1/2',
        '',
      ].join('\r\n'),
    );
    expect(feed.files['stops.txt']).toBe(
      [
        'stop_id,stop_name,stop_lat,stop_lon,location_type,stop_timezone',
        'pyongyang,Pyongyang,39.0047,125.7364,0,Asia/Pyongyang',
        'moscow,"Moscow, ""Yaroslavsky""; \\ terminal",,,0,Europe/Moscow',
        '',
      ].join('\r\n'),
    );
    // The bus has no published time: no trip, no invented one, and said so.
    expect(feed.leftOut.map((s) => s.id)).toEqual(['heihe-blagoveshchensk']);
    expect(feed.files['routes.txt']).not.toContain('bus');
  });

  it('reads back through gtfs-utils as the same instants railnext computes, stop by stop', async () => {
    const feed = feedOf('2018-04-01', '2018-06-30');
    const dir = mkdtempSync(join(tmpdir(), 'railnext-gtfs-'));
    for (const [name, text] of Object.entries(feed.files)) writeFileSync(join(dir, name), text);
    const stopovers = await gtfsStopovers(dir, ZONE);

    const l = formatsLookup('2018-04-01', '2018-06-30');
    const expected = [...l.departures()]
      .filter((d) => d.service.id === 'pyongyang-moscow')
      .flatMap((d) => [
        ['pyongyang', resolveEvent(d.service, d.serviceDate, 0, 'departure').instant! / 1000],
        ['moscow', resolveEvent(d.service, d.serviceDate, 1, 'arrival').instant! / 1000],
      ]);
    const actual = stopovers
      .map((s) => [s.stop_id, s.stop_id === 'moscow' ? s.arrival : s.departure] as [string, number])
      .sort((a, b) => a[1] - b[1]);
    expect(actual).toEqual(expected.sort((a, b) => (a[1] as number) - (b[1] as number)));
    expect(new Date(actual[0]![1] * 1000).toISOString()).toBe('2018-04-03T01:30:00.000Z');
    expect(new Date(actual[actual.length - 1]![1] * 1000).toISOString()).toBe('2018-06-25T03:00:00.000Z');
  });
});
