import { describe, expect, it } from 'vitest';
import { formatOffset } from '../../src/present/offset.js';

describe('formatOffset', () => {
  it.each([
    [600, '+10:00', '+10', 'UTC+10'],
    [510, '+08:30', '+08:30', 'UTC+8:30'],
    [-240, '-04:00', '-04', 'UTC-4'],
    [-330, '-05:30', '-05:30', 'UTC-5:30'],
    [0, '+00:00', '+00', 'UTC'],
    [-5, '-00:05', '-00:05', 'UTC-0:05'],
    // Local mean time: round the whole offset, never "+02:30:60"-style minutes.
    [150 + 17 / 60, '+02:30', '+02:30', 'UTC+2:30'],
    [-(539 + 48 / 60), '-09:00', '-09', 'UTC-9'],
    [486, '+08:06', '+08:06', 'UTC+8:06'],
  ])('%d minutes is %s, %s and %s', (minutes, iso, short, utc) => {
    expect(formatOffset(minutes)).toBe(iso);
    expect(formatOffset(minutes, 'iso')).toBe(iso);
    expect(formatOffset(minutes, 'short')).toBe(short);
    expect(formatOffset(minutes, 'utc')).toBe(utc);
  });
});
