/**
 * The real bin in Russian, Chinese and Korean, on a fixture network whose
 * stations have names in each script (tests/fixtures/i18n).
 */
import { describe, expect, it } from 'vitest';
import { runBin } from '../helpers/run-bin.js';

const FIXTURE = ['--no-bundled', '--schedules', 'tests/fixtures/i18n'];

describe('railnext in other languages', () => {
  it('the Russian calendar: month and weekdays from Intl, rule and notes from the catalogue', () => {
    const r = runBin(['khasan', '--calendar', '--date', '2027-01', ...FIXTURE, '--lang', 'ru']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      [
        'Хасан → Туманган  поезд 646 · по понедельникам, средам и пятницам · 15:30 UTC+10',
        '',
        '       Январь 2027 г.',
        ' пн  вт  ср  чт  пт  сб  вс',
        '                 [1]  2   3',
        ' [4]  5  [6]  7  [8]  9  10',
        '[11] 12 [13] 14 [15] 16  17',
        '[18] 19 [20] 21 [22] 23  24',
        '[25] 26 [27] 28 [29] 30  31',
        '',
        '[d] день отправления, по местному календарю станции отправления',
        'Здесь также останавливается поезд Пхеньян → Москва; даты и время этой остановки',
        '  не опубликованы.',
        'Данные проверены 22 ноября 2026 г.',
        '',
      ].join('\n'),
    );
  });

  it('LANG=ru_RU.UTF-8 alone gives the same Russian', () => {
    const args = ['khasan', '--date', '2026-12-02', '--days', '1', ...FIXTURE];
    const byLocale = runBin(args, { env: { LANG: 'ru_RU.UTF-8' } });
    expect(byLocale).toEqual(runBin([...args, '--lang', 'ru']));
    expect(byLocale.stdout).toContain('ср 2 дек. 2026');
    expect(byLocale.stdout).toContain('Хасан → Туманган');
    expect(byLocale.stdout).toContain('поезд 646');
  });

  it('the Korean table: the date, the stations in Hangul, the train', () => {
    const r = runBin(['khasan', '--date', '2026-12-02', '--days', '1', ...FIXTURE], { env: { RAILNEXT_LANG: 'ko' } });
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('하산 출발, 2026년 12월 2일');
    expect(r.stdout).toContain('\n현지 시각: UTC+9 두만강; UTC+10 하산.\n');
    expect(r.stdout).toMatch(/│ 12월 2일 \(수\) │ 15:30 │ 하산 → 두만강 +│ 14:47 ~ │ 17분 +│ 열차 646 +│/);
    expect(r.stdout).toContain('~ 소요 시간으로 계산.\n두만강의 시계는 하산보다 1시간 느립니다.\n');
    expect(r.stdout).toContain('데이터 확인일: 2026년 11월 22일.\n');
  });

  it('Chinese routes: the rule, dates and translated notes; a station with no Chinese name keeps its English one', () => {
    // Wide enough for no line to wrap: the words are under test here, the wrapping in layout.test.ts.
    const r = runBin(['routes', ...FIXTURE, '--lang', 'zh'], { env: { COLUMNS: '200' } });
    expect(r.stdout.split('\n').slice(0, 8)).toEqual([
      'Khasan ⇄ Tumangang  khasan-tumangang · 列车 · 运行中',
      '  Khasan → Tumangang 列车 646：每周一、三、五，自2024年12月16日起（运行中，可信度：高）',
      '    票价：约 2,500 RUB，Хасан – Туманган（可信度：中；РЖД, 2024-12）。',
      '  Tumangang → Khasan 列车 645：每周一、三、五，自2024年12月16日起（运行中，可信度：高）',
      '  经友谊桥跨越图们江。',
      '  资料来源：',
      '    transport-news.ru, 2024-12, https://transport-news.ru/',
      '    news1.kr, 日期不详',
    ]);
    // Over a year after its first date with no run reported, the announced car reads as overdue.
    expect(r.stdout).toContain(
      '  平壤 → 哈巴罗夫斯克：每月19日，自2025年6月19日起（已宣布，原定2025年6月开行；此后未见运行报道，可信度：高）\n',
    );
    expect(r.stdout).toContain('黑河 ⇄ 布拉戈维申斯克客车  heihe-blagoveshchensk · 客车 · 运行中\n');
  });

  it('errors in the language, with the usage exit code', () => {
    const r = runBin(['--format', 'xml', ...FIXTURE, '--lang', 'ko']);
    expect(r).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'railnext: --format: 잘못된 값 "xml" (table, json, ndjson, csv, ics 중 하나여야 합니다) (railnext --help 참고)\n',
    });
  });

  it('JSON does not change with the language', () => {
    const args = ['khasan', '--date', '2026-12-02', '--days', '3', '--json', ...FIXTURE];
    expect(runBin([...args, '--lang', 'ru']).stdout).toBe(runBin(args).stdout);
  });
});
