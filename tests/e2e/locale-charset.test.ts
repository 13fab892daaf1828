/**
 * A locale whose charset is not UTF-8 (C, KOI8-R, EUC-KR, GB18030) keeps
 * railnext in English, in ASCII: its language is not chosen from the locale,
 * where its words would come out as "?". A language the user names (--lang,
 * RAILNEXT_LANG) is printed, in UTF-8: ASCII output then changes only the
 * borders and the arrows, never a letter (the real bin).
 */
import { describe, expect, it } from 'vitest';
import { runBin } from '../helpers/run-bin.js';

const FIXTURE = ['--no-bundled', '--schedules', 'tests/fixtures/i18n'];

describe('a locale in another charset than UTF-8', () => {
  it.each([{ LANG: 'ru_RU.KOI8-R' }, { LC_ALL: 'ko_KR.EUC-KR' }, { LANG: 'zh_CN.GB18030' }])(
    '%j answers in English, in ASCII',
    (env) => {
      const r = runBin(['routes', ...FIXTURE], { env: { ...env, COLUMNS: '80' } });
      expect([r.code, r.stderr]).toEqual([0, '']);
      expect(r.stdout.split('\n')[0]).toBe('Khasan <-> Tumangang  khasan-tumangang - train - running');
      // eslint-disable-next-line no-control-regex
      expect(r.stdout).not.toMatch(/[^\u0000-\u007f]/);
    },
  );

  it('the same locale with its charset UTF-8 answers in its language', () => {
    const r = runBin(['routes', ...FIXTURE], { env: { LANG: 'ru_RU.UTF-8', COLUMNS: '80' } });
    expect(r.stdout.split('\n')[0]).toBe('Хасан ⇄ Туманган  khasan-tumangang · поезд · курсирует');
  });
});

/** `railnext khasan` in Russian at 80 columns, in ASCII: every word in Cyrillic, only the borders and arrows in ASCII. */
const KHASAN_RU_ASCII = [
  'Отправления: Хасан, 27 ноября 2026 г. – 10 декабря 2026 г.',
  'Местное время: UTC+9 Туманган; UTC+10 Хасан.',
  'Ближайшее отправление через 5 ч 30 мин: пт 27 нояб. 2026 в 15:30 (UTC+10), Хасан',
  '  -> Туманган.',
  '+-------------+-------------+------------------+----------+--------+-----------+',
  '| Дата        | Отправление | Откуда -> куда   | Прибытие | В пути | Рейс      |',
  '+-------------+-------------+------------------+----------+--------+-----------+',
  '| пт 27 нояб. | 15:30       | Хасан ->         | 14:47 ~  | 17 мин | поезд 646 |',
  '|             |             | Туманган         |          |        |           |',
  '| пн 30 нояб. | 15:30       | Хасан ->         | 14:47 ~  | 17 мин | поезд 646 |',
  '|             |             | Туманган         |          |        |           |',
  '| ср 2 дек.   | 15:30       | Хасан ->         | 14:47 ~  | 17 мин | поезд 646 |',
  '|             |             | Туманган         |          |        |           |',
  '| пт 4 дек.   | 15:30       | Хасан ->         | 14:47 ~  | 17 мин | поезд 646 |',
  '|             |             | Туманган         |          |        |           |',
  '| пн 7 дек.   | 15:30       | Хасан ->         | 14:47 ~  | 17 мин | поезд 646 |',
  '|             |             | Туманган         |          |        |           |',
  '| ср 9 дек.   | 15:30       | Хасан ->         | 14:47 ~  | 17 мин | поезд 646 |',
  '|             |             | Туманган         |          |        |           |',
  '+-------------+-------------+------------------+----------+--------+-----------+',
  '~ вычислено по времени в пути.',
  'Часы в пункте Туманган отстают от часов в пункте Хасан на 1 ч.',
  'Здесь также останавливается поезд Пхеньян -> Москва; даты и время этой остановки',
  '  не опубликованы.',
  'Стоимость: около 2\u00a0500 RUB, Хасан – Туманган (достоверность: средняя; РЖД,',
  '  2024-12).',
  'Источники: РЖД, 2024-12.',
  'Данные проверены 22 ноября 2026 г.',
  '',
].join('\n');

