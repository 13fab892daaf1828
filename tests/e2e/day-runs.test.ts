/**
 * Departures that differ only in date are one row per run of days (issue 19,
 * point 4): the real bin on fixture schedules (tests/fixtures/day-runs) with a
 * daily bus with no published times, four a day, cancelled on Thu 3 Dec (so
 * two runs), a Monday and Wednesday bus with no times (one run: the days its
 * rule skips are no gap) and a timed Friday bus between them, which keeps a
 * row per day. At 80 columns (a table) and 50 (a block per row), in the four
 * languages; --expand and the machine formats keep one row per departure.
 */
import { describe, expect, it } from 'vitest';
import { runBin } from '../helpers/run-bin.js';

const FIXTURE = ['--no-bundled', '--schedules', 'tests/fixtures/day-runs'];

const run = (args: string[], columns = 80) => {
  const r = runBin([...FIXTURE, ...args], { env: { COLUMNS: String(columns) } });
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return r.stdout;
};

describe('a run of days is one row', () => {
  it.each<[string, number, string[]]>([
    [
      'en',
      80,
      [
        'Departures from Heihe, 2026-11-27 – 2026-12-10',
        'Local times: UTC+8 Heihe; UTC+9 Blagoveshchensk (Kanikurgan).',
        'Next departure in 1 h: Fri 27 Nov 2026 at 09:00 (UTC+8), Heihe → Blagoveshchensk',
        '  express.',
        '┌─────────────┬─────────────┬─────────────────┬─────────┬────────────┬─────────┐',
        '│ Date        │ Departs     │ From → To       │ Arrives │ Journey    │ Service │',
        '├─────────────┼─────────────┼─────────────────┼─────────┼────────────┼─────────┤',
        '│ 27 Nov –    │ ? (4 a day) │ Heihe →         │ ?       │ ?          │ bus     │',
        '│ 2 Dec,      │             │ Blagoveshchensk │         │            │         │',
        '│ daily       │             │ (Kanikurgan)    │         │            │         │',
        '│ Fri 27 Nov  │ 09:00       │ Heihe →         │ 11:30   │ 1 h 30 min │ bus E1  │',
        '│             │             │ Blagoveshchensk │         │            │         │',
        '│             │             │ (Kanikurgan)    │         │            │         │',
        '│ 30 Nov –    │ ? (2 a day) │ Heihe →         │ ?       │ ?          │ bus S2  │',
        '│ 9 Dec,      │             │ Blagoveshchensk │         │            │         │',
        '│ Mon, Wed    │             │ (Kanikurgan)    │         │            │         │',
        '│ 4–10 Dec,   │ ? (4 a day) │ Heihe →         │ ?       │ ?          │ bus     │',
        '│ daily       │             │ Blagoveshchensk │         │            │         │',
        '│             │             │ (Kanikurgan)    │         │            │         │',
        '│ Fri 4 Dec   │ 09:00       │ Heihe →         │ 11:30   │ 1 h 30 min │ bus E1  │',
        '│             │             │ Blagoveshchensk │         │            │         │',
        '│             │             │ (Kanikurgan)    │         │            │         │',
        '└─────────────┴─────────────┴─────────────────┴─────────┴────────────┴─────────┘',
        '? not published.',
        'Sources: test fixture.',
        'Data last checked 2026-11-22.',
        '',
      ],
    ],
    [
      'en',
      50,
      [
        'Departures from Heihe, 2026-11-27 – 2026-12-10',
        'Local times: UTC+8 Heihe; UTC+9 Blagoveshchensk',
        '  (Kanikurgan).',
        'Next departure in 1 h: Fri 27 Nov 2026 at 09:00',
        '  (UTC+8), Heihe → Blagoveshchensk express.',
        '',
        '27 Nov – 2 Dec, daily  ? (4 a day) → ?',
        '  Heihe → Blagoveshchensk (Kanikurgan)',
        '  bus · ?',
        '',
        'Fri 27 Nov  09:00 → 11:30',
        '  Heihe → Blagoveshchensk (Kanikurgan)',
        '  bus E1 · 1 h 30 min',
        '',
        '30 Nov – 9 Dec, Mon, Wed  ? (2 a day) → ?',
        '  Heihe → Blagoveshchensk (Kanikurgan)',
        '  bus S2 · ?',
        '',
        '4–10 Dec, daily  ? (4 a day) → ?',
        '  Heihe → Blagoveshchensk (Kanikurgan)',
        '  bus · ?',
        '',
        'Fri 4 Dec  09:00 → 11:30',
        '  Heihe → Blagoveshchensk (Kanikurgan)',
        '  bus E1 · 1 h 30 min',
        '',
        '? not published.',
        'Sources: test fixture.',
        'Data last checked 2026-11-22.',
        '',
      ],
    ],
    [
      'ru',
      80,
      [
        'Отправления: Хэйхэ, 27 ноября 2026 г. – 10 декабря 2026 г.',
        'Местное время: UTC+8 Хэйхэ; UTC+9 Благовещенск.',
        'Ближайшее отправление через 1 ч: пт 27 нояб. 2026 в 09:00 (UTC+8), Heihe →',
        '  Blagoveshchensk express.',
        '┌─────────────┬─────────────┬──────────────┬──────────┬───────────┬────────────┐',
        '│ Дата        │ Отправление │ Откуда →     │ Прибытие │ В пути    │ Рейс       │',
        '│             │             │ куда         │          │           │            │',
        '├─────────────┼─────────────┼──────────────┼──────────┼───────────┼────────────┤',
        '│ 27 нояб. –  │ ? (4 раза в │ Хэйхэ →      │ ?        │ ?         │ автобус    │',
        '│ 2 дек.,     │ день)       │ Благовещенск │          │           │            │',
        '│ ежедневно   │             │              │          │           │            │',
        '│ пт 27 нояб. │ 09:00       │ Хэйхэ →      │ 11:30    │ 1 ч       │ автобус E1 │',
        '│             │             │ Благовещенск │          │ 30 мин    │            │',
        '│ 30 нояб. –  │ ? (2 раза в │ Хэйхэ →      │ ?        │ ?         │ автобус S2 │',
        '│ 9 дек.,     │ день)       │ Благовещенск │          │           │            │',
        '│ пн, ср      │             │              │          │           │            │',
        '│ 4–10 дек.,  │ ? (4 раза в │ Хэйхэ →      │ ?        │ ?         │ автобус    │',
        '│ ежедневно   │ день)       │ Благовещенск │          │           │            │',
        '│ пт 4 дек.   │ 09:00       │ Хэйхэ →      │ 11:30    │ 1 ч       │ автобус E1 │',
        '│             │             │ Благовещенск │          │ 30 мин    │            │',
        '└─────────────┴─────────────┴──────────────┴──────────┴───────────┴────────────┘',
        '? не опубликовано.',
        'Источники: test fixture.',
        'Данные проверены 22 ноября 2026 г.',
        '',
      ],
    ],
    [
      'ru',
      50,
      [
        'Отправления: Хэйхэ, 27 ноября 2026 г. – 10 декабря',
        '  2026 г.',
        'Местное время: UTC+8 Хэйхэ; UTC+9 Благовещенск.',
        'Ближайшее отправление через 1 ч: пт 27 нояб.',
        '  2026 в 09:00 (UTC+8), Heihe → Blagoveshchensk',
        '  express.',
        '',
        '27 нояб. – 2 дек., ежедневно  ? (4 раза в день) →',
        '  ?',
        '  Хэйхэ → Благовещенск',
        '  автобус · ?',
        '',
        'пт 27 нояб.  09:00 → 11:30',
        '  Хэйхэ → Благовещенск',
        '  автобус E1 · 1 ч 30 мин',
        '',
        '30 нояб. – 9 дек., пн, ср  ? (2 раза в день) → ?',
        '  Хэйхэ → Благовещенск',
        '  автобус S2 · ?',
        '',
        '4–10 дек., ежедневно  ? (4 раза в день) → ?',
        '  Хэйхэ → Благовещенск',
        '  автобус · ?',
        '',
        'пт 4 дек.  09:00 → 11:30',
        '  Хэйхэ → Благовещенск',
        '  автобус E1 · 1 ч 30 мин',
        '',
        '? не опубликовано.',
        'Источники: test fixture.',
        'Данные проверены 22 ноября 2026 г.',
        '',
      ],
    ],
    [
      'zh',
      80,
      [
        '出发站：黑河, 2026年11月27日 – 2026年12月10日',
        '当地时间：UTC+8 黑河；UTC+9 布拉戈维申斯克。',
        '下一班 1小时后发车：2026年11月27日周五 09:00 (UTC+8)，Heihe → Blagoveshchensk',
        '  express。',
        '┌────────────────┬──────────────┬────────────────┬───────┬───────────┬─────────┐',
        '│ 日期           │ 出发         │ 发站 → 到站    │ 到达  │ 历时      │ 车次    │',
        '├────────────────┼──────────────┼────────────────┼───────┼───────────┼─────────┤',
        '│ 11月27日–      │ ?（每天4班） │ 黑河 →         │ ?     │ ?         │ 客车    │',
        '│ 12月2日，每天  │              │ 布拉戈维申斯克 │       │           │         │',
        '│ 11月27日周五   │ 09:00        │ 黑河 →         │ 11:30 │ 1小时30分 │ 客车 E1 │',
        '│                │              │ 布拉戈维申斯克 │       │           │         │',
        '│ 11月30日–      │ ?（每天2班） │ 黑河 →         │ ?     │ ?         │ 客车 S2 │',
        '│ 12月9日，      │              │ 布拉戈维申斯克 │       │           │         │',
        '│ 每周一、三     │              │                │       │           │         │',
        '│ 12月4日–10日， │ ?（每天4班） │ 黑河 →         │ ?     │ ?         │ 客车    │',
        '│ 每天           │              │ 布拉戈维申斯克 │       │           │         │',
        '│ 12月4日周五    │ 09:00        │ 黑河 →         │ 11:30 │ 1小时30分 │ 客车 E1 │',
        '│                │              │ 布拉戈维申斯克 │       │           │         │',
        '└────────────────┴──────────────┴────────────────┴───────┴───────────┴─────────┘',
        '? 未公布。',
        '资料来源：test fixture。',
        '数据核对日期：2026年11月22日。',
        '',
      ],
    ],
    [
      'zh',
      50,
      [
        '出发站：黑河, 2026年11月27日 – 2026年12月10日',
        '当地时间：UTC+8 黑河；UTC+9 布拉戈维申斯克。',
        '下一班 1小时后发车：2026年11月27日周五 09:00',
        '  (UTC+8)，Heihe → Blagoveshchensk express。',
        '',
        '11月27日–12月2日，每天  ?（每天4班） → ?',
        '  黑河 → 布拉戈维申斯克',
        '  客车 · ?',
        '',
        '11月27日周五  09:00 → 11:30',
        '  黑河 → 布拉戈维申斯克',
        '  客车 E1 · 1小时30分',
        '',
        '11月30日–12月9日，每周一、三  ?（每天2班） → ?',
        '  黑河 → 布拉戈维申斯克',
        '  客车 S2 · ?',
        '',
        '12月4日–10日，每天  ?（每天4班） → ?',
        '  黑河 → 布拉戈维申斯克',
        '  客车 · ?',
        '',
        '12月4日周五  09:00 → 11:30',
        '  黑河 → 布拉戈维申斯克',
        '  客车 E1 · 1小时30分',
        '',
        '? 未公布。',
        '资料来源：test fixture。',
        '数据核对日期：2026年11月22日。',
        '',
      ],
    ],
    [
      'ko',
      80,
      [
        '헤이허 출발, 2026년 11월 27일 – 2026년 12월 10일',
        '현지 시각: UTC+8 헤이허; UTC+9 블라고베셴스크.',
        '다음 출발 1시간 후: 2026년 11월 27일 (금) 09:00 (UTC+8), Heihe → Blagoveshchensk',
        '  express.',
        '┌────────────────┬───────────┬────────────────┬───────┬────────────┬───────────┐',
        '│ 날짜           │ 출발      │ 구간           │ 도착  │ 소요 시간  │ 열차·버스 │',
        '├────────────────┼───────────┼────────────────┼───────┼────────────┼───────────┤',
        '│ 11월 27일~     │ ? (하루   │ 헤이허 →       │ ?     │ ?          │ 버스      │',
        '│ 12월 2일, 매일 │ 4회)      │ 블라고베셴스크 │       │            │           │',
        '│ 11월 27일 (금) │ 09:00     │ 헤이허 →       │ 11:30 │ 1시간 30분 │ 버스 E1   │',
        '│                │           │ 블라고베셴스크 │       │            │           │',
        '│ 11월 30일~     │ ? (하루   │ 헤이허 →       │ ?     │ ?          │ 버스 S2   │',
        '│ 12월 9일,      │ 2회)      │ 블라고베셴스크 │       │            │           │',
        '│ 매주 월·수요일 │           │                │       │            │           │',
        '│ 12월 4일~10일, │ ? (하루   │ 헤이허 →       │ ?     │ ?          │ 버스      │',
        '│ 매일           │ 4회)      │ 블라고베셴스크 │       │            │           │',
        '│ 12월 4일 (금)  │ 09:00     │ 헤이허 →       │ 11:30 │ 1시간 30분 │ 버스 E1   │',
        '│                │           │ 블라고베셴스크 │       │            │           │',
        '└────────────────┴───────────┴────────────────┴───────┴────────────┴───────────┘',
        '? 미공개.',
        '출처: test fixture.',
        '데이터 확인일: 2026년 11월 22일.',
        '',
      ],
    ],
    [
      'ko',
      50,
      [
        '헤이허 출발, 2026년 11월 27일 – 2026년 12월 10일',
        '현지 시각: UTC+8 헤이허; UTC+9 블라고베셴스크.',
        '다음 출발 1시간 후: 2026년 11월 27일 (금) 09:00',
        '  (UTC+8), Heihe → Blagoveshchensk express.',
        '',
        '11월 27일~12월 2일, 매일  ? (하루 4회) → ?',
        '  헤이허 → 블라고베셴스크',
        '  버스 · ?',
        '',
        '11월 27일 (금)  09:00 → 11:30',
        '  헤이허 → 블라고베셴스크',
        '  버스 E1 · 1시간 30분',
        '',
        '11월 30일~12월 9일, 매주 월·수요일  ? (하루 2회) →',
        '  ?',
        '  헤이허 → 블라고베셴스크',
        '  버스 S2 · ?',
        '',
        '12월 4일~10일, 매일  ? (하루 4회) → ?',
        '  헤이허 → 블라고베셴스크',
        '  버스 · ?',
        '',
        '12월 4일 (금)  09:00 → 11:30',
        '  헤이허 → 블라고베셴스크',
        '  버스 E1 · 1시간 30분',
        '',
        '? 미공개.',
        '출처: test fixture.',
        '데이터 확인일: 2026년 11월 22일.',
        '',
      ],
    ],
  ])('%s at %i columns', (lang, columns, lines) => {
    expect(run(['heihe', '--lang', lang], columns).split('\n')).toEqual(lines);
  });

  it('--expand keeps one row per departure: 13 days of the daily bus, 4 of the other, 2 timed', () => {
    const rows = run(['heihe', '--expand'])
      .split('\n')
      .filter((line) => /^│ \w{3} \d+ \w{3} /.test(line));
    expect(rows).toHaveLength(19);
    expect(rows.slice(0, 3)).toEqual([
      '│ Fri 27 Nov │ ? (4 a day) │ Heihe →          │ ?       │ ?          │ bus     │',
      '│ Fri 27 Nov │ 09:00       │ Heihe →          │ 11:30   │ 1 h 30 min │ bus E1  │',
      '│ Sat 28 Nov │ ? (4 a day) │ Heihe →          │ ?       │ ?          │ bus     │',
    ]);
  });

  it('gathers no day in ASCII output either, its dash spelled -', () => {
    const lines = runBin([...FIXTURE, 'heihe', '--ascii'], { env: { COLUMNS: '80' } }).stdout.split('\n');
    expect(lines.slice(7, 10)).toEqual([
      '| 27 Nov -    | ? (4 a day) | Heihe ->        | ?       | ?          | bus     |',
      '| 2 Dec,      |             | Blagoveshchensk |         |            |         |',
      '| daily       |             | (Kanikurgan)    |         |            |         |',
    ]);
  });

  /** The records of each machine format: one per departure. */
  const records: [string[], (out: string) => number][] = [
    [['--json'], (out) => (JSON.parse(out) as { departures: unknown[] }).departures.length],
    [['--format', 'ndjson'], (out) => out.trimEnd().split('\n').length],
    // A header line, then a line per departure.
    [['--format', 'csv'], (out) => out.trimEnd().split('\n').length - 1],
    [['--format', 'ics'], (out) => out.split('BEGIN:VEVENT').length - 1],
  ];
  it.each(records)('%j keeps one record per departure, the same with --expand', (format, count) => {
    const out = run(['heihe', ...format]);
    expect(count(out)).toBe(19);
    expect(run(['heihe', ...format, '--expand'])).toBe(out);
  });

  it("--expand and --no-pager are in the help's output group and complete on Tab", () => {
    const help = runBin(['--help']).stdout;
    const output = help.slice(help.indexOf('\nOutput:\n'), help.indexOf('\nJourneys with changes:\n'));
    expect(output).toContain('\n  --expand ');
    expect(output).toContain('\n  --no-pager ');
    const complete = (word: string) => runBin(['__complete', 'bash', '1', '--', 'railnext', word]).stdout;
    expect(complete('--ex')).toBe('words\t\n--expand\n');
    expect(complete('--no-p')).toBe('words\t\n--no-pager\n');
  });
});
