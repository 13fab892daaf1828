/**
 * Filters and dates as people type them: --mode, --timed, a month wherever a
 * day goes, --on for one day. The real bin on the frozen schedules.
 */
import { describe, expect, it } from 'vitest';
import { runFrozen, runFrozenJson } from '../helpers/run-bin.js';

const NOW = ['--now', '2026-11-27T00:00:00Z'];
const dates = (json: { departures: { departure: { date: string } }[] }) => json.departures.map((d) => d.departure.date);

describe('--timed', () => {
  it('keeps the bus rows without a time out of --next', () => {
    const r = runFrozen(['--next', '4', '--timed', ...NOW]);
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toBe(`All services
Local times: UTC+8 Suifenhe; UTC+9 Tumangang; UTC+10 Grodekovo, Khasan.
Next departure in 1 h 52 min: Fri 27 Nov 2026 at 09:52 (UTC+8), Suifenhe →
  Grodekovo.
┌─────────────────┬─────────┬───────────────┬─────────┬────────────┬───────────┐
│ Date            │ Departs │ From → To     │ Arrives │ Journey    │ Service   │
├─────────────────┼─────────┼───────────────┼─────────┼────────────┼───────────┤
│ Fri 27 Nov 2026 │ 09:52   │ Suifenhe →    │ 13:30   │ 1 h 38 min │ train     │
│                 │         │ Grodekovo     │         │            │           │
│ Fri 27 Nov 2026 │ 12:00   │ Tumangang →   │ 13:17 ~ │ 17 min     │ train 646 │
│                 │         │ Khasan        │         │            │           │
│ Fri 27 Nov 2026 │ 15:30   │ Khasan →      │ 14:47 ~ │ 17 min     │ train 645 │
│                 │         │ Tumangang     │         │            │           │
│ Fri 27 Nov 2026 │ 17:43   │ Grodekovo →   │ 17:14   │ 1 h 31 min │ train     │
│                 │         │ Suifenhe      │         │            │           │
└─────────────────┴─────────┴───────────────┴─────────┴────────────┴───────────┘
~ derived from the journey time.
Tumangang's clock is 1 h behind Khasan's.
Suifenhe's clock is 2 h behind Grodekovo's.
Tumen River road bridge (planned): no scheduled service is known.
Sources: EurAsian Times / RIA Novosti, 2024-12; xinbincai.com (RZD);
  transport-news.ru (RZD); news1.kr; en.people.cn 2024-12-16.
Data last checked 2026-11-22.
`);
  });

  it('says why a place whose departures have no time gives none, and exits 1', () => {
    const r = runFrozen(['heihe', '--timed', ...NOW]);
    expect([r.code, r.stdout, r.stderr]).toEqual([
      1,
      'Departures from Heihe, 2026-11-27 – 2026-12-10\nNo service with a published time in the schedules leaves Heihe.\nData last checked 2026-11-22.\n',
      '',
    ]);
  });
});

describe('--mode', () => {
  it('keeps one mode', () => {
    const { code, json } = runFrozenJson(['--mode', 'bus', '--date', '2026-12-01', '--days', '2', ...NOW]);
    expect(code).toBe(0);
    expect(json.departures.map((d: any) => [d.departure.date, d.service, d.mode])).toEqual([
      ['2026-12-01', 'blagoveshchensk-heihe', 'bus'],
      ['2026-12-01', 'heihe-blagoveshchensk', 'bus'],
      ['2026-12-02', 'blagoveshchensk-heihe', 'bus'],
      ['2026-12-02', 'heihe-blagoveshchensk', 'bus'],
    ]);
  });

  it('says which mode a place or route has none of', () => {
    const station = runFrozen(['heihe', '--mode', 'train', ...NOW]);
    expect([station.code, station.stdout]).toEqual([
      1,
      'Departures from Heihe, 2026-11-27 – 2026-12-10\nNo train in the schedules leaves Heihe.\nData last checked 2026-11-22.\n',
    ]);
    const route = runFrozen(['heihe-blagoveshchensk', '--mode', 'train', ...NOW]);
    expect([route.code, route.stdout]).toEqual([
      1,
      'Heihe ⇄ Blagoveshchensk bus, 2026-11-27 – 2026-12-10\nHeihe ⇄ Blagoveshchensk bus: no train.\nData last checked 2026-11-22.\n',
    ]);
    const both = runFrozen(['--mode', 'bus', '--timed', ...NOW]);
    expect([both.code, both.stdout]).toEqual([
      1,
      'Next departure on each route, as of Fri 27 Nov 2026\nNo bus with a published time in the schedules.\nData last checked 2026-11-22.\n',
    ]);
  });

  it('refuses another mode with the choices', () => {
    const r = runFrozen(['--mode', 'plane', ...NOW]);
    expect([r.code, r.stdout, r.stderr]).toEqual([
      2,
      '',
      'railnext: --mode: invalid value "plane" (expected train, bus) (see railnext --help)\n',
    ]);
  });
});