describe('a named language under a locale that is not UTF-8', () => {
  it.each<[Record<string, string>, string[]]>([
    [{ LANG: 'C' }, ['--lang', 'ru']],
    [{ LANG: 'C' }, ['--lang', 'ru', '--ascii']],
    [{ LANG: 'ru_RU.KOI8-R', RAILNEXT_LANG: 'ru' }, []],
    [{ LC_ALL: 'POSIX', RAILNEXT_LANG: 'ru' }, []],
    // The language taken from a UTF-8 locale, ASCII asked for: the same.
    [{ LANG: 'ru_RU.UTF-8' }, ['--ascii']],
  ])('%j %j prints the Russian words, in UTF-8, with ASCII borders and arrows', (env, args) => {
    const r = runBin(['khasan', ...args, ...FIXTURE], { env: { ...env, COLUMNS: '80' } });
    expect([r.code, r.stderr, r.stdout]).toEqual([0, '', KHASAN_RU_ASCII]);
  });

  it('at 50 columns, the stacked list keeps the words too', () => {
    const r = runBin(['khasan', '--lang', 'ru', ...FIXTURE], { env: { LANG: 'C', COLUMNS: '50' } });
    expect(r.stdout.split('\n').slice(0, 10)).toEqual([
      'Отправления: Хасан, 27 ноября 2026 г. – 10 декабря',
      '  2026 г.',
      'Местное время: UTC+9 Туманган; UTC+10 Хасан.',
      'Ближайшее отправление через 5 ч 30 мин: пт',
      '  27 нояб. 2026 в 15:30 (UTC+10), Хасан ->',
      '  Туманган.',
      '',
      'пт 27 нояб.  15:30 -> 14:47 ~',
      '  Хасан -> Туманган',
      '  поезд 646 · 17 мин',
    ]);
  });

  it('GB18030 with RAILNEXT_LANG=zh prints Chinese', () => {
    const r = runBin(['khasan', ...FIXTURE], { env: { LANG: 'zh_CN.GB18030', RAILNEXT_LANG: 'zh', COLUMNS: '80' } });
    expect(r.stdout.split('\n').slice(0, 7)).toEqual([
      '出发站：Khasan, 2026年11月27日 – 2026年12月10日',
      '当地时间：UTC+9 Tumangang；UTC+10 Khasan。',
      '下一班 5小时30分后发车：2026年11月27日周五 15:30 (UTC+10)，Khasan -> Tumangang。',
      '+--------------+-------+---------------------+---------+--------+----------+',
      '| 日期         | 出发  | 发站 -> 到站        | 到达    | 历时   | 车次     |',
      '+--------------+-------+---------------------+---------+--------+----------+',
      '| 11月27日周五 | 15:30 | Khasan -> Tumangang | 14:47 ~ | 17分钟 | 列车 646 |',
    ]);
  });

  it('EUC-KR with --lang ko lists the routes and the stations in Korean, with every name of a station', () => {
    const env = { LC_ALL: 'ko_KR.EUC-KR', COLUMNS: '80' };
    const routes = runBin(['routes', '--lang', 'ko', ...FIXTURE], { env });
    expect(routes.stdout.split('\n').slice(0, 3)).toEqual([
      '하산 <-> 두만강  khasan-tumangang · 열차 · 운행 중',
      '  하산 -> 두만강 열차 646: 매주 월·수·금요일, 2024년 12월 16일부터 (운행 중,',
      '    신뢰도: 높음)',
    ]);
    const stations = runBin(['stations', '--lang', 'ko', ...FIXTURE], { env });
    expect(stations.stdout.split('\n').slice(0, 2)).toEqual([
      'khasan           하산, RU, Asia/Vladivostok',
      '                 Khasan, Хасан',
    ]);
  });

  it('the calendar keeps the words, and draws its arrows in ASCII', () => {
    const r = runBin(['khasan', '--calendar', '--lang', 'zh', ...FIXTURE], { env: { LANG: 'C', COLUMNS: '80' } });
    expect(r.stdout.split('\n').slice(0, 4)).toEqual([
      'Khasan -> Tumangang  列车 646 · 每周一、三、五 · 15:30 UTC+10',
      '',
      '         2026年11月',
      ' 一  二  三  四  五  六  日',
    ]);
  });

  it('the help and the errors are in the language named', () => {
    const help = runBin(['--help', '--lang', 'ru'], { env: { LANG: 'C', COLUMNS: '80' } });
    expect(help.stdout.split('\n')[0]).toBe('Использование: railnext [параметры] [команда] [запрос] [куда]');
    const error = runBin(['nowhere', '--lang', 'ru', ...FIXTURE], { env: { LANG: 'ru_RU.KOI8-R' } });
    expect([error.code, error.stderr.split(' (')[0]]).toEqual([
      2,
      'railnext: неизвестная станция или маршрут «nowhere»',
    ]);
  });

  it('JSON is the same bytes under any locale', () => {
    const json = (env: Record<string, string>) =>
      runBin(['khasan', '--lang', 'ko', '--json', ...FIXTURE], { env }).stdout;
    expect(json({ LC_ALL: 'ko_KR.EUC-KR' })).toBe(json({ LANG: 'C.UTF-8' }));
    expect(JSON.parse(json({ LANG: 'C' })).departures[0].name).toBe('Khasan → Tumangang');
  });
});
