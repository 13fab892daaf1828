/**
 * A train number as the query: the services that run under it as their own
 * number, all of them (the Irkutsk and Chita cars both run in train 328), and
 * before any service that only takes that number on the way.
 */
import { describe, expect, it } from 'vitest';
import { runCli, runCliJson } from '../helpers/run-cli.js';

const F = ['--no-bundled', '--schedules', 'tests/fixtures/shared-number', '--now', '2026-11-27T00:00:00Z'];
const WEEK = ['--date', '2026-12-07', '--days', '7'];

describe('a number several services run under', () => {
  it('lists the departures of every one of them, titled with their names', async () => {
    const r = await runCli([...F, '7', ...WEEK], { env: { COLUMNS: '100' } });
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toBe(
      [
        'West → Border car and East → Border car, 2026-12-07 – 2026-12-13',
        'Local times: UTC+8 West, Border; UTC+9 East.',
        'Next departure in 10 d 14 h: Mon 7 Dec 2026 at 21:45 (UTC+8), West → Border car.',
        '┌───────────┬─────────┬───────────────┬─────────────────┬─────────────┬─────────┐',
        '│ Date      │ Departs │ From → To     │ Arrives         │ Journey     │ Service │',
        '├───────────┼─────────┼───────────────┼─────────────────┼─────────────┼─────────┤',
        '│ Mon 7 Dec │ 21:45   │ West → Border │ Tue 8 Dec 11:00 │ 13 h 15 min │ train 7 │',
        '│ Tue 8 Dec │ 20:20   │ East → Border │ Wed 9 Dec 11:00 │ 15 h 40 min │ train 7 │',
        '└───────────┴─────────┴───────────────┴─────────────────┴─────────────┴─────────┘',
        'Data last checked 2026-11-22.',
        '',
      ].join('\n'),
    );
    const { json } = await runCliJson([...F, '7', ...WEEK]);
    expect(json.departures.map((d: { service: string }) => d.service)).toEqual(['west-car', 'east-car']);
  });

  it('in Russian, the names joined as the language joins them', async () => {
    const r = await runCli([...F, '7', ...WEEK, '--lang', 'ru'], { env: { COLUMNS: '100' } });
    expect(r.stdout.split('\n')[0]).toBe(
      'West → Border car и East → Border car, 7 декабря 2026 г. – 13 декабря 2026 г.',
    );
  });

  it('a number one service runs under, and one taken on the way, each name that service alone', async () => {
    const { json } = await runCliJson([...F, '8', ...WEEK]);
    expect(json.departures.map((d: { service: string }) => d.service)).toEqual(['west-train']);
  });

  it('takes no destination: the number names services, not a station', async () => {
    const r = await runCli([...F, '7', 'border']);
    expect([r.code, r.stderr]).toEqual([2, 'railnext: a destination goes with a station; "7" is a service\n']);
  });
});
