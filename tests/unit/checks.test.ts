/**
 * Meaning checks and layering, through readCatalog: which ids replace which,
 * and which are duplicates.
 */
import { describe, expect, it } from 'vitest';
import { readCatalog, type ScheduleDocument } from '../../src/input/catalog.js';
import { formatProblem } from '../../src/input/problems.js';

const KHASAN = { id: 'khasan', name: 'Khasan', aliases: ['Хасан'], country: 'RU', timeZone: 'Asia/Vladivostok' };
const TUMANGANG = { id: 'tumangang', name: 'Tumangang', country: 'KP', timeZone: 'Asia/Pyongyang' };
const service = (
  id: string,
  runs: object = { every: 'day', from: '2026-01-01' },
  departure: object = { time: '10:00', confidence: 'high' },
  arrival: object = { journeyMinutes: 17, confidence: 'low' },
) => ({
  id,
  name: id,
  confidence: 'high',
  runs,
  stops: [
    { station: 'khasan', departure },
    { station: 'tumangang', arrival },
  ],
});
const route = (id: string, services: object[]) => ({ id, name: id, mode: 'train', status: 'running', services });

function problems(documents: ScheduleDocument[], now?: number): string[] {
  return readCatalog(documents, now === undefined ? {} : { now }).problems.map(formatProblem);
}

describe('layers', () => {
  const base: ScheduleDocument = {
    file: 'base.json',
    layer: 'bundled',
    data: { stations: [KHASAN, TUMANGANG], routes: [route('a', [service('s1'), service('s2')])] },
  };

  it('a later layer replaces a service of the same id, even in another route', () => {
    const user: ScheduleDocument = {
      file: 'user.json',
      layer: 'user',
      data: { routes: [route('mine', [service('s2', undefined, { time: '11:00', confidence: 'low' })])] },
    };
    const { catalog, problems: found } = readCatalog([base, user]);
    expect(found).toEqual([]);
    expect(catalog.routes.map((r) => [r.id, r.origin, r.services.map((s) => s.id)])).toEqual([
      ['a', 'base.json', ['s1']],
      ['mine', 'user.json', ['s2']],
    ]);
    expect(catalog.services.find((s) => s.id === 's2')!.stops[0]!.departure!.time).toBe(11 * 60);
  });

  it('a later layer replaces a station, and the routes read after it use the new one', () => {
    const user: ScheduleDocument = {
      file: 'user.json',
      layer: 'user',
      data: { stations: [{ ...KHASAN, name: 'Khasan (new)' }] },
    };
    const { catalog } = readCatalog([base, user]);
    expect(catalog.services[0]!.stops[0]!.station.name).toBe('Khasan (new)');
    expect(catalog.stations.find((s) => s.id === 'khasan')!.origin).toBe('user.json');
  });

  it('the same id twice in one layer is a duplicate, in one file or two', () => {
    const a: ScheduleDocument = { file: 'a.json', layer: 'user', data: { routes: [route('x', [service('s9')])] } };
    const b: ScheduleDocument = {
      file: 'b.json',
      layer: 'user',
      data: {
        routes: [route('x', [service('s9')])],
        stations: [
          { ...TUMANGANG, id: 'tumangang' },
          { ...TUMANGANG, id: 'tumangang' },
        ],
      },
    };
    expect(problems([base, a, b])).toEqual([
      'b.json:/stations/1/id: duplicate station id "tumangang" (first defined at b.json:/stations/0)',
      'b.json:/routes/0/id: duplicate route id "x" (first defined at a.json:/routes/0)',
    ]);
  });
});

