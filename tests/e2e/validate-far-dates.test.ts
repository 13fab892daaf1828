/**
 * `railnext validate` on a service with no last date whose times run backwards
 * only on a date decades after its first (see tests/unit/time-order.test.ts and
 * src/input/check-horizon.ts for why the check reaches it).
 */
import { describe, expect, it } from 'vitest';
import { runBin } from '../helpers/run-bin.js';

const DIR = 'tests/fixtures/far-clock-change';
const NOW = ['--now', '2026-11-27T00:00:00Z'];
const PROBLEM = `${DIR}/backwards-in-2048.json:/routes/0/services/0/stops/2/arrival: time runs backwards: the arrival at havana (2048-03-08 01:00 -04:00) is before the departure from miami (2048-03-08 00:30 -05:00), on the service date 2048-02-29 (line 70)`;

describe('railnext validate checks time order on every later date', () => {
  it('reports a journey that runs backwards first 21 years after the first date', () => {
    const r = runBin(['--no-bundled', 'validate', `${DIR}/backwards-in-2048.json`, ...NOW]);
    expect(r).toEqual({ code: 3, stdout: `${PROBLEM}\n1 file checked: 1 error, 0 warnings.\n`, stderr: '' });
  });

  it('so a lookup on that date refuses the file instead of printing a journey of -30 min', () => {
    const r = runBin([
      '--no-bundled',
      '--schedules',
      `${DIR}/backwards-in-2048.json`,
      'miami',
      'havana',
      '--on',
      '2048-03-08',
      ...NOW,
    ]);
    expect(r).toEqual({ code: 3, stdout: '', stderr: `railnext: ${PROBLEM}\n` });
  });

  it('passes the same train 40 minutes slower', () => {
    const r = runBin(['--no-bundled', 'validate', `${DIR}/fine.json`, ...NOW]);
    expect(r).toEqual({ code: 0, stdout: '1 file checked: no problems.\n', stderr: '' });
  });
});
