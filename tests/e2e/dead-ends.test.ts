/**
 * Dead ends that point somewhere, through the real bin on the fixture network
 * of tests/fixtures/dead-ends (every station on the meridian 130° E, so the
 * distances are exact): when no service runs between two stations, the
 * answer names the nearest stations that have one, with their distances, and
 * the routes without a timetable that touch either place; journeys say that
 * domestic trains are not covered. At 80 and 50 columns, in every language.
 */
import { describe, expect, it } from 'vitest';
import { runBin, runJson } from '../helpers/run-bin.js';

const NETWORK = ['--no-bundled', '--schedules', 'tests/fixtures/dead-ends'];
const columns = (n: number) => ({ env: { COLUMNS: String(n) } });

describe('railnext ostrov gavan: no service between them', () => {
  it.each<[string, number, string[]]>([
    [
      'en',
      80,
      [
        'Ostrov → Gavan, 2026-11-27 – 2026-12-10',
        'No service in the schedules runs from Ostrov to Gavan.',
        'Nearest stations with a service to Gavan (straight-line distance from Ostrov):',
        '  Nadezhdino, 56 km: Nadezhdino → Gavan train',
        '  Sosnovka, 111 km: Dalny → Gavan train (dates not published there)',
        '  Yuzhny, 111 km: Yuzhny → Gavan train (announced, no run confirmed)',
        'Nearest stations to Gavan that a service from Ostrov reaches (straight-line',
        '  distance):',
        '  Pristan, 56 km: Ostrov → Pristan bus',
        'Routes without a timetable that mention Ostrov or Gavan:',
        '  Ostrov → Gavan tourist train (reported, last seen 2025)',
        'Data last checked 2026-11-27.',
        '',
      ],
    ],
    [
      'en',
      50,
      [
        'Ostrov → Gavan, 2026-11-27 – 2026-12-10',
        'No service in the schedules runs from Ostrov to',
        '  Gavan.',
        'Nearest stations with a service to Gavan',
        '  (straight-line distance from Ostrov):',
        '  Nadezhdino, 56 km: Nadezhdino → Gavan train',
        '  Sosnovka, 111 km: Dalny → Gavan train (dates not',
        '    published there)',
        '  Yuzhny, 111 km: Yuzhny → Gavan train (announced,',
        '    no run confirmed)',
        'Nearest stations to Gavan that a service from',
        '  Ostrov reaches (straight-line distance):',
        '  Pristan, 56 km: Ostrov → Pristan bus',
        'Routes without a timetable that mention Ostrov or',
        '  Gavan:',
        '  Ostrov → Gavan tourist train (reported, last',
        '    seen 2025)',
        'Data last checked 2026-11-27.',
        '',
      ],
    ],
    [
      'ru',
      80,
      [
        'Остров → Гавань, 27 ноября 2026 г. – 10 декабря 2026 г.',
        'В расписаниях нет рейсов по направлению Остров → Гавань.',
        'Ближайшие станции с рейсами → Гавань (расстояние по прямой от станции Остров):',
        '  Надеждино, 56 км: поезд Надеждино → Гавань',
        '  Сосновка, 111 км: поезд Дальний → Гавань (даты этой остановки не опубликованы)',
        '  Южный, 111 км: поезд Южный → Гавань (объявлен, рейс не подтверждён)',
        'Ближайшие к станции Гавань станции, куда идут рейсы со станции Остров',
        '  (расстояние по прямой):',
        '  Пристань, 56 км: автобус Остров → Пристань',
        'Маршруты без расписания, где упоминается Остров или Гавань:',
        '  Туристический поезд Остров → Гавань (по сообщениям, последний раз — в 2025',
        '    году)',
        'Данные проверены 27 ноября 2026 г.',
        '',
      ],
    ],
    [
      'ru',
      50,
      [
        'Остров → Гавань, 27 ноября 2026 г. – 10 декабря',
        '  2026 г.',
        'В расписаниях нет рейсов по направлению Остров →',
        '  Гавань.',
        'Ближайшие станции с рейсами → Гавань (расстояние',
        '  по прямой от станции Остров):',
        '  Надеждино, 56 км: поезд Надеждино → Гавань',
        '  Сосновка, 111 км: поезд Дальний → Гавань (даты',
        '    этой остановки не опубликованы)',
        '  Южный, 111 км: поезд Южный → Гавань (объявлен,',
        '    рейс не подтверждён)',
        'Ближайшие к станции Гавань станции, куда идут',
        '  рейсы со станции Остров (расстояние по прямой):',
        '  Пристань, 56 км: автобус Остров → Пристань',
        'Маршруты без расписания, где упоминается Остров',
        '  или Гавань:',
        '  Туристический поезд Остров → Гавань (по',
        '    сообщениям, последний раз — в 2025 году)',
        'Данные проверены 27 ноября 2026 г.',
        '',
      ],
    ],
    [
      'zh',
      80,
      [
        '奥斯特罗夫 → 加万, 2026年11月27日 – 2026年12月10日',
        '时刻表中没有从奥斯特罗夫开往加万的车次。',
        '有车次开往加万的最近车站（距奥斯特罗夫的直线距离）：',
        '  纳杰日季诺，56公里：纳杰日季诺 → 加万列车',
        '  索斯诺夫卡，111公里：达利尼 → 加万列车（该站日期未公布）',
        '  尤日内，111公里：尤日内 → 加万列车（已宣布，未确认开行）',
        '从奥斯特罗夫出发的车次可到达、离加万最近的车站（直线距离）：',
        '  普里斯坦，56公里：奥斯特罗夫 → 普里斯坦客车',
        '提及奥斯特罗夫或加万、但无时刻表的线路：',
        '  奥斯特罗夫 → 加万 旅游列车（据报道，最近一次见于2025年）',
        '数据核对日期：2026年11月27日。',
        '',
      ],
    ],
    [
      'zh',
      50,
      [
        '奥斯特罗夫 → 加万, 2026年11月27日 – 2026年12月10日',
        '时刻表中没有从奥斯特罗夫开往加万的车次。',
        '有车次开往加万的最近车站（距奥斯特罗夫的直线距',
        '  离）：',
        '  纳杰日季诺，56公里：纳杰日季诺 → 加万列车',
        '  索斯诺夫卡，111公里：达利尼 → 加万列车（该站日期',
        '    未公布）',
        '  尤日内，111公里：尤日内 → 加万列车（已宣布，未确',
        '    认开行）',
        '从奥斯特罗夫出发的车次可到达、离加万最近的车站（直',
        '  线距离）：',
        '  普里斯坦，56公里：奥斯特罗夫 → 普里斯坦客车',
        '提及奥斯特罗夫或加万、但无时刻表的线路：',
        '  奥斯特罗夫 → 加万 旅游列车（据报道，最近一次见于',
        '    2025年）',
        '数据核对日期：2026年11月27日。',
        '',
      ],
    ],
    [
      'ko',
      80,
      [
        '오스트로프 → 가반, 2026년 11월 27일 – 2026년 12월 10일',
        '시간표에 오스트로프 → 가반 운행편이 없습니다.',
        '가반행 운행편이 있는 가장 가까운 역 (오스트로프에서 직선거리):',
        '  나데즈디노, 56km: 나데즈디노 → 가반 열차',
        '  소스노프카, 111km: 달니 → 가반 열차 (이 역의 날짜는 공개되지 않음)',
        '  유즈니, 111km: 유즈니 → 가반 열차 (발표됨, 운행 미확인)',
        '오스트로프발 운행편이 닿는, 가반에서 가장 가까운 역 (직선거리):',
        '  프리스탄, 56km: 오스트로프 → 프리스탄 버스',
        '시간표가 없는 노선 (오스트로프 또는 가반 관련):',
        '  오스트로프 → 가반 관광 열차 (보도됨, 마지막 확인 2025년)',
        '데이터 확인일: 2026년 11월 27일.',
        '',
      ],
    ],
    [
      'ko',
      50,
      [
        '오스트로프 → 가반, 2026년 11월 27일 – 2026년 12월',
        '  10일',
        '시간표에 오스트로프 → 가반 운행편이 없습니다.',
        '가반행 운행편이 있는 가장 가까운 역',
        '  (오스트로프에서 직선거리):',
        '  나데즈디노, 56km: 나데즈디노 → 가반 열차',
        '  소스노프카, 111km: 달니 → 가반 열차 (이 역의',
        '    날짜는 공개되지 않음)',
        '  유즈니, 111km: 유즈니 → 가반 열차 (발표됨, 운행',
        '    미확인)',
        '오스트로프발 운행편이 닿는, 가반에서 가장 가까운',
        '  역 (직선거리):',
        '  프리스탄, 56km: 오스트로프 → 프리스탄 버스',
        '시간표가 없는 노선 (오스트로프 또는 가반 관련):',
        '  오스트로프 → 가반 관광 열차 (보도됨, 마지막 확인',
        '    2025년)',
        '데이터 확인일: 2026년 11월 27일.',
        '',
      ],
    ],
  ])(
    'in %s at %i columns, names the nearest stations, the one reached near Gavan and the tour train, and exits 1',
    (lang, width, lines) => {
      const r = runBin([...NETWORK, 'ostrov', 'gavan', '--lang', lang], columns(width));
      expect([r.code, r.stderr, r.stdout.split('\n')]).toEqual([1, '', lines]);
    },
  );
});

