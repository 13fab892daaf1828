/**
 * Journeys as docs/guide.md reads them, through the real bin, on the test
 * network of tests/fixtures/journeys-rules (made up, not in FACTS): which
 * journeys are listed, legs as the lookup's departures, arrivals across zones,
 * options that rule every journey out, and the limits on a plan's work.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runBin } from '../helpers/run-bin.js';
import { JOURNEY_FIXTURES } from '../helpers/journeys.js';

const RULES = fileURLToPath(new URL('../fixtures/journeys-rules', import.meta.url));
const R = ['--no-bundled', '--schedules', RULES];
const F = ['--no-bundled', '--schedules', JOURNEY_FIXTURES];
const DAY = ['--date', '2027-01-12', '--days', '1'];
const WIDE = { env: { COLUMNS: '160' } };
const FOOTER = [
  'Domestic trains are not covered: the schedules hold cross-border services only.',
  'sure: every change leaves at least 1 h, whatever the times not published turn out to be; possible: it does only for some of them.',
  '? not published',
  'Sources: test fixture.',
  'Data last checked 2026-11-27.',
  '',
];

describe('which journeys are listed', () => {
  it('a possible journey that could arrive before the sure one is listed, though it arrives after the earliest the sure one might', () => {
    const r = runBin([...R, 'a', 'c', ...DAY], WIDE);
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(r.stdout.split('\n')).toEqual([
      'A → C, leaving on 2027-01-12  (times local to each station)',
      '',
      'Journey 1 · sure · 1 change · 17 h to 1 d 17 h',
      '  Tue 12 Jan 2027  07:00 +09  A → B  Tue 12 Jan 2027  10:00 +09  A → B',
      '  ↳ change at B (sure): wait 1 h 30 min',
      '  Tue 12 Jan 2027  11:30 +09  B → C  Wed 13 Jan 2027  ?          B → C, arrival time not published',
      '',
      'Journey 2 · possible · 1 change · 19 h',
      '  Tue 12 Jan 2027  08:00 +09  A → B  Tue 12 Jan 2027  ?          A → B, arrival time not published',
      '  ↳ change at B (possible): works if the A → B, arrival time not published train is in by 08:30 +09 on 2027-01-12; wait 0 min to 1 h 30 min',
      '  Tue 12 Jan 2027  09:30 +09  B → C  Wed 13 Jan 2027  03:00 +09  B → C',
      '',
      ...FOOTER,
    ]);
  });

  it('a sure journey leaving later whose arrival span overlaps the first one could arrive first, and is listed', () => {
    const r = runBin([...R, 'm', 'o', ...DAY], WIDE);
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(r.stdout.split('\n').slice(2, 11)).toEqual([
      'Journey 1 · sure · 1 change · 17 h to 1 d 5 h',
      '  Tue 12 Jan 2027  07:00 +09  M → N  Tue 12 Jan 2027  10:00 +09  M → N',
      '  ↳ change at N (sure): wait 1 h 30 min',
      '  Tue 12 Jan 2027  11:30 +09  N → O  Wed 13 Jan 2027  ?          N → O → O1',
      '',
      'Journey 2 · sure · 1 change · 21 h to 1 d 9 h',
      '  Tue 12 Jan 2027  09:00 +09  M → N  Tue 12 Jan 2027  11:00 +09  M → N, later',
      '  ↳ change at N (sure): wait 2 h',
      '  Tue 12 Jan 2027  13:00 +09  N → O  Wed 13 Jan 2027  ?          N → Y → O → O2',
    ]);
  });
});

describe('legs as the lookup shows them', () => {
  it('changing at K2 into train 95, which carries the K1 car, the leg is train 95 with the car as its through car and its note', () => {
    const r = runBin([...R, 'k0', 'k3', ...DAY, '--json']);
    expect([r.code, r.stderr]).toEqual([0, '']);
    const legs = JSON.parse(r.stdout).journeys.map((j: any) =>
      j.legs.map((l: any) => [l.service, l.departure.time, l.throughCars.map((c: any) => c.service), l.notes]),
    );
    expect(legs).toEqual([
      [
        ['k0-k2', '07:00', [], []],
        ['k2-k3', '10:00', ['k1-k3'], ['Through cars from K1.']],
      ],
    ]);
    // The same departure object as the lookup's from K2 to K3.
    const lookup = JSON.parse(runBin([...R, 'k2', 'k3', ...DAY, '--json']).stdout).departures;
    expect(JSON.parse(r.stdout).journeys[0].legs[1]).toEqual(lookup[0]);
  });
});

describe('--to', () => {
  it('lists a bus leaving just after midnight where the clocks are ahead that arrives inside the window', () => {
    const r = runBin([...R, '--to', 'west', ...DAY], WIDE);
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(r.stdout.split('\n')).toEqual([
      'Arrivals at West on 2027-01-12  (times local to each station)',
      'Wed 13 Jan 2027  00:30 +10  East → West  Tue 12 Jan 2027  23:50 +08  East → West',
      '',
      'Sources: test fixture.',
      'Data last checked 2026-11-27.',
      '',
    ]);
  });

  it('--to dandong shows train 51 once a day, the Beijing car it carries folded into it', () => {
    const r = runBin([...F, '--to', 'dandong', '--date', '2027-01-13', '--days', '1'], WIDE);
    expect([r.code, r.stderr]).toEqual([0, '']);
    const rows = r.stdout.split('\n').filter((line) => line.includes('Pyongyang → Dandong'));
    // Train 51's arrival is bounded by nothing after Dandong: each day of the 31 before may still be arriving.
    expect(rows.length).toBe(32);
    expect(rows.filter((line) => line.startsWith('Wed 13 Jan 2027'))).toEqual([
      'Wed 13 Jan 2027  10:26 +09  Pyongyang → Dandong  Wed 13 Jan 2027 or later  ?  train 51',
    ]);
    const json = JSON.parse(runBin([...F, '--to', 'dandong', '--date', '2027-01-13', '--days', '1', '--json']).stdout);
    const last = json.arrivals[json.arrivals.length - 1];
    expect([last.service, last.throughCars.map((c: any) => c.service)]).toEqual([
      'pyongyang-dandong',
      ['pyongyang-beijing'],
    ]);
  });
});

describe('options that rule every journey out', () => {
  it.each([
    { lang: 'C.UTF-8', args: ['--change', '10000h'], line: 'No journey fits these options (change time 416 d 16 h).' },
    {
      lang: 'ru_RU.UTF-8',
      args: ['--max-wait', '0d'],
      line: 'Ни один маршрут не подходит под эти параметры (ожидание не дольше 0 дней).',
    },
    {
      lang: 'zh_CN.UTF-8',
      args: ['--max-wait', '0d', '--change', '100h'],
      line: '没有符合这些选项的行程（最长等待 0 天）。',
    },
    { lang: 'ko_KR.UTF-8', args: ['--changes', '0'], line: '이 옵션에 맞는 여정이 없습니다(환승 최대 0회).' },
  ])('$args ($lang): names the option, exit 1', ({ lang, args, line }) => {
    const r = runBin([...F, 'moscow', 'beijing', ...DAY, ...args], { env: { LANG: lang, COLUMNS: '160' } });
    expect([r.code, r.stderr, r.stdout.split('\n')[1]]).toEqual([1, '', line]);
  });
});

/** "HH:MM" `m` minutes after the service date's midnight, with its day when later. */
const at = (m: number) => ({
  time: `${String(Math.floor((m % 1440) / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`,
  ...(m >= 1440 ? { day: Math.floor(m / 1440) } : {}),
  confidence: 'low',
});

