/**
 * The calendar of a station counts its through cars' days: a car that runs
 * on beyond its train marks the days it leaves in a block of its own (the
 * Far car of the Home → Edge train, as the Beijing car of Pyongyang's train
 * 51), while cars that end with their train are that train at the station
 * and add no block (the Alpha and Beta cars of Border's train 354, as the
 * Irkutsk and Chita cars of Zabaikalsk's). On a date the train does not run
 * the cars leave alone, under the number they leave with, and the two cars'
 * identical blocks are drawn once.
 */
import { describe, expect, it } from 'vitest';
import { runBin, runJson } from '../helpers/run-bin.js';

const fixture = (name: string) => ['--no-bundled', '--schedules', `tests/fixtures/${name}/cars.json`];

/** December 2026's title and weekdays, in each language. */
const DECEMBER: Record<string, string[]> = {
  en: ['       December 2026', ' Mo  Tu  We  Th  Fr  Sa  Su'],
  ru: ['      Декабрь 2026 г.', ' пн  вт  ср  чт  пт  сб  вс'],
  zh: ['         2026年12月', ' 一  二  三  四  五  六  日'],
  ko: ['        2026년 12월', ' 월  화  수  목  금  토  일'],
};

/** The legend and the fixtures' date, as each language wraps them. */
const FOOTER: Record<string, Record<number, string[]>> = {
  en: {
    80: [
      '[d] a departure on that date, local to the departing station',
      'Data last checked 2026-11-22 (sources up to 2026-03).',
    ],
    50: [
      '[d] a departure on that date, local to the',
      '  departing station',
      'Data last checked 2026-11-22 (sources up to',
      '  2026-03).',
    ],
  },
  ru: {
    80: [
      '[d] день отправления, по местному календарю станции отправления',
      'Данные проверены 22 ноября 2026 г. (самые свежие источники — март 2026 г.).',
    ],
    50: [
      '[d] день отправления, по местному календарю',
      '  станции отправления',
      'Данные проверены 22 ноября 2026 г. (самые свежие',
      '  источники — март 2026 г.).',
    ],
  },
  zh: {
    80: ['[d] 当天有出发（按出发站当地日期）', '数据核对日期：2026年11月22日（资料截至2026年3月）。'],
    50: ['[d] 当天有出发（按出发站当地日期）', '数据核对日期：2026年11月22日（资料截至2026年', '  3月）。'],
  },
  ko: {
    80: ['[d] 출발일 (출발역 현지 날짜 기준)', '데이터 확인일: 2026년 11월 22일 (출처 기준 시점: 2026년 3월).'],
    50: ['[d] 출발일 (출발역 현지 날짜 기준)', '데이터 확인일: 2026년 11월 22일 (출처 기준 시점:', '  2026년 3월).'],
  },
};

const LANGUAGES_AND_WIDTHS = ['en', 'ru', 'zh', 'ko'].flatMap((lang) =>
  [80, 50].map((columns) => [lang, columns] as const),
);

/** The weeks of December 2026 with the marked days. */
const WEEKS = {
  daily: [
    '     [1] [2] [3] [4] [5] [6]',
    ' [7] [8] [9][10][11][12][13]',
    '[14][15][16][17][18][19][20]',
    '[21][22][23][24][25][26][27]',
    '[28][29][30][31]',
  ],
  mondaysAndWednesdays: [
    '      1  [2]  3   4   5   6',
    ' [7]  8  [9] 10  11  12  13',
    '[14] 15 [16] 17  18  19  20',
    '[21] 22 [23] 24  25  26  27',
    '[28] 29 [30] 31',
  ],
  wednesdays: [
    '      1  [2]  3   4   5   6',
    '  7   8  [9] 10  11  12  13',
    ' 14  15 [16] 17  18  19  20',
    ' 21  22 [23] 24  25  26  27',
    ' 28  29 [30] 31',
  ],
  wednesdaysAndSundaysFromThe6th: [
    '      1   2   3   4   5  [6]',
    '  7   8  [9] 10  11  12 [13]',
    ' 14  15 [16] 17  18  19 [20]',
    ' 21  22 [23] 24  25  26 [27]',
    ' 28  29 [30] 31',
  ],
  the2nd: [
    '      1  [2]  3   4   5   6',
    '  7   8   9  10  11  12  13',
    ' 14  15  16  17  18  19  20',
    ' 21  22  23  24  25  26  27',
    ' 28  29  30  31',
  ],
};

