/**
 * The terminal layout (issue 12): tables that fit the width, the stacked list,
 * the notation legend, ASCII output and the board.
 */
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { runBin, runFrozen } from '../helpers/run-bin.js';
import { runCli, runCliJson } from '../helpers/run-cli.js';

const NOW = ['--now', '2026-11-22T06:00:00Z'];
const widest = (text: string): number => Math.max(...text.split('\n').map((line) => stringWidth(line)));

describe('every output fits the terminal', () => {
  it.each([
    [80, 'en_US.UTF-8'],
    [50, 'en_US.UTF-8'],
    [50, 'C'],
  ])(
    'at COLUMNS=%i, LANG=%s: the table and calendar of every bundled station, the board, routes and stations',
    async (columns, lang) => {
      // Under LANG=C too: "⇄" spelled "<->" takes three columns, so ASCII comes before wrapping.
      const env = { COLUMNS: String(columns), LANG: lang };
      const { json } = await runCliJson(['stations']);
      const ids: string[] = json.stations.map((s: { id: string }) => s.id);
      expect(ids.length).toBeGreaterThan(20);
      const outputs: [string, string][] = [];
      for (const id of ids) {
        for (const args of [
          [id, '--days', '31'],
          [id, '--calendar'],
        ])
          outputs.push([args.join(' '), (await runCli([...args, ...NOW], { env })).stdout]);
      }
      for (const args of [
        NOW,
        ['--days', '7', ...NOW],
        ['pyongyang', 'khabarovsk', '--days', '60', ...NOW],
        ['routes'],
        ['stations'],
      ])
        outputs.push([args.join(' '), (await runCli(args, { env })).stdout]);
      for (const [what, stdout] of outputs) {
        expect(stdout, what).not.toBe('');
        expect([what, widest(stdout)]).toEqual([what, Math.min(widest(stdout), columns)]);
      }
    },
  );
});

describe('the stacked list', () => {
  it('below 60 columns, a block per departure (the real bin)', () => {
    const r = runFrozen(['khasan', '--date', '2026-12-01', '--days', '5', ...NOW], { env: { COLUMNS: '50' } });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      [
        'Departures from Khasan, 2026-12-01 – 2026-12-05',
        'Local times: UTC+9 Tumangang; UTC+10 Khasan.',
        'Next departure in 10 d: Wed 2 Dec 2026 at 15:30',
        '  (UTC+10), Khasan → Tumangang.',
        '',
        'Wed 2 Dec  15:30 → 14:47 ~',
        '  Khasan → Tumangang',
        '  train 645 · 17 min',
        '',
        'Fri 4 Dec  15:30 → 14:47 ~',
        '  Khasan → Tumangang',
        '  train 645 · 17 min',
        '',
        '~ derived from the journey time.',
        "Tumangang's clock is 1 h behind Khasan's.",
        'The Pyongyang → Moscow train also calls here; its',
        '  dates and times here are not published.',
        'The Moscow → Pyongyang train also calls here; its',
        '  dates and times here are not published.',
        'Sources: EurAsian Times / RIA Novosti, 2024-12;',
        '  transport-news.ru (RZD).',
        'Data last checked 2026-11-22.',
        '',
      ].join('\n'),
    );
  });

  it('at 60 columns and more, the table, its cells wrapped on word boundaries', async () => {
    const r = await runCli(
      ['--no-bundled', '--schedules', 'tests/fixtures/frozen', 'pyongyang', 'khabarovsk', '--days', '31', ...NOW],
      { env: { COLUMNS: '72' } },
    );
    expect(r.stdout).toContain(
      [
        // A day's number stays with its month: "21 Dec", not "21" on one line and "Dec" on the next.
        '│ Sat 19 Dec │ ?       │ Pyongyang  │ Mon     │ ?       │ train        │',
        '│            │         │ →          │ 21 Dec  │         │ (announced), │',
        '│            │         │ Khabarovsk │ ?       │         │ Khabarovsk   │',
        '│            │         │            │         │         │ car          │',
      ].join('\n'),
    );
    expect(widest(r.stdout)).toBe(72);
  });
});

