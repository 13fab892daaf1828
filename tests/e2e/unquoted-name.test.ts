/**
 * Words of a query that do not make two stations are tried as one name:
 * `railnext Tumen river`, unquoted, is Tumangang (its alias "Tumen River"),
 * not a search for a station called "river". The real bin.
 */
import { describe, expect, it } from 'vitest';
import { runFrozen } from '../helpers/run-bin.js';

const WINDOW = ['--date', '2026-12-01', '--days', '3'];

describe('two words that are one name', () => {
  it.each([
    ['en', 'Departures from Tumangang, 2026-12-01 – 2026-12-03'],
    ['ru', 'Отправления: Tumangang, 1 декабря 2026 г. – 3 декабря 2026 г.'],
    ['zh', '出发站：Tumangang, 2026年12月1日 – 2026年12月3日'],
    ['ko', 'Tumangang 출발, 2026년 12월 1일 – 2026년 12월 3일'],
  ])(
    'railnext Tumen river --lang %s lists the departures from Tumangang, as "Tumen River" quoted does, at 80 and 50 columns',
    (lang, title) => {
      for (const columns of ['80', '50']) {
        const r = runFrozen(['Tumen', 'river', ...WINDOW, '--lang', lang], { env: { COLUMNS: columns } });
        const quoted = runFrozen(['Tumen River', ...WINDOW, '--lang', lang], { env: { COLUMNS: columns } });
        expect([r.code, r.stderr, r.stdout], columns).toEqual([0, '', quoted.stdout]);
        if (columns === '80') expect(r.stdout.split('\n')[0]).toBe(title);
      }
    },
  );

  it('--json keeps the words as typed, as one query with no destination', () => {
    const r = runFrozen(['Tumen', 'river', ...WINDOW, '--json']);
    const json = JSON.parse(r.stdout);
    expect([
      json.query,
      json.destination,
      json.departures.map((d: { service: string; departure: { date: string } }) => `${d.service} ${d.departure.date}`),
    ]).toEqual(['Tumen river', null, ['tumangang-khasan 2026-12-02']]);
  });

  it('two stations stay two stations, and a word that names nothing, alone or joined, is still refused', () => {
    expect(runFrozen(['khasan', 'tumangang', ...WINDOW]).stdout.split('\n')[0]).toBe(
      'Khasan → Tumangang, 2026-12-01 – 2026-12-03',
    );
    const r = runFrozen(['khasan', 'rivr', ...WINDOW]);
    expect([r.code, r.stdout, r.stderr.split('.')[0]]).toEqual([
      2,
      '',
      'railnext: unknown station "rivr" (see `railnext stations`)',
    ]);
  });
});
