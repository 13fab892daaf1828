import { describe, expect, it } from 'vitest';
import { parseDays, parseDuration } from '../../src/input/duration.js';

describe('parseDuration', () => {
  it.each([
    ['90m', 90],
    ['2h', 120],
    ['1h30m', 90],
    ['1h 30min', 90],
    ['0m', 0],
    ['3d', 4320],
    ['2w', 20160],
    [' 2H ', 120],
  ])('%s is %i minutes', (text, minutes) => {
    expect(parseDuration(text, '--change')).toBe(minutes);
  });

  it.each(['90', '', 'h', '2x', '1.5h', '-1h', '2h junk'])('refuses %j', (text) => {
    expect(() => parseDuration(text, '--change')).toThrow(`--change: invalid duration "${text}" (expected a number with a unit: 90m, 2h, 1h30m, 3d or 2w)`);
  });
});

describe('parseDays', () => {
  it('takes whole days and weeks', () => {
    expect(parseDays('45d', '--max-wait')).toBe(45);
    expect(parseDays('6w', '--max-wait')).toBe(42);
    expect(parseDays('48h', '--max-wait')).toBe(2);
  });

  it('refuses a part of a day', () => {
    expect(() => parseDays('36h', '--max-wait')).toThrow('--max-wait: "36h" is not a whole number of days (expected, say, 45d or 6w)');
  });
});
