import { describe, expect, it } from 'vitest';
import { parseDay, parseInstant, parseZone } from '../../src/input/args.js';
import { messageOf, optionMessage } from '../helpers/user-message.js';
import { parseIsoDate } from '../../src/domain/days.js';
import { resolveDay, resolveWindow } from '../../src/domain/window.js';

const wednesday = parseIsoDate('2026-12-02')!;

describe('day arguments', () => {
  it.each([
    ['2026-12-25', '2026-12-25'],
    ['today', '2026-12-02'],
    ['Tomorrow', '2026-12-03'],
    ['+0', '2026-12-02'],
    ['+30', '2027-01-01'],
    ['wed', '2026-12-02'],
    ['Wednesday', '2026-12-02'],
    ['thu', '2026-12-03'],
    ['mon', '2026-12-07'],
    ['sunday', '2026-12-06'],
    ['2028-02-29', '2028-02-29'],
  ])('%s on Wednesday 2026-12-02 is %s', (text, expected) => {
    expect(resolveDay(parseDay(text), wednesday)).toBe(parseIsoDate(expected));
  });

  it.each([
    ['2026-12', '2026-12-01', '2026-12-31'],
    ['2028-02', '2028-02-01', '2028-02-29'],
    ['2027-02', '2027-02-01', '2027-02-28'],
    ['2026-04', '2026-04-01', '2026-04-30'],
  ])('the month %s starts a window on %s and ends one on %s', (text, first, last) => {
    expect([resolveDay(parseDay(text), wednesday), resolveDay(parseDay(text), wednesday, 'last')]).toEqual([
      parseIsoDate(first),
      parseIsoDate(last),
    ]);
  });

  it.each([
    ['2026-02-30', '--date: invalid day "2026-02-30" (no such date)'],
    ['2026-00', '--date: invalid day "2026-00" (no such date)'],
    ['2027-02-29', '--date: invalid day "2027-02-29" (no such date)'],
    [
      'next week',
      '--date: invalid day "next week" (expected YYYY-MM-DD, a month YYYY-MM, today, tomorrow, a weekday such as mon, or +N)',
    ],
    [
      '-3',
      '--date: invalid day "-3" (expected YYYY-MM-DD, a month YYYY-MM, today, tomorrow, a weekday such as mon, or +N)',
    ],
    [
      '2026/12/01',
      '--date: invalid day "2026/12/01" (expected YYYY-MM-DD, a month YYYY-MM, today, tomorrow, a weekday such as mon, or +N)',
    ],
  ])('rejects %j', (text, message) => {
    expect(optionMessage('--date', parseDay, text)).toBe(message);
  });
});

describe('--now', () => {
  it.each([
    ['2026-12-01T09:00:00+10:00', '2026-11-30T23:00:00.000Z'],
    ['2026-12-01T00:00:00Z', '2026-12-01T00:00:00.000Z'],
    ['2016-01-01T12:00+08:30', '2016-01-01T03:30:00.000Z'],
  ])('%s is %s', (text, iso) => expect(new Date(parseInstant(text)).toISOString()).toBe(iso));

  it.each(['2026-12-01T09:00:00', '2026-12-01', '2026-02-30T00:00:00Z', 'now', '2026-12-01T25:00:00Z'])(
    'rejects %j: no offset or not a real instant',
    (text) => {
      expect(optionMessage('--now', parseInstant, text)).toBe(
        `--now: invalid instant "${text}" (expected ISO 8601 with an offset, such as 2026-12-01T09:00:00+10:00 or 2026-12-01T00:00:00Z)`,
      );
      expect(() => parseInstant(text)).toThrow(expect.objectContaining({ code: 'bad-instant', details: { text } }));
    },
  );
});

describe('--tz', () => {
  it('accepts IANA zones', () => expect(parseZone('Asia/Pyongyang')).toBe('Asia/Pyongyang'));
  it('accepts a zone in any case, spelled as the tz database spells it', () => {
    expect(parseZone('asia/pyongyang')).toBe('Asia/Pyongyang');
    expect(parseZone('utc')).toBe('UTC');
  });
  it('suggests the zone a typo is closest to', () => {
    expect(() => parseZone('Asia/Pyongyng')).toThrow(
      expect.objectContaining({
        code: 'unknown-zone',
        details: { text: 'Asia/Pyongyng', suggestion: 'Asia/Pyongyang' },
      }),
    );
    expect(optionMessage('--tz', parseZone, 'Asia/Pyongyng')).toBe(
      '--tz: unknown time zone "Asia/Pyongyng"; did you mean Asia/Pyongyang? (expected an IANA zone such as Asia/Vladivostok, or local)',
    );
  });
  it('rejects unknown zones', () => {
    expect(optionMessage('--tz', parseZone, 'Mars/Olympus')).toBe(
      '--tz: unknown time zone "Mars/Olympus" (expected an IANA zone such as Asia/Vladivostok, or local)',
    );
  });
});

describe('windows', () => {
  const now = Date.parse('2026-12-01T20:00:00Z');
  it('"today" is the date in the station\'s own zone', () => {
    // 20:00 UTC on 1 December is already 2 December in Vladivostok, still 1 December in Moscow.
    expect(resolveWindow({ days: 1 }, 'Asia/Vladivostok', now).first).toBe(parseIsoDate('2026-12-02'));
    expect(resolveWindow({ days: 1 }, 'Europe/Moscow', now).first).toBe(parseIsoDate('2026-12-01'));
  });
  it('refuses a window that ends before it starts', () => {
    expect(() =>
      resolveWindow({ from: parseDay('2026-12-10'), until: parseDay('2026-12-01'), days: 14 }, 'UTC', now),
    ).toThrow(
      expect.objectContaining({
        code: 'window-backwards',
        details: { first: '2026-12-10', last: '2026-12-01', until: '2026-12-01' },
      }),
    );
    expect(
      messageOf(() =>
        resolveWindow({ from: parseDay('2026-12-10'), until: parseDay('2026-12-01'), days: 14 }, 'UTC', now),
      ),
    ).toBe('--until 2026-12-01 is before the start of the window (2026-12-10)');
  });
  it('accepts 100 years and refuses 10,000', () => {
    expect(
      resolveWindow({ from: parseDay('2025-01-01'), until: parseDay('2124-12-31'), days: 14 }, 'UTC', now).last,
    ).toBe(parseIsoDate('2124-12-31'));
    expect(
      messageOf(() =>
        resolveWindow({ from: parseDay('1971-01-01'), until: parseDay('3071-01-01'), days: 14 }, 'UTC', now),
      ),
    ).toBe('the window from 1971-01-01 to 3071-01-01 is longer than 1000 years (365243 days)');
    expect(messageOf(() => resolveWindow({ from: parseDay('2026-01-01'), days: 3_652_425 }, 'UTC', now))).toBe(
      'the window from 2026-01-01 to 12025-12-31 goes outside the dates railnext covers, 1970-01-01 to 9998-12-31',
    );
  });
});