/** December's calendar of `station`: exactly each block's heading (its lines as wrapped) over its grid, then the footer. */
function expectCalendar(name: string, station: string, lang: string, columns: number, blocks: [string[], string[]][]) {
  const r = runBin([...fixture(name), station, '--calendar', '--date', '2026-12', '--lang', lang], {
    env: { COLUMNS: String(columns) },
  });
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  const lines = blocks.flatMap(([heading, weeks]) => [...heading, '', ...DECEMBER[lang]!, ...weeks, '']);
  expect(r.stdout).toBe(`${[...lines, ...FOOTER[lang]![columns]!].join('\n')}\n`);
}

describe('the calendar of a station with a train carrying cars beyond where it ends', () => {
  const onward: Record<string, Record<number, [string[], string[], string[]]>> = {
    en: {
      80: [
        ['Home → Edge  train 51 · daily · 10:26 UTC+9'],
        ['Home → Far (Central station)  train 51 · Mondays and Wednesdays · 10:26 UTC+9'],
        ['Home → West  train · Wednesdays · 10:26 UTC+9'],
      ],
      50: [
        ['Home → Edge  train 51 · daily · 10:26 UTC+9'],
        ['Home → Far (Central station)  train 51 · Mondays', '  and Wednesdays · 10:26 UTC+9'],
        ['Home → West  train · Wednesdays · 10:26 UTC+9'],
      ],
    },
    ru: {
      80: [
        ['Home → Edge  поезд 51 · ежедневно · 10:26 UTC+9'],
        ['Home → Far (Central station)  поезд 51 · по понедельникам и средам · 10:26 UTC+9'],
        ['Home → West  поезд · по средам · 10:26 UTC+9'],
      ],
      50: [
        ['Home → Edge  поезд 51 · ежедневно · 10:26 UTC+9'],
        ['Home → Far (Central station)  поезд 51 · по', '  понедельникам и средам · 10:26 UTC+9'],
        ['Home → West  поезд · по средам · 10:26 UTC+9'],
      ],
    },
    zh: {
      80: [
        ['Home → Edge  列车 51 · 每天 · 10:26 UTC+9'],
        ['Home → Far (Central station)  列车 51 · 每周一、三 · 10:26 UTC+9'],
        ['Home → West  列车 · 每周三 · 10:26 UTC+9'],
      ],
      50: [
        ['Home → Edge  列车 51 · 每天 · 10:26 UTC+9'],
        ['Home → Far (Central station)  列车 51 · 每周一、三', '  · 10:26 UTC+9'],
        ['Home → West  列车 · 每周三 · 10:26 UTC+9'],
      ],
    },
    ko: {
      80: [
        ['Home → Edge  열차 51 · 매일 · 10:26 UTC+9'],
        ['Home → Far (Central station)  열차 51 · 매주 월·수요일 · 10:26 UTC+9'],
        ['Home → West  열차 · 매주 수요일 · 10:26 UTC+9'],
      ],
      50: [
        ['Home → Edge  열차 51 · 매일 · 10:26 UTC+9'],
        ['Home → Far (Central station)  열차 51 · 매주', '  월·수요일 · 10:26 UTC+9'],
        ['Home → West  열차 · 매주 수요일 · 10:26 UTC+9'],
      ],
    },
  };

  it.each(LANGUAGES_AND_WIDTHS)(
    'in %s at %i columns: the Far and West cars mark the days they leave Home in the train',
    (lang, columns) => {
      const [edge, far, west] = onward[lang]![columns]!;
      expectCalendar('onward-cars', 'home', lang, columns, [
        [edge, WEEKS.daily],
        [far, WEEKS.mondaysAndWednesdays],
        [west, WEEKS.wednesdays],
      ]);
    },
  );

  it('marks the days the JSON gives the car on, and the days `home far` marks', () => {
    const { json } = runJson([...fixture('onward-cars'), 'home', '--date', '2026-12-01', '--days', '31', '--json']);
    const withFarCar = json.departures
      .filter((d: { throughCars: { service: string }[] }) => d.throughCars.some((car) => car.service === 'far-car'))
      .map((d: { departure: { date: string } }) => Number(d.departure.date.slice(8)));
    expect(withFarCar).toEqual([2, 7, 9, 14, 16, 21, 23, 28, 30]);
    const marked = (stdout: string) => [...stdout.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1]));
    expect(
      marked(runBin([...fixture('onward-cars'), 'home', 'far', '--calendar', '--date', '2026-12']).stdout),
    ).toEqual(withFarCar);
  });
});

