import { describe, expect, it } from 'vitest';
import { parseIsoDate } from '../../src/domain/days.js';
import { lookup } from '../../src/domain/lookup.js';
import type { Catalog } from '../../src/domain/model.js';
import { jsonDeparture } from '../../src/render/json.js';
import { at, fixtureCatalog, service } from '../fixtures/catalog.js';

const NOW = Date.parse('2030-01-01T00:00:00Z');

/** `[departure at, arrival at]` for every departure of `query` between two dates. */
function times(catalog: Catalog, query: string, from: string, until: string): [string | null, string | null][] {
  const l = lookup(catalog, {
    query,
    window: {
      from: { kind: 'date', day: parseIsoDate(from)!, text: from },
      until: { kind: 'date', day: parseIsoDate(until)!, text: until },
      days: 1,
    },
    now: NOW,
  });
  return [...l.departures()].map((d) => {
    const j = jsonDeparture(d);
    return [j.departure.at ?? j.departure.date, j.arrival.at ?? j.arrival.date];
  });
}

const khasanTrain = service('k-t', { every: 'day', from: '2010-01-01' }, [
  { station: 'khasan', departure: at('08:30', 'Europe/Moscow') },
  { station: 'tumangang', arrival: { journeyMinutes: 17, confidence: 'low', sources: [] } },
]);
const tumangangTrain = service('t-k', { every: 'day', from: '2010-01-01' }, [
  { station: 'tumangang', departure: at('06:00', 'Europe/Moscow') },
  { station: 'khasan', arrival: { journeyMinutes: 17, confidence: 'low', sources: [] } },
]);

describe('expansion across zones', () => {
  const catalog = fixtureCatalog([khasanTrain, tumangangTrain]);

  it('a 17-minute train arrives 43 minutes earlier on the clock', () => {
    expect(times(catalog, 'k-t', '2026-12-02', '2026-12-02')).toEqual([
      ['2026-12-02T15:30:00+10:00', '2026-12-02T14:47:00+09:00'],
    ]);
    expect(times(catalog, 't-k', '2026-12-02', '2026-12-02')).toEqual([
      ['2026-12-02T12:00:00+09:00', '2026-12-02T13:17:00+10:00'],
    ]);
  });

  it.each([
    // Pyongyang moved to UTC+08:30 at midnight starting 2015-08-15, and back to UTC+09 at 23:30 on 2018-05-04.
    ['2015-08-14', '2015-08-14T15:30:00+10:00', '2015-08-14T14:47:00+09:00', '2015-08-14T12:00:00+09:00'],
    ['2015-08-15', '2015-08-15T15:30:00+10:00', '2015-08-15T14:17:00+08:30', '2015-08-15T11:30:00+08:30'],
    ['2016-07-01', '2016-07-01T15:30:00+10:00', '2016-07-01T14:17:00+08:30', '2016-07-01T11:30:00+08:30'],
    ['2018-05-04', '2018-05-04T15:30:00+10:00', '2018-05-04T14:17:00+08:30', '2018-05-04T11:30:00+08:30'],
    ['2018-05-05', '2018-05-05T15:30:00+10:00', '2018-05-05T14:47:00+09:00', '2018-05-05T12:00:00+09:00'],
  ])("Pyongyang's +08:30 years: %s", (date, khasanDeparts, tumangangArrives, tumangangDeparts) => {
    expect(times(catalog, 'k-t', date, date)).toEqual([[khasanDeparts, tumangangArrives]]);
    expect(times(catalog, 't-k', date, date)[0]![0]).toBe(tumangangDeparts);
  });

  it('Vladivostok was UTC+11 before 2014-10-26, and Moscow UTC+04', () => {
    expect(times(catalog, 'k-t', '2014-10-24', '2014-10-24')).toEqual([
      ['2014-10-24T15:30:00+11:00', '2014-10-24T13:47:00+09:00'],
    ]);
    expect(times(catalog, 'k-t', '2014-10-27', '2014-10-27')).toEqual([
      ['2014-10-27T15:30:00+10:00', '2014-10-27T14:47:00+09:00'],
    ]);
  });

  it('a Moscow-time departure late in the evening falls on the next local date, and the window follows the local date', () => {
    const late = fixtureCatalog([
      service('late', { every: 'week', weekdays: ['mon'], from: '2026-01-01' }, [
        { station: 'khasan', departure: at('20:00', 'Europe/Moscow') },
        { station: 'tumangang', arrival: at('02:17', undefined, 1) },
      ]),
    ]);
    // Monday 2026-12-07 20:00 Moscow is Tuesday 03:00 in Khasan.
    expect(times(late, 'late', '2026-12-08', '2026-12-08')).toEqual([
      ['2026-12-08T03:00:00+10:00', '2026-12-08T02:17:00+09:00'],
    ]);
    expect(times(late, 'late', '2026-12-07', '2026-12-07')).toEqual([]);
  });
});