/** Writes a schedule file of one daily train through `n` stations, stop i at minute `minute(i)`, and returns its path. */
function writeTrain(
  dir: string,
  n: number,
  minute: (i: number) => number,
  arrival: (i: number) => number = minute,
): string {
  const stations = Array.from({ length: n }, (_, i) => ({
    id: `s${i}`,
    name: `S${i}`,
    country: 'RU',
    timeZone: 'Europe/Moscow',
  }));
  const stops = stations.map((s, i) => ({
    station: s.id,
    ...(i > 0 ? { arrival: at(arrival(i)) } : {}),
    ...(i < n - 1 ? { departure: at(minute(i)) } : {}),
  }));
  const service = {
    id: 'long',
    name: 'Long train',
    confidence: 'low',
    sources: ['test'],
    runs: { every: 'day', from: '2026-01-01' },
    stops,
  };
  const file = join(dir, `train-${n}.json`);
  writeFileSync(
    file,
    JSON.stringify({
      stations,
      routes: [{ id: 'long', name: 'Long', mode: 'train', status: 'running', sources: ['test'], services: [service] }],
    }),
  );
  return file;
}

describe('limits on the work of a plan (exit 2, one line naming the option that lowers it)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'railnext-limits-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each([
    {
      lang: 'C.UTF-8',
      line: 'railnext: journeys are planned over at most 3,660 days of first departures, and this window has 365,000: shorten it with --days or --until\n',
    },
    // Russian groups digits with a no-break space.
    {
      lang: 'ru_RU.UTF-8',
      line: 'railnext: маршруты строятся не более чем на 3\u00a0660 дней отправления, а в этом окне 365\u00a0000: сократите его через --days или --until\n',
    },
    {
      lang: 'zh_CN.UTF-8',
      line: 'railnext: 行程最多按 3,660 个出发日规划，而这个时间段有 365,000 天：请用 --days 或 --until 缩短\n',
    },
    {
      lang: 'ko_KR.UTF-8',
      line: 'railnext: 여정은 첫 출발일 3,660일까지만 계획하는데 이 기간은 365,000일입니다: --days 또는 --until로 줄이십시오\n',
    },
  ])('more days of first legs than 3,660 ($lang)', ({ lang, line }) => {
    const r = runBin([...F, 'moscow', 'beijing', '--journeys', '--date', '2027-01-01', '--days', '365000'], {
      env: { LANG: lang },
    });
    expect([r.code, r.stdout, r.stderr]).toEqual([2, '', line]);
  });

  it('a daily train of 1,000 stops: the one direct journey, where every leg of every run was once expanded (73-132 s, out of memory)', () => {
    // Three minutes apart with a minute's stop, from 06:00: two days and two hours end to end.
    const file = writeTrain(
      dir,
      1000,
      (i) => 360 + 3 * i,
      (i) => 360 + 3 * i - 1,
    );
    const r = runBin([
      '--no-bundled',
      '--schedules',
      file,
      's0',
      's999',
      '--journeys',
      '--date',
      '2026-12-01',
      '--days',
      '1',
    ]);
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(r.stdout.split('\n').slice(0, 6)).toEqual([
      'S0 → S999, leaving on 2026-12-01  (times local to each station)',
      '',
      'Journey 1 · sure · direct · 2 d 2 h',
      '  Tue 1 Dec 2026  06:00 +03 * → Thu 3 Dec 2026  07:56 +03 *',
      '    S0 → S999',
      '    Long train',
    ]);
  });

  it('a service of more than 5,000 stops', () => {
    // A minute apart: three and a half days from end to end.
    const file = writeTrain(dir, 5001, (i) => i);
    const r = runBin([
      '--no-bundled',
      '--schedules',
      file,
      's0',
      's9',
      '--journeys',
      '--date',
      '2026-12-01',
      '--days',
      '1',
    ]);
    expect([r.code, r.stdout, r.stderr]).toEqual([
      2,
      '',
      'railnext: journeys are planned over services of at most 5,000 stops, and long has 5,001: load fewer with --schedules and --no-bundled\n',
    ]);
  });
});
