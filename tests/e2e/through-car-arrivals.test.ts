/**
 * A train is one row, and its cars say where they go: the row of a train that
 * carries cars beyond where it ends names each car's arrival, on that
 * station's clock (or --tz's), with its marks; the JSON gives each car its
 * number, arrival and duration as a departure's. The fixture is a short
 * train (Home → Edge, arrival not published) carrying a Far car (published
 * arrival the next morning, on Beijing time) and a West car (day 8, no time).
 */
import { describe, expect, it } from 'vitest';
import { runBin, runJson } from '../helpers/run-bin.js';

const ONWARD = [
  '--no-bundled',
  '--schedules',
  'tests/fixtures/onward-cars/cars.json',
  'home',
  '--date',
  '2026-12-01',
  '--days',
  '2',
  '--no-color',
];

const rows = (stdout: string) => stdout.split('\n').filter((line) => line.startsWith('│ ') && !line.includes('Date'));

describe('through cars in the departures of the train that carries them', () => {
  it('the row names each car and its arrival, with its offset and marks', () => {
    const r = runBin(ONWARD, { env: { COLUMNS: '100' } });
    expect(r.code).toBe(0);
    expect(rows(r.stdout)).toEqual([
      '│ Tue 1 Dec │ 10:26   │ Home → Edge │ ?       │ ?       │ train 51                                 │',
      '│ Wed 2 Dec │ 10:26   │ Home → Edge │ ?       │ ?       │ train 51, Far car: arr. Thu 3 Dec 08:40  │',
      '│           │         │             │         │         │ +08, West car: arr. Thu 10 Dec ? *       │',
    ]);
    expect(r.stdout).toContain('? not published; * low confidence.');
  });

  it('on the --tz clock, without the station offset', () => {
    const r = runBin([...ONWARD, '--tz', 'UTC'], { env: { COLUMNS: '100' } });
    expect(rows(r.stdout)[1]).toBe(
      '│ Wed 2 Dec │ 01:26   │ Home → Edge │ ?       │ ?       │ train 51, Far car: arr. Thu 3 Dec 00:40, │',
    );
  });

  it('in every language, each listing the cars with its own separator, and stacked at 50 columns', () => {
    const at = (lang: string) =>
      runBin([...ONWARD, '--date', '2026-12-02', '--days', '1', '--lang', lang], { env: { COLUMNS: '200' } }).stdout;
    expect(at('ru')).toContain('поезд 51, вагон «Far»: приб. чт 3 дек. 08:40 +08, вагон «West»: приб. чт 10 дек. ? *');
    expect(at('zh')).toContain('列车 51，Far车厢：12月3日周四 08:40 +08 到，West车厢：12月10日周四 ? * 到');
    expect(at('ko')).toContain('열차 51, Far 객차: 12월 3일 (목) 08:40 +08 도착, West 객차: 12월 10일 (목) ? * 도착');
    const narrow = runBin([...ONWARD, '--date', '2026-12-02', '--days', '1'], { env: { COLUMNS: '50' } }).stdout;
    expect(narrow).toContain(
      '\nWed 2 Dec  10:26 → ?\n  Home → Edge\n  train 51, Far car: arr. Thu 3 Dec 08:40 +08,\n    West car: arr. Thu 10 Dec ? * · ?\n',
    );
  });

  it('the JSON gives each car its numbers, arrival and duration, as a departure has them', () => {
    const { json } = runJson([...ONWARD, '--json']);
    const [tuesday, wednesday] = json.departures;
    expect(tuesday.throughCars).toEqual([]);
    expect(wednesday.throughCars.map((car: { service: string }) => car.service)).toEqual(['far-car', 'west-car']);
    const [far, west] = wednesday.throughCars;
    expect(far).toMatchObject({
      service: 'far-car',
      from: 'home',
      to: 'far',
      number: '51',
      numbers: ['51', '85'],
      durationMinutes: 1394,
    });
    expect(far.arrival).toMatchObject({
      date: '2026-12-03',
      time: '08:40',
      at: '2026-12-03T08:40:00+08:00',
      utc: '2026-12-03T00:40:00Z',
      utcOffset: '+08:00',
      derived: false,
      confidence: 'high',
    });
    expect(wednesday.departure).toMatchObject({
      at: '2026-12-02T10:26:00+09:00',
      utc: '2026-12-02T01:26:00Z',
      utcOffset: '+09:00',
    });
    expect(far.arrival.station).toMatchObject({ id: 'far', timeZone: 'Asia/Shanghai' });
    expect(west).toMatchObject({ number: null, numbers: [], durationMinutes: null });
    expect(west.arrival).toMatchObject({
      date: '2026-12-10',
      time: null,
      at: null,
      utc: null,
      utcOffset: null,
      confidence: 'low',
    });
  });

  it('each date its own cars’ arrivals, in the document and the NDJSON stream alike', () => {
    const window = ['--date', '2026-12-01', '--days', '14'];
    const carried = (
      departures: {
        departure: { date: string };
        throughCars: { service: string; arrival: { date: string; utc: string | null } }[];
      }[],
    ) =>
      departures
        .filter((d) => d.throughCars.length > 0)
        .map(
          (d) =>
            `${d.departure.date}: ${d.throughCars.map((car) => `${car.service} ${car.arrival.date} ${car.arrival.utc}`).join(', ')}`,
        );
    const expected = [
      '2026-12-02: far-car 2026-12-03 2026-12-03T00:40:00Z, west-car 2026-12-10 null',
      '2026-12-07: far-car 2026-12-08 2026-12-08T00:40:00Z',
      '2026-12-09: far-car 2026-12-10 2026-12-10T00:40:00Z, west-car 2026-12-17 null',
      '2026-12-14: far-car 2026-12-15 2026-12-15T00:40:00Z',
    ];
    expect(carried(runJson([...ONWARD, ...window, '--json']).json.departures)).toEqual(expected);
    const lines = runBin([...ONWARD, ...window, '--format', 'ndjson'])
      .stdout.trim()
      .split('\n');
    expect(carried(lines.map((line) => JSON.parse(line)))).toEqual(expected);
  });
});