describe('meaning checks', () => {
  const doc = (services: object[], extra: object = {}): ScheduleDocument[] => [
    { file: 'f.json', data: { stations: [KHASAN, TUMANGANG], routes: [route('r', services)], ...extra } },
  ];

  it('accepts a monthly rule on the 31st and an open-ended rule on the 30th', () => {
    expect(
      problems(
        doc([
          service('a', { every: 'month', days: [31], from: '2027-02-01', until: '2027-03-31' }),
          service('b', { every: 'month', days: [30], from: '2027-02-01' }),
        ]),
      ),
    ).toEqual([]);
  });

  it('finds a rule that never runs in its closed range, but not one whose every date is cancelled', () => {
    expect(
      problems(doc([service('a', { every: 'week', weekdays: ['sat'], from: '2026-12-07', until: '2026-12-11' })])),
    ).toEqual([
      'f.json:/routes/0/services/0/runs: the service never runs: no date from 2026-12-07 to 2026-12-11 matches its rule',
    ]);
    expect(
      problems(
        doc([
          service('a', {
            every: 'week',
            weekdays: ['sat'],
            from: '2026-12-07',
            until: '2026-12-13',
            cancelled: ['2026-12-12'],
          }),
        ]),
      ),
    ).toEqual([]);
  });

  it('compares times as instants across zones: 08:30 Moscow time then 14:47 in Pyongyang is forward, 14:00 is not', () => {
    const moscow = { time: '08:30', zone: 'Europe/Moscow', confidence: 'high' };
    expect(problems(doc([service('a', undefined, moscow, { time: '14:47', confidence: 'low' })]))).toEqual([]);
    expect(problems(doc([service('a', undefined, moscow, { time: '14:00', confidence: 'low' })]))).toEqual([
      'f.json:/routes/0/services/0/stops/1/arrival: time runs backwards: the arrival at tumangang (2026-01-01 14:00 +09:00) is before the departure from khasan (2026-01-01 15:30 +10:00), on the first service date 2026-01-01',
    ]);
    expect(problems(doc([service('a', undefined, moscow, { time: '14:00', day: 1, confidence: 'low' })]))).toEqual([]);
  });

  it('places a date without a time on its whole local day', () => {
    const depart = { time: '23:30', confidence: 'high' };
    // 23:30 in Vladivostok is 22:30 in Pyongyang: the same date there is forward, the date before is not.
    expect(problems(doc([service('a', undefined, depart, { day: 0, confidence: 'low' })]))).toEqual([]);
    expect(problems(doc([service('a', undefined, depart, { day: 1, confidence: 'low' })]))).toEqual([]);
    const moscowFirst = {
      stations: [KHASAN, TUMANGANG, { id: 'moscow', name: 'Moscow', country: 'RU', timeZone: 'Europe/Moscow' }],
    };
    const car = {
      id: 'car',
      name: 'car',
      confidence: 'high',
      runs: { every: 'month', days: [12], from: '2026-01-12' },
      stops: [
        { station: 'moscow', departure: { time: '01:00', confidence: 'low' } },
        { station: 'khasan', arrival: { day: 7, time: '12:00', confidence: 'low' } },
        { station: 'tumangang', arrival: { day: 6, confidence: 'low' } },
      ],
    };
    expect(problems([{ file: 'f.json', data: { ...moscowFirst, routes: [route('r', [car])] } }])).toEqual([
      'f.json:/routes/0/services/0/stops/2/arrival: time runs backwards: the arrival at tumangang (on 2026-01-18) is before the arrival at khasan (2026-01-19 12:00 +10:00), on the first service date 2026-01-12',
    ]);
  });

  it('warns of data last checked over a year before now, only when now is given', () => {
    const stale = doc([service('a')], { lastChecked: '2025-11-21' });
    expect(problems(stale)).toEqual([]);
    expect(problems(stale, Date.parse('2026-11-21T12:00:00Z'))).toEqual([]);
    expect(problems(stale, Date.parse('2026-11-22T12:00:00Z'))).toEqual([
      'f.json:/lastChecked: warning: last checked 2025-11-21, over a year before 2026-11-22: times may have changed',
    ]);
  });

  it('finds a name two stations answer to, ignoring case and accents', () => {
    expect(problems([{ file: 'f.json', data: { stations: [KHASAN, { ...TUMANGANG, aliases: ['KHASAN'] }] } }])).toEqual(
      ['f.json:/stations/1/aliases/0: "KHASAN" is also a name of station "khasan" (f.json:/stations/0)'],
    );
  });
});