describe('journeys say that domestic trains are not covered', () => {
  it.each<[string, number, string[]]>([
    [
      'en',
      80,
      [
        'Ostrov → Pristan, leaving on 2026-12-01  (times local to each station)',
        '',
        'Journey 1 · sure · direct · 6 h',
        '  Tue 1 Dec 2026  08:00 +10 → Tue 1 Dec 2026  13:00 +09',
        '    Ostrov → Pristan',
        '    Ostrov → Pristan',
        '',
        'Domestic trains are not covered: the schedules hold cross-border services only.',
        'Sources: test fixture.',
        'Data last checked 2026-11-27.',
        '',
      ],
    ],
    [
      'en',
      50,
      [
        'Ostrov → Pristan, leaving on 2026-12-01  (times',
        '  local to each station)',
        '',
        'Journey 1 · sure · direct · 6 h',
        '  Tue 1 Dec 2026  08:00 +10 → Tue 1 Dec 2026',
        '    13:00 +09',
        '    Ostrov → Pristan',
        '    Ostrov → Pristan',
        '',
        'Domestic trains are not covered: the schedules',
        '  hold cross-border services only.',
        'Sources: test fixture.',
        'Data last checked 2026-11-27.',
        '',
      ],
    ],
    [
      'ru',
      80,
      [
        'Остров → Пристань, отправление 1 декабря 2026 г.  (время местное для каждой',
        '  станции)',
        '',
        'Маршрут 1 · надёжный · без пересадок · 6 ч',
        '  вт 1 дек. 2026  08:00 +10 → вт 1 дек. 2026  13:00 +09',
        '    Остров → Пристань',
        '    Остров → Пристань',
        '',
        'Внутренние поезда не учтены: в расписаниях только международные рейсы.',
        'Источники: test fixture.',
        'Данные проверены 27 ноября 2026 г.',
        '',
      ],
    ],
    [
      'ru',
      50,
      [
        'Остров → Пристань, отправление 1 декабря 2026 г.',
        '  (время местное для каждой станции)',
        '',
        'Маршрут 1 · надёжный · без пересадок · 6 ч',
        '  вт 1 дек. 2026  08:00 +10 → вт 1 дек. 2026',
        '    13:00 +09',
        '    Остров → Пристань',
        '    Остров → Пристань',
        '',
        'Внутренние поезда не учтены: в расписаниях только',
        '  международные рейсы.',
        'Источники: test fixture.',
        'Данные проверены 27 ноября 2026 г.',
        '',
      ],
    ],
    [
      'zh',
      80,
      [
        '奥斯特罗夫 → 普里斯坦，2026年12月1日出发  （各站当地时间）',
        '',
        '行程 1 · 确定 · 直达 · 6小时',
        '  2026年12月1日周二  08:00 +10 → 2026年12月1日周二  13:00 +09',
        '    奥斯特罗夫 → 普里斯坦',
        '    奥斯特罗夫 → 普里斯坦',
        '',
        '不含国内列车：时刻表只收录跨境车次。',
        '资料来源：test fixture。',
        '数据核对日期：2026年11月27日。',
        '',
      ],
    ],
    [
      'zh',
      50,
      [
        '奥斯特罗夫 → 普里斯坦，2026年12月1日出发  （各站当',
        '  地时间）',
        '',
        '行程 1 · 确定 · 直达 · 6小时',
        '  2026年12月1日周二  08:00 +10 → 2026年12月1日周二',
        '    13:00 +09',
        '    奥斯特罗夫 → 普里斯坦',
        '    奥斯特罗夫 → 普里斯坦',
        '',
        '不含国内列车：时刻表只收录跨境车次。',
        '资料来源：test fixture。',
        '数据核对日期：2026年11月27日。',
        '',
      ],
    ],
    [
      'ko',
      80,
      [
        '오스트로프 → 프리스탄, 2026년 12월 1일 출발  (각 역의 현지 시각)',
        '',
        '여정 1 · 확실 · 직행 · 6시간',
        '  2026년 12월 1일 (화)  08:00 +10 → 2026년 12월 1일 (화)  13:00 +09',
        '    오스트로프 → 프리스탄',
        '    오스트로프 → 프리스탄',
        '',
        '국내 열차는 포함되지 않습니다: 시간표에는 국경을 넘는 운행편만 있습니다.',
        '출처: test fixture.',
        '데이터 확인일: 2026년 11월 27일.',
        '',
      ],
    ],
    [
      'ko',
      50,
      [
        '오스트로프 → 프리스탄, 2026년 12월 1일 출발  (각',
        '  역의 현지 시각)',
        '',
        '여정 1 · 확실 · 직행 · 6시간',
        '  2026년 12월 1일 (화)  08:00 +10 → 2026년 12월',
        '    1일 (화)  13:00 +09',
        '    오스트로프 → 프리스탄',
        '    오스트로프 → 프리스탄',
        '',
        '국내 열차는 포함되지 않습니다: 시간표에는 국경을',
        '  넘는 운행편만 있습니다.',
        '출처: test fixture.',
        '데이터 확인일: 2026년 11월 27일.',
        '',
      ],
    ],
  ])('in %s at %i columns', (lang, width, lines) => {
    const r = runBin(
      [...NETWORK, 'ostrov', 'pristan', '--journeys', '--date', '2026-12-01', '--days', '1', '--lang', lang],
      columns(width),
    );
    expect([r.code, r.stderr, r.stdout.split('\n')]).toEqual([0, '', lines]);
  });
});