describe('rows name the service', () => {
  it('the Moscow car and the Khabarovsk car apart, and a later arrival by its date', async () => {
    const r = await runCli(
      ['--no-bundled', '--schedules', 'tests/fixtures/frozen', 'pyongyang', 'khabarovsk', '--days', '31', ...NOW],
      { env: { COLUMNS: '160' } },
    );
    const rows = r.stdout.split('\n').filter((line) => line.startsWith('│ ') && !line.startsWith('│ Date'));
    expect(
      rows.map((row) =>
        row
          .split('│')
          .map((c) => c.trim())
          .filter(Boolean),
      ),
    ).toEqual([
      ['Thu 3 Dec', '?', 'Pyongyang → Khabarovsk', '?', '?', 'train, Moscow car'],
      ['Thu 17 Dec', '?', 'Pyongyang → Khabarovsk', '?', '?', 'train, Moscow car'],
      ['Sat 19 Dec', '?', 'Pyongyang → Khabarovsk', 'Mon 21 Dec ?', '?', 'train (announced), Khabarovsk car'],
    ]);
  });

  it('the eight-day car arrives on a date, not "+8 d"', async () => {
    const r = await runCli(
      [
        '--no-bundled',
        '--schedules',
        'tests/fixtures/frozen',
        'pyongyang',
        'moscow',
        '--date',
        '2026-12-01',
        '--days',
        '5',
        ...NOW,
      ],
      { env: { COLUMNS: '160' } },
    );
    expect(r.stdout).toContain('│ Thu 3 Dec │ ?       │ Pyongyang → Moscow (Yaroslavsky station) │ Fri 11 Dec ? │');
    expect(r.stdout).not.toContain('+8 d');
  });
});

describe('the legend', () => {
  it('explains the marks a table uses, and only those', async () => {
    const khasan = (
      await runCli([
        '--no-bundled',
        '--schedules',
        'tests/fixtures/frozen',
        'khasan',
        '--date',
        '2026-12-01',
        '--days',
        '3',
        ...NOW,
      ])
    ).stdout;
    expect(khasan).toContain('\n~ derived from the journey time.\n');
    expect(khasan).not.toMatch(/^\? not published|; \* low confidence/m);
    const all = (
      await runCli(
        ['--no-bundled', '--schedules', 'tests/fixtures/frozen', '--date', '2026-11-26', '--days', '1', ...NOW],
        { env: { COLUMNS: '160' } },
      )
    ).stdout;
    expect(all).toContain('\n? not published; * low confidence.\n');
    // The clocks of the times shown: the buses' times are not published, so neither end of theirs is listed.
    expect(all).toContain('\nLocal times: UTC+3 Moscow (Yaroslavsky station); UTC+8 Suifenhe; UTC+10 Grodekovo.\n');
    expect(all).toContain("\nSuifenhe's clock is 2 h behind Grodekovo's.\n");
  });
});

describe('ASCII', () => {
  it('LANG=C gives +--+ borders, -> arrows and nothing else outside ASCII (the real bin)', () => {
    const r = runFrozen(['khasan', '--date', '2026-12-01', '--days', '3', ...NOW], { env: { LANG: 'C' } });
    expect(r.stdout.split('\n').slice(0, 9)).toEqual([
      'Departures from Khasan, 2026-12-01 - 2026-12-03',
      'Local times: UTC+9 Tumangang; UTC+10 Khasan.',
      'Next departure in 10 d: Wed 2 Dec 2026 at 15:30 (UTC+10), Khasan -> Tumangang.',
      '+-----------+---------+---------------------+---------+---------+-----------+',
      '| Date      | Departs | From -> To          | Arrives | Journey | Service   |',
      '+-----------+---------+---------------------+---------+---------+-----------+',
      '| Wed 2 Dec | 15:30   | Khasan -> Tumangang | 14:47 ~ | 17 min  | train 645 |',
      '+-----------+---------+---------------------+---------+---------+-----------+',
      '~ derived from the journey time.',
    ]);
    expect(r.stdout).toMatch(/^[\x20-\x7e\n]*$/);
  });

  it('a charset other than UTF-8, or --ascii, does the same; UTF-8 does not; names as typed are kept', async () => {
    const args = [
      '--no-bundled',
      '--schedules',
      'tests/fixtures/frozen',
      'khasan',
      '--date',
      '2026-12-01',
      '--days',
      '3',
      ...NOW,
    ];
    for (const env of [{ LC_ALL: 'ru_RU.KOI8-R' }, { LC_CTYPE: 'POSIX', LANG: 'en_US.UTF-8' }])
      expect((await runCli(args, { env })).stdout, JSON.stringify(env)).toMatch(/^[\x20-\x7e\n]*$/);
    expect((await runCli([...args, '--ascii'])).stdout).toMatch(/^[\x20-\x7e\n]*$/);
    expect((await runCli(args, { env: { LANG: 'ru_RU.UTF-8' } })).stdout).toContain('┌');
    const stations = (await runCli(['stations', '--ascii'])).stdout;
    expect(stations).toMatch(/^[\x20-\x7e\n]*$/);
    expect(stations).toContain("Tumen River, Tumen River Station, Tuman'gang");
    const typed = await runCli([
      '--no-bundled',
      '--schedules',
      'tests/fixtures/frozen',
      'Хасан',
      'Туманган',
      '--date',
      '2026-12-01',
      '--days',
      '3',
      '--ascii',
      ...NOW,
    ]);
    expect(typed.stdout.split('\n')[0]).toBe('Khasan -> Tumangang, 2026-12-01 - 2026-12-03');
  });
});