function throughCars(pmFrom: string, mpFrom: string): Catalog {
  return fixtureCatalog([
    service('p-m', { every: 'month', days: [3, 17], from: pmFrom }, [
      { station: 'pyongyang', departure: { confidence: 'high', sources: [] } },
      { station: 'novosibirsk', departure: at('09:30', undefined, 6) },
      { station: 'moscow', arrival: { day: 8, confidence: 'high', sources: [] } },
    ]),
    service('m-p', { every: 'month', days: [12, 26], from: mpFrom }, [
      { station: 'moscow', departure: at('01:00') },
      { station: 'novosibirsk', departure: at('11:54', undefined, 2) },
      { station: 'pyongyang', arrival: { day: 8, confidence: 'high', sources: [] } },
    ]),
  ]);
}

describe('through cars: day offsets', () => {
  const catalog = throughCars('2025-06-17', '2025-06-26');

  it('arrives 8 days later, across month and year ends and 29 February', () => {
    expect(times(catalog, 'm-p', '2026-11-01', '2027-03-31')).toEqual([
      ['2026-11-12T01:00:00+03:00', '2026-11-20'],
      ['2026-11-26T01:00:00+03:00', '2026-12-04'],
      ['2026-12-12T01:00:00+03:00', '2026-12-20'],
      ['2026-12-26T01:00:00+03:00', '2027-01-03'],
      ['2027-01-12T01:00:00+03:00', '2027-01-20'],
      ['2027-01-26T01:00:00+03:00', '2027-02-03'],
      ['2027-02-12T01:00:00+03:00', '2027-02-20'],
      ['2027-02-26T01:00:00+03:00', '2027-03-06'],
      ['2027-03-12T01:00:00+03:00', '2027-03-20'],
      ['2027-03-26T01:00:00+03:00', '2027-04-03'],
    ]);
    expect(times(catalog, 'm-p', '2028-02-26', '2028-02-26')).toEqual([['2028-02-26T01:00:00+03:00', '2028-03-05']]);
  });

  it('does not run before its first date', () => {
    expect(times(catalog, 'p-m', '2025-06-01', '2025-07-02')).toEqual([['2025-06-17', '2025-06-25']]);
    expect(times(catalog, 'p-m', '2025-06-01', '2025-06-16')).toEqual([]);
  });

  it("leaves an intermediate stop on its own day offset, across Novosibirsk's 2016 change to UTC+07", () => {
    const l = lookup(throughCars('2016-01-01', '2016-01-01'), {
      query: 'novosibirsk',
      window: {
        from: { kind: 'date', day: parseIsoDate('2016-07-20')!, text: '' },
        until: { kind: 'date', day: parseIsoDate('2016-07-31')!, text: '' },
        days: 1,
      },
      now: NOW,
    });
    expect(
      [...l.departures()].map((d) => [d.service.id, jsonDeparture(d).departure.at, jsonDeparture(d).arrival.date]),
    ).toEqual([
      ['p-m', '2016-07-23T09:30:00+06:00', '2016-07-25'],
      ['m-p', '2016-07-28T11:54:00+07:00', '2016-08-03'],
    ]);
  });
});

describe('derived times', () => {
  it('a departure derived from journey times still leaves its stop on the right dates', () => {
    const catalog = fixtureCatalog([
      service('chain', { every: 'day', from: '2026-01-01' }, [
        { station: 'moscow', departure: at('23:00') },
        { station: 'novosibirsk', departure: { journeyMinutes: 30, confidence: 'low', sources: [] } },
        { station: 'khasan', arrival: at('12:00', undefined, 2) },
      ]),
    ]);
    // 23:00 Moscow (20:00 UTC) + 30 min is 03:30 the next day in Novosibirsk (UTC+07).
    expect(times(catalog, 'novosibirsk', '2026-02-02', '2026-02-02')).toEqual([
      ['2026-02-02T03:30:00+07:00', '2026-02-03T12:00:00+10:00'],
    ]);
  });
});
