import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, icsLines } from '../../src/render/ics.js';
import { jsonDeparture } from '../../src/render/json.js';
import { formatsLookup } from '../fixtures/formats-window.js';
import { STRANGE_NAME, STRANGE_NOTE } from '../fixtures/formats-catalog.js';

const octets = (text: string) => Buffer.byteLength(text, 'utf8');

describe('escapeText', () => {
  it.each([
    ['a,b;c\\d', 'a\\,b\\;c\\\\d'],
    ['one\ntwo', 'one\\ntwo'],
    ['one\r\ntwo\rthree', 'one\\ntwo\\nthree'],
    ['bell\u0007 tab\t', 'bell\\\\u{7} tab\\\\u{9}'],
    ['Ярославский', 'Ярославский'],
  ])('%j → %j', (input, output) => {
    expect(escapeText(input)).toBe(output);
  });
});

describe('foldLine', () => {
  it('leaves a line of 75 octets whole and folds the 76th onto a continuation', () => {
    expect(foldLine('x'.repeat(75))).toBe(`${'x'.repeat(75)}\r\n`);
    expect(foldLine('x'.repeat(76))).toBe(`${'x'.repeat(75)}\r\n x\r\n`);
  });

  it('never splits a multibyte character, counting octets not characters', () => {
    // 73 ASCII octets, then "Я" (2 octets) fits exactly; "평" (3 octets) would not.
    expect(foldLine(`${'x'.repeat(73)}Я평`)).toBe(`${'x'.repeat(73)}Я\r\n 평\r\n`);
    expect(foldLine(`${'x'.repeat(74)}평`)).toBe(`${'x'.repeat(74)}\r\n 평\r\n`);
    const long = `DESCRIPTION:${'평양 — Ярославский вокзал, 😀 '.repeat(12)}`;
    const lines = foldLine(long).split('\r\n').slice(0, -1);
    expect(lines.every((l) => octets(l) <= 75)).toBe(true);
    expect(lines.slice(1).every((l) => l.startsWith(' '))).toBe(true);
    expect(lines.map((l, i) => (i === 0 ? l : l.slice(1))).join('')).toBe(long);
  });
});

describe('icsLines', () => {
  const STAMP = Date.UTC(2018, 0, 1);
  const text = (from: string, until: string) =>
    [...icsLines(formatsLookup(from, until).departures(), { stamp: STAMP, version: '1.0.0' })].join('');

  it('writes the eight-day car from Pyongyang on UTC+08:30 in UTC, escaped and folded', () => {
    expect(text('2018-05-01', '2018-05-04')).toBe(
      [
        'BEGIN:VCALENDAR',
        'VERSION:2.0',
        'PRODID:-//railnext//railnext 1.0.0//EN',
        'CALSCALE:GREGORIAN',
        'METHOD:PUBLISH',
        'BEGIN:VEVENT',
        'UID:pyongyang-moscow.pyongyang.moscow.20180503@railnext',
        'DTSTAMP:20180101T000000Z',
        'LAST-MODIFIED:20180101T000000Z',
        'SEQUENCE:17532',
        'DTSTART:20180503T013000Z',
        'DTEND:20180511T030000Z',
        'SUMMARY:Train 1/2 Pyongyang → Moscow\\, "Yaroslavsky"\\; \\\\ terminal',
        'LOCATION:Pyongyang',
        'GEO:39.0047;125.7364',
        'DESCRIPTION:Route: Through car.\\nDeparts Pyongyang on 2018-05-03 at 10:00 (',
        ' UTC+08:30\\, Asia/Pyongyang).\\nArrives Moscow\\, "Yaroslavsky"\\; \\\\ terminal',
        '  on 2018-05-11 at 06:00 (UTC+03:00\\, Europe/Moscow).\\nJourney: 8 d 2 h.\\nS',
        ' tatus: running\\; confidence: high.\\nLine one\\, with "quotes"\\; and a \\\\ ba',
        // Exactly 75 octets in 52 characters: Cyrillic takes 2 octets each, the dash and Korean 3.
        ' ckslash\\nline two: Ярославский вокзал — 평양\\nSources',
        ' : A\\, "quoted" source.',
        'STATUS:CONFIRMED',
        'END:VEVENT',
        'END:VCALENDAR',
        '',
      ].join('\r\n'),
    );
  });

  it('makes an all-day event, saying so, when the time is not published', () => {
    expect(text('2018-05-05', '2018-05-05')).toContain(
      [
        'BEGIN:VEVENT',
        'UID:heihe-blagoveshchensk.heihe.blagoveshchensk.20180505@railnext',
        'DTSTAMP:20180101T000000Z',
        'LAST-MODIFIED:20180101T000000Z',
        'SEQUENCE:17532',
        'DTSTART;VALUE=DATE:20180505',
        'DTEND;VALUE=DATE:20180506',
        'TRANSP:TRANSPARENT',
        'SUMMARY:Bus Heihe → Blagoveshchensk (4 a day\\, times not published)',
        'LOCATION:Heihe',
        'DESCRIPTION:Route: Bus.\\nDeparts Heihe on 2018-05-05: the time is not publi',
        ' shed.\\n4 departures a day.\\nArrives Blagoveshchensk: the date and time are',
        '  not published.\\nStatus: announced\\; confidence: medium.',
        'STATUS:TENTATIVE',
        'END:VEVENT',
      ].join('\r\n'),
    );
  });

  it('reads back through ical.js: every start is the JSON instant or date, texts unescaped', () => {
    const l = formatsLookup('2018-04-01', '2018-06-30');
    const json = [...l.departures()].map(jsonDeparture);
    const vcal = new ICAL.Component(ICAL.parse(text('2018-04-01', '2018-06-30')));
    const events = vcal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events).toHaveLength(json.length);
    events.forEach((e, i) => {
      const d = json[i]!;
      if (d.departure.at === null) {
        expect(e.startDate.isDate).toBe(true);
        expect(e.startDate.toString()).toBe(d.departure.date);
      } else {
        // A zone-less (floating) time would depend on the reader's TZ: it must be UTC.
        expect(e.startDate.zone.tzid).toBe('UTC');
        expect(e.startDate.toJSDate().getTime()).toBe(Date.parse(d.departure.at));
        expect(e.endDate.toJSDate().getTime()).toBe(Date.parse(d.arrival.at!));
      }
    });
    const train = events.find((e) => e.summary.startsWith('Train'))!;
    expect(train.summary).toBe(`Train 1/2 Pyongyang → ${STRANGE_NAME}`);
    expect(train.description).toContain(STRANGE_NOTE);
    expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
  });
});
