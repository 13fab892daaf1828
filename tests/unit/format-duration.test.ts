import { describe, expect, it } from 'vitest';
import { formatDuration } from '../../src/present/words.js';

describe('formatDuration', () => {
  it.each([
    [17, '17 min'],
    [60, '1 h'],
    [98, '1 h 38 min'],
    [1440, '1 d'],
    [8 * 1440 + 120, '8 d 2 h'],
    // Rounded to the hour first: a minute short of twelve days is twelve days, not "11 d 24 h".
    [12 * 1440 - 1, '12 d'],
    [1440 + 29, '1 d'],
    [1440 + 30, '1 d 1 h'],
  ])('%i minutes: %s', (minutes, text) => {
    expect(formatDuration(minutes)).toBe(text);
  });
});
