/**
 * The bundled schedules, held to ../shared/FACTS.md through the real bin:
 * every service, from each of its stations, in windows that cross its first
 * date, month ends and the turn of a year.
 */
import { describe, expect, it } from 'vitest';
import { runJson } from '../helpers/run-bin.js';

type Row = [service: string, departs: string | null, arrives: string | null, minutes: number | null, perDay?: number];

function rows(args: string[]): { code: number | null; rows: Row[] } {
  const { code, json } = runJson(args);
  return {
    code,
    rows: json.departures.map((d: any) => {
      const row: Row = [d.service, d.departure.at ?? d.departure.date, d.arrival.at ?? d.arrival.date, d.durationMinutes];
      if (d.timesPerDay !== 1) row.push(d.timesPerDay);
      return row;
    }),
  };
}

describe('Khasan ⇄ Tumangang: Mon/Wed/Fri from 2024-12-16, 08:30 and 06:00 Moscow time, 17 minutes', () => {
  it('from Khasan, starting with the first train', () => {
    expect(rows(['khasan', '--date', '2024-12-10', '--until', '2024-12-20']).rows).toEqual([
      ['khasan-tumangang', '2024-12-16T15:30:00+10:00', '2024-12-16T14:47:00+09:00', 17],
      ['khasan-tumangang', '2024-12-18T15:30:00+10:00', '2024-12-18T14:47:00+09:00', 17],
      ['khasan-tumangang', '2024-12-20T15:30:00+10:00', '2024-12-20T14:47:00+09:00', 17],
    ]);
  });
  it('from Tumangang (두만강)', () => {
    expect(rows(['두만강', '--date', '2026-12-28', '--until', '2027-01-04']).rows).toEqual([
      ['tumangang-khasan', '2026-12-28T12:00:00+09:00', '2026-12-28T13:17:00+10:00', 17],
      ['tumangang-khasan', '2026-12-30T12:00:00+09:00', '2026-12-30T13:17:00+10:00', 17],
      ['tumangang-khasan', '2027-01-01T12:00:00+09:00', '2027-01-01T13:17:00+10:00', 17],
      ['tumangang-khasan', '2027-01-04T12:00:00+09:00', '2027-01-04T13:17:00+10:00', 17],
    ]);
  });
});

describe('Suifenhe ⇄ Grodekovo: daily from 2024-12-15, times in Beijing time', () => {
  it('from Suifenhe at 09:52 Beijing time, arriving 13:30 Grodekovo time', () => {
    expect(rows(['绥芬河', '--date', '2024-12-14', '--days', '3']).rows).toEqual([
      ['suifenhe-grodekovo', '2024-12-15T09:52:00+08:00', '2024-12-15T13:30:00+10:00', 98],
      ['suifenhe-grodekovo', '2024-12-16T09:52:00+08:00', '2024-12-16T13:30:00+10:00', 98],
    ]);
  });
  it('from Grodekovo at 15:43 Beijing time = 17:43 local, arriving 17:14 Beijing time', () => {
    const { json } = runJson(['Пограничный', '--date', '2027-02-28', '--days', '2']);
    expect(json.departures.map((d: any) => [d.departure.at, d.departure.published, d.arrival.at, d.durationMinutes])).toEqual([
      ['2027-02-28T17:43:00+10:00', '15:43 Asia/Shanghai', '2027-02-28T17:14:00+08:00', 91],
      ['2027-03-01T17:43:00+10:00', '15:43 Asia/Shanghai', '2027-03-01T17:14:00+08:00', 91],
    ]);
  });
});

describe('Heihe ⇄ Blagoveshchensk bus: daily from 2024-12-10, four a day, times not published', () => {
  it.each([
    ['黑河', 'heihe-blagoveshchensk'],
    ['Kanikurgan', 'blagoveshchensk-heihe'],
  ])('from %s', (query, service) => {
    expect(rows([query, '--date', '2024-12-09', '--days', '3']).rows).toEqual([
      [service, '2024-12-10', null, null, 4],
      [service, '2024-12-11', null, null, 4],
    ]);
  });
});

