/**
 * Travel facts (tickets, entry) and overdue plans, on a fixture of their own:
 * how they read, in which language, and when a date has passed, judged at --now.
 */
import { describe, expect, it } from 'vitest';
import { runBin, runJson } from '../helpers/run-bin.js';

const FIXTURE = ['--no-bundled', '--schedules', 'tests/fixtures/travel'];
const at = (day: string) => ['--now', `${day}T00:00:00Z`];
const routesAt = (day: string) => runJson(['routes', ...FIXTURE, ...at(day)]).json.routes;

describe('a statement with its own end date', () => {
  it.each([
    ['2026-06-30', false],
    ['2026-07-01', true],
  ])('at %s, ended is %s', (day, ended) => {
    expect(routesAt(day)[0].entry).toEqual([
      {
        text: 'Visitors need no visa.',
        asOf: '2026-01-10',
        until: '2026-06-30',
        ended,
        confidence: 'medium',
        sources: ['border notice 2026-01-10'],
      },
    ]);
  });

  it('routes says it holds until that date, then that it has passed, in each language', () => {
    const lines = (day: string, lang: string) =>
      runBin(['routes', ...FIXTURE, ...at(day), '--lang', lang], { env: { COLUMNS: '300' } })
        .stdout.split('\n')
        .slice(2, 6);
    expect(lines('2026-06-30', 'en')).toEqual([
      '  Tickets:',
      '    Sold at the pier, up to 10 days ahead. (as of 2026-05; high confidence; pier notice 2026-05)',
      '  Who may ride, entry and visas:',
      '    Visitors need no visa. (as of 2026-01-10; until 2026-06-30; medium confidence; border notice 2026-01-10)',
    ]);
    expect(lines('2026-07-01', 'en')[3]).toBe(
      '    Visitors need no visa. (as of 2026-01-10; its end date, 2026-06-30, has passed and nothing later is known; medium confidence; border notice 2026-01-10)',
    );
    // The translation where the schedule gives one, else the English as written.
    expect(lines('2026-07-01', 'ru')).toEqual([
      '  Билеты:',
      '    Продаются на причале, не ранее чем за 10 дней. (по состоянию на май 2026 г.; достоверность: высокая; pier notice 2026-05)',
      '  Кто может ехать, въезд и визы:',
      '    Visitors need no visa. (по состоянию на 10 января 2026 г.; срок действия истёк 30 июня 2026 г., более поздних сведений нет; достоверность: средняя; border notice 2026-01-10)',
    ]);
    expect(lines('2026-07-01', 'zh')[3]).toBe(
      '    Visitors need no visa.（截至2026年1月10日；有效期已于2026年6月30日届满，此后情况不详；可信度：中；border notice 2026-01-10）',
    );
    expect(lines('2026-06-30', 'ko')[3]).toBe(
      '    Visitors need no visa. (2026년 1월 10일 기준; 2026년 6월 30일까지 유효; 신뢰도: 보통; border notice 2026-01-10)',
    );
  });
});