describe('the dead end in --json', () => {
  const station = (id: string, name: string, names: object, country: string, timeZone: string) => ({
    id,
    name,
    names,
    country,
    timeZone,
  });
  const service = (id: string, route: string, name: string, more: object = {}) => ({
    service: id,
    route,
    name,
    mode: 'train',
    status: 'running',
    statusNote: null,
    overdue: false,
    listed: true,
    ...more,
  });

  it('carries the same suggestions as `nearest`, beside the reason, in whole kilometres', () => {
    const { code, json, stderr } = runJson([...NETWORK, 'ostrov', 'gavan']);
    expect([code, stderr]).toEqual([1, '']);
    expect(json.reason).toBe('No service in the schedules runs from Ostrov to Gavan.');
    expect(Object.keys(json)).toEqual([
      '$schema',
      'query',
      'destination',
      'from',
      'until',
      'departures',
      'next',
      'reason',
      'nearest',
      'notes',
      'lastChecked',
      'sourcesUpTo',
      'dataAge',
    ]);
    const VL = 'Asia/Vladivostok';
    expect(json.nearest).toEqual({
      maxKm: 300,
      limit: 3,
      nearOrigin: [
        {
          station: station(
            'nadezhdino',
            'Nadezhdino',
            { ru: 'Надеждино', zh: '纳杰日季诺', ko: '나데즈디노' },
            'RU',
            VL,
          ),
          distanceKm: 56,
          services: [service('nadezhdino-gavan', 'to-gavan', 'Nadezhdino → Gavan')],
        },
        {
          station: station('sosnovka', 'Sosnovka', { ru: 'Сосновка', zh: '索斯诺夫卡', ko: '소스노프카' }, 'RU', VL),
          distanceKm: 111,
          services: [service('dalny-gavan', 'to-gavan', 'Dalny → Gavan', { listed: false })],
        },
        {
          station: station('yuzhny', 'Yuzhny', { ru: 'Южный', zh: '尤日内', ko: '유즈니' }, 'RU', VL),
          distanceKm: 111,
          services: [
            service('yuzhny-gavan', 'to-gavan', 'Yuzhny → Gavan', {
              status: 'announced',
              statusNote: 'no run confirmed',
            }),
          ],
        },
      ],
      nearDestination: [
        {
          station: station(
            'pristan',
            'Pristan',
            { ru: 'Пристань', zh: '普里斯坦', ko: '프리스탄' },
            'KP',
            'Asia/Pyongyang',
          ),
          distanceKm: 56,
          services: [service('ostrov-pristan', 'ostrov-pristan', 'Ostrov → Pristan', { mode: 'bus' })],
        },
      ],
      routes: [
        {
          route: 'ostrov-gavan-tour',
          name: 'Ostrov → Gavan tourist train',
          mode: 'train',
          status: 'reported',
          statusNote: 'last seen 2025',
          overdue: false,
        },
      ],
    });
  });

  it('gives null for a place the schedules give no coordinates for, and says so in the table', () => {
    const { json } = runJson([...NETWORK, 'tuman', 'gavan']);
    expect([json.nearest.nearOrigin, json.nearest.nearDestination]).toEqual([null, []]);
    const r = runBin([...NETWORK, 'tuman', 'gavan']);
    expect([r.code, r.stderr, r.stdout.split('\n')]).toEqual([
      1,
      '',
      [
        'Tuman → Gavan, 2026-11-27 – 2026-12-10',
        'No service in the schedules runs from Tuman to Gavan.',
        'The schedules give no coordinates for Tuman, so no station near it can be named.',
        'Routes without a timetable that mention Tuman or Gavan:',
        '  Ostrov → Gavan tourist train (reported, last seen 2025)',
        'Data last checked 2026-11-27.',
        '',
      ],
    ]);
  });

  it('leaves `nearest` out of every other answer: where a filter left the service out, the filter is the answer', () => {
    const filtered = runJson([...NETWORK, 'nadezhdino', 'gavan', '--mode', 'bus']);
    expect([filtered.code, filtered.json.reason, 'nearest' in filtered.json]).toEqual([
      1,
      'No bus in the schedules runs from Nadezhdino to Gavan.',
      false,
    ]);
    expect('nearest' in runJson([...NETWORK, 'ostrov']).json).toBe(false);
  });

  it('the journeys document says in its notes that domestic trains are not covered', () => {
    const { json } = runJson([...NETWORK, 'ostrov', 'pristan', '--journeys', '--date', '2026-12-01', '--days', '1']);
    expect(json.notes).toEqual(['Domestic trains are not covered: the schedules hold cross-border services only.']);
  });
});