describe('the board', () => {
  it('plain railnext: each route once in each direction, its next departure and how long until it leaves (the real bin)', () => {
    const r = runFrozen(NOW, { env: { COLUMNS: '130' } });
    expect(r.code).toBe(0);
    // 06:00 UTC is 14:00 at Suifenhe: its 09:52 today has gone, so that way's next is tomorrow's; the other way leaves Grodekovo at 17:43.
    // Both ways of each route: 646 leaves Tumangang at 12:00 and 645 Khasan at 15:30 on the same Monday.
    expect(r.stdout.split('\n').slice(0, 15)).toEqual([
      'Next departure on each route, as of Sun 22 Nov 2026',
      'Local times: UTC+3 Moscow (Yaroslavsky station); UTC+8 Suifenhe; UTC+9 Tumangang; UTC+10 Grodekovo, Khasan.',
      '┌────────────┬─────────────┬──────────────────────────────────────────┬───────────────────────────────────┬────────────────┐',
      '│ Date       │ Departs     │ From → To                                │ Service                           │ Leaves         │',
      '├────────────┼─────────────┼──────────────────────────────────────────┼───────────────────────────────────┼────────────────┤',
      '│ Sun 22 Nov │ ? (4 a day) │ Blagoveshchensk (Kanikurgan) → Heihe     │ bus                               │ ?              │',
      '│ Sun 22 Nov │ ? (4 a day) │ Heihe → Blagoveshchensk (Kanikurgan)     │ bus                               │ ?              │',
      '│ Sun 22 Nov │ 17:43       │ Grodekovo → Suifenhe                     │ train                             │ in 1 h 43 min  │',
      '│ Mon 23 Nov │ 09:52       │ Suifenhe → Grodekovo                     │ train                             │ in 19 h 52 min │',
      '│ Mon 23 Nov │ 12:00       │ Tumangang → Khasan                       │ train 646                         │ in 21 h        │',
      '│ Mon 23 Nov │ 15:30       │ Khasan → Tumangang                       │ train 645                         │ in 23 h 30 min │',
      '│ Thu 26 Nov │ 01:00 *     │ Moscow (Yaroslavsky station) → Pyongyang │ train, Moscow car                 │ in 3 d 16 h    │',
      '│ Thu 3 Dec  │ ?           │ Pyongyang → Moscow (Yaroslavsky station) │ train, Moscow car                 │ ?              │',
      '│ Sat 19 Dec │ ?           │ Pyongyang → Khabarovsk                   │ train (announced), Khabarovsk car │ ?              │',
      '│ Mon 21 Dec │ ?           │ Khabarovsk → Pyongyang                   │ train (announced), Khabarovsk car │ ?              │',
    ]);
    expect(r.stdout).toContain('\n? not published; * low confidence.\n');
    expect(r.stdout).not.toContain('clock is');
  });

  // In Chinese the board is in blocks at 80 columns too: its table does not fit.
  const zhBlocks = [
    '12月7日周一  12:00',
    '  豆满江 → 哈桑',
    '  列车 645 · 1小时30分后',
    '',
    '12月7日周一  15:30',
    '  哈桑 → 豆满江',
    '  列车 646 · 4小时后',
  ];
  // The morning: Monday 7 Dec at 10:30 in Tumangang, when 645 leaves Tumangang at 12:00 and 646 Khasan at 15:30.
  it.each([
    [
      'en',
      '80',
      [
        '│ Mon 7 Dec  │ 12:00       │ Tumangang →     │ train 645      │ in 1 h 30 min  │',
        '│            │             │ Khasan          │                │                │',
        '│ Mon 7 Dec  │ 15:30       │ Khasan →        │ train 646      │ in 4 h         │',
        '│            │             │ Tumangang       │                │                │',
      ],
    ],
    [
      'en',
      '50',
      [
        'Mon 7 Dec  12:00',
        '  Tumangang → Khasan',
        '  train 645 · in 1 h 30 min',
        '',
        'Mon 7 Dec  15:30',
        '  Khasan → Tumangang',
        '  train 646 · in 4 h',
      ],
    ],
    [
      'ru',
      '80',
      [
        '│ пн 7 дек.  │ 12:00         │ Туманган →    │ поезд 645       │ через 1 ч     │',
        '│            │               │ Хасан         │                 │ 30 мин        │',
        '│ пн 7 дек.  │ 15:30         │ Хасан →       │ поезд 646       │ через 4 ч     │',
        '│            │               │ Туманган      │                 │               │',
      ],
    ],
    [
      'ru',
      '50',
      [
        'пн 7 дек.  12:00',
        '  Туманган → Хасан',
        '  поезд 645 · через 1 ч 30 мин',
        '',
        'пн 7 дек.  15:30',
        '  Хасан → Туманган',
        '  поезд 646 · через 4 ч',
      ],
    ],
    // Chinese breaks between characters, so its columns narrow as far as Korean's: a table at 80 columns, as in Korean.
    [
      'zh',
      '80',
      [
        '│ 12月7日周一  │ 12:00        │ 豆满江 → 哈桑  │ 列车 645       │ 1小时30分后  │',
        '│ 12月7日周一  │ 15:30        │ 哈桑 → 豆满江  │ 列车 646       │ 4小时后      │',
      ],
    ],
    ['zh', '50', zhBlocks],
    [
      'ko',
      '80',
      [
        '│ 12월 7일 (월)  │ 12:00        │ 두만강 → 하산  │ 열차 645     │ 1시간 30분   │',
        '│                │              │                │              │ 후           │',
        '│ 12월 7일 (월)  │ 15:30        │ 하산 → 두만강  │ 열차 646     │ 4시간 후     │',
      ],
    ],
    [
      'ko',
      '50',
      [
        '12월 7일 (월)  12:00',
        '  두만강 → 하산',
        '  열차 645 · 1시간 30분 후',
        '',
        '12월 7일 (월)  15:30',
        '  하산 → 두만강',
        '  열차 646 · 4시간 후',
      ],
    ],
  ])(
    'shows both ways of Khasan–Tumangang on the bundled data, --lang %s at %s columns (the real bin)',
    (lang, columns, rows) => {
      const r = runBin(['--now', '2026-12-07T01:30:00Z', '--lang', lang], { env: { COLUMNS: columns } });
      expect(r.code).toBe(0);
      const lines = r.stdout.split('\n');
      const first = lines.findIndex((line) => line.includes('12:00'));
      expect(lines.slice(first, first + rows.length)).toEqual(rows);
    },
  );

  it('a query, a window, --next or another format gives the full listing', async () => {
    const frozen = ['--no-bundled', '--schedules', 'tests/fixtures/frozen', ...NOW];
    for (const extra of [
      ['--days', '14'],
      ['--date', 'today'],
      ['--next', '40'],
    ]) {
      const out = (await runCli([...frozen, ...extra])).stdout;
      expect(out.split('\n')[0], extra.join(' ')).toMatch(/^All services/);
      expect(out.split('\n').filter((line) => line.includes('Grodekovo →')).length, extra.join(' ')).toBeGreaterThan(1);
    }
    const { json } = await runCliJson(frozen);
    expect(json.departures.length).toBeGreaterThan(20);
  });
});