describe('overdue plans', () => {
  const overdue = (day: string) =>
    routesAt(day).map((r: any) => [r.id, r.overdue, r.services.map((s: any) => s.overdue)]);
  it('a planned route due on a day is overdue the day after; an announced service a year and a day after its first date', () => {
    expect(overdue('2026-01-05')).toEqual([
      ['ferry', false, [false]],
      ['tunnel', false, []],
      ['night-car', false, [false]],
    ]);
    expect(overdue('2026-01-06')).toEqual([
      ['ferry', false, [false]],
      ['tunnel', false, []],
      ['night-car', true, [true]],
    ]);
    expect(overdue('2026-08-15')).toEqual([
      ['ferry', false, [false]],
      ['tunnel', false, []],
      ['night-car', true, [true]],
    ]);
    expect(overdue('2026-08-16')).toEqual([
      ['ferry', false, [false]],
      ['tunnel', true, []],
      ['night-car', true, [true]],
    ]);
    expect(routesAt('2026-08-16')[1].due).toBe('2026-08-15');
  });

  it('routes puts it beside the status, in place of the status note it outdates', () => {
    const out = runBin(['routes', ...FIXTURE, ...at('2026-08-16')], { env: { COLUMNS: '300' } }).stdout;
    expect(out).toContain(
      '\nAlpha ⇄ Beta tunnel  tunnel · road · planned, due 2026-08-15; no opening reported since\n',
    );
    expect(out).toContain(
      '\n  Beta → Alpha: the 5th of each month, from 2025-01-05 (announced, due January 2025; no run reported since, low confidence)\n',
    );
    const early = runBin(['routes', ...FIXTURE, ...at('2026-01-05')], { env: { COLUMNS: '300' } }).stdout;
    expect(early).toContain(
      '\n  Beta → Alpha: the 5th of each month, from 2025-01-05 (announced, no run confirmed, low confidence)\n',
    );
  });

  it('a lookup says so: the route without service in its reason, the service under the table', () => {
    const tunnel = runJson(['tunnel', ...FIXTURE, ...at('2026-08-16')]);
    expect([tunnel.code, tunnel.json.reason]).toEqual([
      1,
      'Alpha ⇄ Beta tunnel (planned, due 2026-08-15; no opening reported since): no scheduled service is known.',
    ]);
    const car = runBin([
      'night-car',
      ...FIXTURE,
      ...at('2026-08-16'),
      '--date',
      '2026-09-05',
      '--days',
      '1',
      '--lang',
      'ru',
    ]);
    expect(car.stdout).toContain('\nBeta → Альфа: срок — январь 2025 г.; о рейсах с тех пор не сообщалось.\n');
    // JSON carries it among the lookup's notes, in English; the calendar says it under the month.
    expect(
      runJson(['night-car', ...FIXTURE, ...at('2026-08-16'), '--date', '2026-09-05', '--days', '1']).json.notes,
    ).toEqual(['Beta → Alpha: due January 2025; no run reported since.']);
    expect(
      runJson(['night-car', ...FIXTURE, ...at('2026-01-05'), '--date', '2026-09-05', '--days', '1']).json.notes,
    ).toEqual([]);
    expect(runBin(['night-car', ...FIXTURE, ...at('2026-08-16'), '--calendar', '--date', '2026-09']).stdout).toContain(
      '\nBeta → Alpha: due January 2025; no run reported since.\n',
    );
  });
});

describe('routes and stations take --now', () => {
  it('refuse a bad one with exit 2', () => {
    for (const command of ['routes', 'stations']) {
      expect(runBin([command, '--now', 'soon'])).toEqual({
        code: 2,
        stdout: '',
        stderr:
          'railnext: --now: invalid instant "soon" (expected ISO 8601 with an offset, such as 2026-12-01T09:00:00+10:00 or 2026-12-01T00:00:00Z)\n',
      });
    }
  });
});

describe('validate checks the new fields', () => {
  it('names each bad one', () => {
    const r = runBin(['validate', '--no-bundled', 'tests/fixtures/travel-broken.json', ...at('2026-06-01')]);
    expect(r.code).toBe(3);
    expect(r.stdout).toBe(
      [
        'tests/fixtures/travel-broken.json:/routes/0/due: expected a month YYYY-MM or a date YYYY-MM-DD, got "summer 2026" (line 9)',
        'tests/fixtures/travel-broken.json:/routes/0/tickets/0/txt: unknown field "txt"; did you mean "text"? (line 10)',
        'tests/fixtures/travel-broken.json:/routes/0/tickets/0/text: is required (line 10)',
        'tests/fixtures/travel-broken.json:/routes/0/tickets/0/asOf: expected YYYY, YYYY-MM or YYYY-MM-DD, got "May 2026" (line 10)',
        'tests/fixtures/travel-broken.json:/routes/0/entry/0/until: no such date "2026-02-30" (line 11)',
        'tests/fixtures/travel-broken.json:/routes/0/entry/0/confidence: expected one of high, medium, low, got "sure" (line 11)',
        '1 file checked: 6 errors, 0 warnings.',
        '',
      ].join('\n'),
    );
  });
});