describe('a month wherever a day goes', () => {
  it('--date YYYY-MM alone is the whole month', () => {
    const { code, json } = runFrozenJson(['khasan', 'tumangang', '--date', '2026-12', ...NOW]);
    expect(code).toBe(0);
    expect(dates(json)).toEqual([
      '2026-12-02',
      '2026-12-04',
      '2026-12-07',
      '2026-12-09',
      '2026-12-11',
      '2026-12-14',
      '2026-12-16',
      '2026-12-18',
      '2026-12-21',
      '2026-12-23',
      '2026-12-25',
      '2026-12-28',
      '2026-12-30',
    ]);
    expect([json.from, json.until]).toEqual(['2026-12-01', '2026-12-31']);
  });

  it('--date YYYY-MM with --days starts on the 1st; --until YYYY-MM ends on the last day', () => {
    expect(dates(runFrozenJson(['khasan', 'tumangang', '--date', '2026-12', '--days', '3', ...NOW]).json)).toEqual([
      '2026-12-02',
    ]);
    const { json } = runFrozenJson(['khasan', 'tumangang', '--date', '2026-11-30', '--until', '2026-12', ...NOW]);
    expect([json.from, json.until, dates(json).length]).toEqual(['2026-11-30', '2026-12-31', 14]);
    expect(runFrozenJson(['khasan', 'tumangang', '--until', '2027-02', ...NOW]).json).toMatchObject({
      from: '2026-11-27',
      until: '2027-02-28',
    });
  });

  it('--date YYYY-MM with --next looks in that month', () => {
    expect(dates(runFrozenJson(['khasan', 'tumangang', '--date', '2027-02', '--next', '2', ...NOW]).json)).toEqual([
      '2027-02-01',
      '2027-02-03',
    ]);
  });

  it('refuses a month that does not exist', () => {
    const r = runFrozen(['khasan', '--date', '2026-13', ...NOW]);
    expect([r.code, r.stderr]).toEqual([2, 'railnext: --date: invalid day "2026-13" (no such date)\n']);
    const bad = runFrozen(['khasan', '--until', 'december', ...NOW]);
    expect(bad.stderr).toBe(
      'railnext: --until: invalid day "december" (expected YYYY-MM-DD, a month YYYY-MM, today, tomorrow, a weekday such as mon, or +N)\n',
    );
  });
});

describe('--on', () => {
  it('is exactly one day, or one month', () => {
    const { code, json } = runFrozenJson(['khasan', 'tumangang', '--on', '2026-12-02', ...NOW]);
    expect([code, dates(json), json.from, json.until]).toEqual([0, ['2026-12-02'], '2026-12-02', '2026-12-02']);
    expect(dates(runFrozenJson(['khasan', 'tumangang', '--on', '2026-12', ...NOW]).json)).toHaveLength(13);
    const none = runFrozen(['khasan', 'tumangang', '--on', '2026-12-03', ...NOW]);
    expect([none.code, none.stdout.split('\n')[1]]).toEqual([1, 'No departures on 2026-12-03.']);
  });

  it('does not go with --date, --until or --days', () => {
    for (const other of [
      ['--date', 'today'],
      ['--until', '2026-12'],
      ['--days', '3'],
    ]) {
      const r = runFrozen(['khasan', '--on', '2026-12-02', ...other, ...NOW]);
      expect([r.code, r.stdout, r.stderr]).toEqual([
        2,
        '',
        'railnext: --on gives the one day (or month) to show: it does not go with --date, --until or --days\n',
      ]);
    }
  });
});

describe('with journeys', () => {
  it('--mode and --timed are refused, not ignored', () => {
    const r = runFrozen(['khasan', 'pyongyang', '--journeys', '--timed', ...NOW]);
    expect([r.code, r.stdout, r.stderr]).toEqual([
      2,
      '',
      'railnext: --mode and --timed filter departures: they do not go with journeys yet\n',
    ]);
  });

  it('--arrive-by YYYY-MM is by the last day of the month', () => {
    expect(runFrozenJson(['khasan', 'pyongyang', '--journeys', '--arrive-by', '2026-12', ...NOW]).json.arriveBy).toBe(
      '2026-12-31',
    );
  });
});