describe('the calendar of a station where cars join a train that ends where they do', () => {
  const joining: Record<string, Record<number, [string[], string[]]>> = {
    en: {
      80: [
        ['Border → Over  train 354 · Wednesdays and Sundays · 11:35 UTC+9'],
        ['Border → Over  train 354 · 11:35 UTC+9'],
      ],
      50: [
        ['Border → Over  train 354 · Wednesdays and Sundays', '  · 11:35 UTC+9'],
        ['Border → Over  train 354 · 11:35 UTC+9'],
      ],
    },
    ru: {
      80: [
        ['Border → Over  поезд 354 · по средам и воскресеньям · 11:35 UTC+9'],
        ['Border → Over  поезд 354 · 11:35 UTC+9'],
      ],
      50: [
        ['Border → Over  поезд 354 · по средам и', '  воскресеньям · 11:35 UTC+9'],
        ['Border → Over  поезд 354 · 11:35 UTC+9'],
      ],
    },
    zh: {
      80: [['Border → Over  列车 354 · 每周三、日 · 11:35 UTC+9'], ['Border → Over  列车 354 · 11:35 UTC+9']],
      50: [['Border → Over  列车 354 · 每周三、日 · 11:35 UTC+9'], ['Border → Over  列车 354 · 11:35 UTC+9']],
    },
    ko: {
      80: [['Border → Over  열차 354 · 매주 수·일요일 · 11:35 UTC+9'], ['Border → Over  열차 354 · 11:35 UTC+9']],
      50: [['Border → Over  열차 354 · 매주 수·일요일 · 11:35', '  UTC+9'], ['Border → Over  열차 354 · 11:35 UTC+9']],
    },
  };

  it.each(LANGUAGES_AND_WIDTHS)(
    'in %s at %i columns: one block for train 354 with its cars, one for the 2nd, when the two cars leave alone as 354',
    (lang, columns) => {
      const [train, carsAlone] = joining[lang]![columns]!;
      expectCalendar('joining-cars', 'border', lang, columns, [
        [train, WEEKS.wednesdaysAndSundaysFromThe6th],
        [carsAlone, WEEKS.the2nd],
      ]);
    },
  );

  it('the table has the same days: the two cars alone on the 2nd, the train carrying both from the 6th', () => {
    const r = runBin([...fixture('joining-cars'), 'border', '--date', '2026-12-01', '--days', '7', '--no-color'], {
      env: { COLUMNS: '120' },
    });
    expect(r.stdout.split('\n').filter((line) => /^│ \w{3} /.test(line))).toEqual([
      '│ Wed 2 Dec │ 11:35   │ Border → Over │ 11:00   │ 25 min  │ train 354, Alpha car                        │',
      '│ Wed 2 Dec │ 11:35   │ Border → Over │ 11:00   │ 25 min  │ train 354, Beta car                         │',
      '│ Sun 6 Dec │ 11:35   │ Border → Over │ 11:00   │ 25 min  │ train 354, through cars from Alpha and Beta │',
    ]);
  });
});
