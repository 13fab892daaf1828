import { describe, expect, it } from 'vitest';
import { BadDurationError } from '../../src/errors.js';
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
    expect(parseDuration(text)).toBe(minutes);
  });

  it.each(['90', '', 'h', '2x', '1.5h', '-1h', '2h junk'])('refuses %j', (text) => {
    expect(() => parseDuration(text)).toThrow(BadDurationError);
    expect(() => parseDuration(text)).toThrow(
      expect.objectContaining({ code: 'bad-duration', details: { text, reason: 'unrecognised' } }),
    );
  });
});

describe('parseDays', () => {
  it('takes whole days and weeks', () => {
    expect(parseDays('45d')).toBe(45);
    expect(parseDays('6w')).toBe(42);
    expect(parseDays('48h')).toBe(2);
  });

  it('refuses a part of a day', () => {
    expect(() => parseDays('36h')).toThrow(
      expect.objectContaining({ code: 'bad-duration', details: { text: '36h', reason: 'not-whole-days' } }),
    );
  });
});