describe('Pyongyang ⇄ Moscow through car', () => {
  it('leaves Pyongyang on the 3rd and 17th from 2025-06-17 and reaches Moscow 8 days later', () => {
    expect(rows(['pyongyang-moscow', '--date', '2025-06-01', '--until', '2025-07-31']).rows).toEqual([
      ['pyongyang-moscow', '2025-06-17', '2025-06-25', null],
      ['moscow-pyongyang', '2025-06-26T01:00:00+03:00', '2025-07-04', null],
      ['pyongyang-moscow', '2025-07-03', '2025-07-11', null],
      ['moscow-pyongyang', '2025-07-12T01:00:00+03:00', '2025-07-20', null],
      ['pyongyang-moscow', '2025-07-17', '2025-07-25', null],
      ['moscow-pyongyang', '2025-07-26T01:00:00+03:00', '2025-08-03', null],
    ]);
  });
  it('arrives in Pyongyang on the 4th after a 30-day month, across the year end', () => {
    expect(rows(['Москва', '--date', '2026-11-20', '--until', '2026-12-31']).rows).toEqual([
      ['moscow-pyongyang', '2026-11-26T01:00:00+03:00', '2026-12-04', null],
      ['moscow-pyongyang', '2026-12-12T01:00:00+03:00', '2026-12-20', null],
      ['moscow-pyongyang', '2026-12-26T01:00:00+03:00', '2027-01-03', null],
    ]);
  });
  it('reaches Novosibirsk on day 6 westbound at 09:30 (an arrival, FACTS §4) and leaves it on day 2 eastbound at 11:54, both low confidence', () => {
    const { json } = runJson(['novosibirsk', '--date', '2025-06-20', '--until', '2025-06-30']);
    expect(json.departures.map((d: any) => [d.service, d.departure.at, d.departure.confidence, d.arrival.station.id, d.arrival.date])).toEqual([
      ['moscow-pyongyang', '2025-06-28T11:54:00+07:00', 'low', 'pyongyang', '2025-07-04'],
    ]);
    const west = runJson(['pyongyang', 'novosibirsk', '--date', '2025-06-17', '--days', '1']).json.departures;
    expect(west.map((d: any) => [d.service, d.departure.date, d.arrival.at, d.arrival.confidence, d.numbers])).toEqual([
      ['pyongyang-moscow', '2025-06-17', '2025-06-23T09:30:00+07:00', 'low', ['651', '1/2 Rossiya']],
    ]);
  });
});

describe('Pyongyang ⇄ Khabarovsk through car (announced): monthly, two days', () => {
  it('leaves Pyongyang on the 19th and Khabarovsk on the 21st', () => {
    const { json } = runJson(['pyongyang-khabarovsk', '--date', '2025-06-01', '--until', '2025-07-31']);
    expect(json.departures.map((d: any) => [d.service, d.departure.date, d.arrival.date, d.status])).toEqual([
      ['pyongyang-khabarovsk', '2025-06-19', '2025-06-21', 'announced'],
      ['khabarovsk-pyongyang', '2025-06-21', '2025-06-23', 'announced'],
      ['pyongyang-khabarovsk', '2025-07-19', '2025-07-21', 'announced'],
      ['khabarovsk-pyongyang', '2025-07-21', '2025-07-23', 'announced'],
    ]);
  });
});

describe('Tumen River road bridge (planned)', () => {
  it('has no service, and says so', () => {
    const { code, json } = runJson(['tumen-road-bridge', '--date', '2026-12-01']);
    expect(code).toBe(1);
    expect(json.departures).toEqual([]);
    expect(json.next).toBeNull();
    expect(json.reason).toBe('Tumen River road bridge (planned): no scheduled service is known.');
    expect(json.notes).toEqual([]);
  });
});
