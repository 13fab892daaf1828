/**
 * The journey planner on the fixture network of tests/fixtures/journeys (the
 * facts of FACTS §1, 4, 5, 7, 8 and 9), each expected answer worked out by
 * hand in the comment above it. Times are written on each station's own
 * clock; a span "a..b" is what is known of an unpublished time.
 */
import { describe, expect, it } from 'vitest';
import { judgeChange, runSpans, type Span } from '../../src/domain/bounds.js';
import { parseIsoDate } from '../../src/domain/days.js';
import { planJourneys, type JourneyOptions } from '../../src/domain/journeys.js';
import { loadSchedules } from '../../src/input/schedule-files.js';
import { wallToInstant } from '../../src/domain/zones.js';
import { JOURNEY_FIXTURES, journeyCatalog, journeyLine } from '../helpers/journeys.js';

const catalog = journeyCatalog();
const withRajin = loadSchedules({
  bundled: false,
  groups: [{ layer: 'fixtures', paths: [JOURNEY_FIXTURES, `${JOURNEY_FIXTURES}-extra`] }],
});
const date = (text: string) => ({ kind: 'date' as const, day: parseIsoDate(text)!, text });
const window = (from: string, days: number): JourneyOptions['window'] => ({ from: date(from), days });
const plan = (
  from: string,
  to: string,
  options: Partial<JourneyOptions> & { from?: string; days?: number },
  c = catalog,
) =>
  planJourneys(c, from, to, {
    window: window(options.from ?? '2027-01-12', options.days ?? 1),
    now: 0,
    ...options,
  }).journeys.map(journeyLine);

describe('planJourneys on the fixture network (hand-worked answers)', () => {
  it.each([
    {
      // The example. The Moscow car leaves on the 12th at 01:00 and reaches Pyongyang eight days on, the 20th, at a time not
      // published. The Beijing car leaves Pyongyang at 10:26 on Mon/Wed/Thu/Sat: Wednesday the 20th works only if the Moscow car is in
      // by 09:26 (possible); Thursday the 21st works even if it came in at 23:59 on the 20th (sure), reaching Beijing on the 22nd at 08:40.
      name: 'moscow → beijing, 2027-01-12',
      from: 'moscow',
      to: 'beijing',
      options: { from: '2027-01-12', days: 1 },
      expected: [
        'possible: moscow 2027-01-12 01:00 → pyongyang 2027-01-20 00:00..2027-01-20 23:59 | possible at pyongyang | pyongyang 2027-01-20 10:26 → beijing 2027-01-21 08:40',
        'sure: moscow 2027-01-12 01:00 → pyongyang 2027-01-20 00:00..2027-01-20 23:59 | sure at pyongyang | pyongyang 2027-01-21 10:26 → beijing 2027-01-22 08:40',
      ],
    },
    {
      // A multi-day wait for a monthly car. Beijing cars leave Wed 13, Thu 14, Sat 16 and Mon 18 at 17:26 and reach Pyongyang the next
      // day at 18:07. From Pyongyang: the Moscow car on the 17th (time not published) passes Khabarovsk at a time bounded only by its
      // Pyongyang day (from 17th 01:00 Khabarovsk time) and its Novosibirsk time on the 23rd (09:30 +07 = 12:30 +10); the monthly
      // Khabarovsk car leaves on the 19th and arrives on the 21st.
      // 13th and 14th: both cars surely caught; the 14th leaves later for the same arrivals, so the 13th is dropped. The Khabarovsk car
      //   of the 14th is dropped too: the 16th catches it, surely, leaving later. The Moscow car of the 14th stays: nothing later is sure of it.
      // 16th: in Pyongyang at 18:07 on the 17th, the Moscow car of the 17th is possible; the Khabarovsk car of the 19th sure.
      // 18th: in Pyongyang at 18:07 on the 19th, the Khabarovsk car of the 19th is possible; the first sure is the Moscow car of
      //   3 February (through Khabarovsk by the 9th), before the Khabarovsk car of 19 February.
      name: 'beijing → khabarovsk, a week of departures',
      from: 'beijing',
      to: 'khabarovsk',
      options: { from: '2027-01-12', days: 7 },
      expected: [
        'sure: beijing 2027-01-14 17:26 → pyongyang 2027-01-15 18:07 | sure at pyongyang | pyongyang 2027-01-17 00:00..2027-01-17 23:59 → khabarovsk 2027-01-17 01:00..2027-01-23 12:30',
        'possible: beijing 2027-01-16 17:26 → pyongyang 2027-01-17 18:07 | possible at pyongyang | pyongyang 2027-01-17 00:00..2027-01-17 23:59 → khabarovsk 2027-01-17 01:00..2027-01-23 12:30',
        'sure: beijing 2027-01-16 17:26 → pyongyang 2027-01-17 18:07 | sure at pyongyang | pyongyang 2027-01-19 00:00..2027-01-19 23:59 → khabarovsk 2027-01-21 00:00..2027-01-21 23:59',
        'possible: beijing 2027-01-18 17:26 → pyongyang 2027-01-19 18:07 | possible at pyongyang | pyongyang 2027-01-19 00:00..2027-01-19 23:59 → khabarovsk 2027-01-21 00:00..2027-01-21 23:59',
        'sure: beijing 2027-01-18 17:26 → pyongyang 2027-01-19 18:07 | sure at pyongyang | pyongyang 2027-02-03 00:00..2027-02-03 23:59 → khabarovsk 2027-02-03 01:00..2027-02-09 12:30',
      ],
    },
    {
      // The Khabarovsk car of the 21st reaches Pyongyang on the 23rd (Saturday), time not published. Train 51 and the Beijing car leave at
      // 10:26: the 23rd is possible, Sunday the 24th sure. The Dandong time is not published; the Beijing car bounds it (after 10:26
      // Pyongyang = 09:26 Dandong, before Beijing at 08:40 the next day), train 51 does not, so on the 23rd the Beijing car is the one shown.
      // On the 24th (a Sunday) only train 51 runs, and nothing bounds its arrival: the first sure one that surely arrives is the Beijing
      // car of Monday the 25th; train 51 of the 24th could arrive earlier but is not sure to.
      name: 'khabarovsk → dandong, unknown times on both sides',
      from: 'khabarovsk',
      to: 'dandong',
      options: { from: '2027-01-21', days: 1 },
      expected: [
        'possible: khabarovsk 2027-01-21 00:00..2027-01-21 23:59 → pyongyang 2027-01-23 00:00..2027-01-23 23:59 | possible at pyongyang | pyongyang 2027-01-23 10:26 → dandong 2027-01-23 09:26..2027-01-24 08:40',
        'sure: khabarovsk 2027-01-21 00:00..2027-01-21 23:59 → pyongyang 2027-01-23 00:00..2027-01-23 23:59 | sure at pyongyang | pyongyang 2027-01-24 10:26 → dandong 2027-01-24 09:26..inf',
        'sure: khabarovsk 2027-01-21 00:00..2027-01-21 23:59 → pyongyang 2027-01-23 00:00..2027-01-23 23:59 | sure at pyongyang | pyongyang 2027-01-25 10:26 → dandong 2027-01-25 09:26..2027-01-26 08:40',
      ],
    },
    {
      // The Irkutsk car (Mon and Fri, 21:45) is carried through to Manzhouli two days on at 11:00: one leg, no change, although train
      // 354 covers the last stretch as a service of its own.
      name: 'irkutsk → manzhouli, a through car',
      from: 'irkutsk',
      to: 'manzhouli',
      options: { from: '2027-01-10', days: 7 },
      expected: [
        'sure: irkutsk 2027-01-11 21:45 → manzhouli 2027-01-13 11:00',
        'sure: irkutsk 2027-01-15 21:45 → manzhouli 2027-01-17 11:00',
      ],
    },
    {
      // Backwards: to be in Beijing by the end of Friday 22 January. The Moscow car of the 12th is the last that surely makes it (via the
      // Beijing car of the 21st); the same car via Wednesday's is possible too but leaves no later, so it is not shown.
      name: 'arrive by: moscow → beijing by 2027-01-22',
      from: 'moscow',
      to: 'beijing',
      options: { arriveBy: date('2027-01-22') },
      expected: [
        'sure: moscow 2027-01-12 01:00 → pyongyang 2027-01-20 00:00..2027-01-20 23:59 | sure at pyongyang | pyongyang 2027-01-21 10:26 → beijing 2027-01-22 08:40',
      ],
    },
    {
      // A day with no direct ride and no journey: the Moscow car leaves only on the 12th and 26th.
      name: 'moscow → beijing on a day nothing leaves',
      from: 'moscow',
      to: 'beijing',
      options: { from: '2027-01-13', days: 1 },
      expected: [],
    },
    {
      // No change allowed: Moscow to Beijing needs one at Pyongyang, so nothing.
      name: 'moscow → beijing with --changes 0',
      from: 'moscow',
      to: 'beijing',
      options: { from: '2027-01-12', days: 1, maxChanges: 0 },
      expected: [],
    },
  ])('$name', ({ from, to, options, expected }) => {
    expect(plan(from, to, options)).toEqual(expected);
  });

  it('rides the Irkutsk car to Zabaikalsk directly rather than changing at Manzhouli and coming back', () => {
    expect(plan('irkutsk', 'zabaikalsk', { from: '2027-01-11', days: 1 })).toEqual([
      'sure: irkutsk 2027-01-11 21:45 → zabaikalsk 2027-01-13 11:35',
    ]);
  });
});

describe('change time across zones', () => {
  // Train 646 leaves Khasan at 15:30 (+10) and arrives at Tumangang 17 minutes later, 14:47 on Pyongyang's clock (+09). The test
  // train to Rajin leaves Tumangang at 15:40 (+09) on Mondays: a wait of 53 minutes, though the two departure clocks read 15:30 and 15:40.
  it.each([
    {
      change: 60,
      expected: [
        'sure: khasan 2027-01-11 15:30 → tumangang 2027-01-11 14:47 | sure at tumangang | tumangang 2027-01-18 15:40 → rajin 2027-01-18 17:10',
      ],
    },
    {
      change: 54,
      expected: [
        'sure: khasan 2027-01-11 15:30 → tumangang 2027-01-11 14:47 | sure at tumangang | tumangang 2027-01-18 15:40 → rajin 2027-01-18 17:10',
      ],
    },
    {
      change: 53,
      expected: [
        'sure: khasan 2027-01-11 15:30 → tumangang 2027-01-11 14:47 | sure at tumangang | tumangang 2027-01-11 15:40 → rajin 2027-01-11 17:10',
      ],
    },
    {
      change: 20,
      expected: [
        'sure: khasan 2027-01-11 15:30 → tumangang 2027-01-11 14:47 | sure at tumangang | tumangang 2027-01-11 15:40 → rajin 2027-01-11 17:10',
      ],
    },
  ])('with a change time of $change minutes', ({ change, expected }) => {
    expect(plan('khasan', 'rajin', { from: '2027-01-11', days: 1, changeMinutes: change }, withRajin)).toEqual(
      expected,
    );
  });

  it('gives the wait on the absolute clock: 53 minutes at Tumangang', () => {
    const [j] = planJourneys(withRajin, 'khasan', 'rajin', {
      window: window('2027-01-11', 1),
      now: 0,
      changeMinutes: 30,
    }).journeys;
    expect(j!.changes).toEqual([
      {
        station: expect.objectContaining({ id: 'tumangang' }),
        status: 'sure',
        minWaitMinutes: 53,
        maxWaitMinutes: 53,
        arriveBy: null,
      },
    ]);
  });

  it('a monthly car too far off (--max-wait) is not waited for', () => {
    // Beijing Mon 18th → Pyongyang 19th 18:07: the sure continuation is the Moscow car of 3 February, 16 days after the first leg.
    expect(plan('beijing', 'khabarovsk', { from: '2027-01-18', days: 1, maxWaitDays: 15 })).toEqual([
      'possible: beijing 2027-01-18 17:26 → pyongyang 2027-01-19 18:07 | possible at pyongyang | pyongyang 2027-01-19 00:00..2027-01-19 23:59 → khabarovsk 2027-01-21 00:00..2027-01-21 23:59',
    ]);
  });
});

describe('judgeChange (spans of instants, change time 60 minutes)', () => {
  const at = (zone: string, iso: string, time: string) =>
    wallToInstant(zone, parseIsoDate(iso)!, Number(time.slice(0, 2)) * 60 + Number(time.slice(3)));
  const exact = (zone: string, iso: string, time: string): Span => ({
    earliest: at(zone, iso, time),
    latest: at(zone, iso, time),
  });
  const day = (zone: string, iso: string): Span => ({
    earliest: at(zone, iso, '00:00'),
    latest: at(zone, iso, '23:59'),
  });
  const P = 'Asia/Pyongyang';
  const B = 'Asia/Shanghai';
  it.each([
    {
      what: 'arrival the 20th (time unknown), departure the 20th 10:26',
      arrival: day(P, '2027-01-20'),
      departure: exact(P, '2027-01-20', '10:26'),
      expected: 'possible',
    },
    {
      what: 'arrival the 20th (time unknown), departure the 21st 10:26',
      arrival: day(P, '2027-01-20'),
      departure: exact(P, '2027-01-21', '10:26'),
      expected: 'sure',
    },
    {
      what: 'arrival the 20th (time unknown), departure the 21st 00:58: 59 minutes after 23:59',
      arrival: day(P, '2027-01-20'),
      departure: exact(P, '2027-01-21', '00:58'),
      expected: 'possible',
    },
    {
      what: 'arrival the 20th (time unknown), departure the 21st 00:59: 60 minutes after 23:59',
      arrival: day(P, '2027-01-20'),
      departure: exact(P, '2027-01-21', '00:59'),
      expected: 'sure',
    },
    // Across zones: 23:59 in Pyongyang is 22:59 in Beijing; a Beijing-time 23:58 the same night leaves 59 minutes later, 00:00 the 21st 61.
    {
      what: 'arrival the 20th in Pyongyang, departure 23:58 Beijing time',
      arrival: day(P, '2027-01-20'),
      departure: exact(B, '2027-01-20', '23:58'),
      expected: 'possible',
    },
    {
      what: 'arrival the 20th in Pyongyang, departure 00:00 the 21st Beijing time',
      arrival: day(P, '2027-01-20'),
      departure: exact(B, '2027-01-21', '00:00'),
      expected: 'sure',
    },
    {
      what: 'arrival 14:47 +09, departure 15:40 +09 (53 min)',
      arrival: exact(P, '2027-01-11', '14:47'),
      departure: exact(P, '2027-01-11', '15:40'),
      expected: undefined,
    },
    {
      what: 'arrival 14:47 +09, departure 15:47 +09 (60 min)',
      arrival: exact(P, '2027-01-11', '14:47'),
      departure: exact(P, '2027-01-11', '15:47'),
      expected: 'sure',
    },
    {
      what: 'arrival 18:07, departure the same day (time unknown)',
      arrival: exact(P, '2027-01-19', '18:07'),
      departure: day(P, '2027-01-19'),
      expected: 'possible',
    },
    {
      what: 'arrival 23:30, departure the same day (time unknown): 29 minutes at most',
      arrival: exact(P, '2027-01-19', '23:30'),
      departure: day(P, '2027-01-19'),
      expected: undefined,
    },
    {
      what: 'arrival the 19th (time unknown), departure the 19th (time unknown)',
      arrival: day(P, '2027-01-19'),
      departure: day(P, '2027-01-19'),
      expected: 'possible',
    },
    {
      what: 'arrival unbounded after, departure the next day',
      arrival: { earliest: at(P, '2027-01-19', '10:26'), latest: Infinity },
      departure: exact(P, '2027-01-20', '10:26'),
      expected: 'possible',
    },
  ])('$what: $expected', ({ arrival, departure, expected }) => {
    expect(judgeChange(arrival, departure, 60 * 60_000)).toBe(expected);
  });
});

describe('runSpans', () => {
  it('bounds the unpublished stops of the Moscow car by its published ones', () => {
    const car = catalog.services.find((s) => s.id === 'moscow-pyongyang')!;
    const spans = runSpans(car, parseIsoDate('2027-01-12')!);
    const V = 'Asia/Vladivostok';
    // Khabarovsk (index 2): after Novosibirsk on the 14th at 11:54 (+07), before the end of the Pyongyang day on the 20th (23:59 +09).
    expect(spans[2]!.arrival).toEqual({
      earliest: wallToInstant(V, parseIsoDate('2027-01-14')!, 14 * 60 + 54),
      latest: wallToInstant(V, parseIsoDate('2027-01-21')!, 59),
    });
  });
});

describe('arrivalsAt', () => {
  it('lists what reaches Pyongyang from the 20th to the 23rd, by earliest arrival', async () => {
    const { arrivalsAt } = await import('../../src/domain/arrivals.js');
    // The Moscow car of the 12th (eight days, time not published); the Beijing cars of Wed 20 and Thu 21 (next day 18:07); train 95
    // from Dandong daily at 18:07; the Khabarovsk car of the 21st on the 23rd (time not published).
    const lines = arrivalsAt(catalog, 'pyongyang', { window: window('2027-01-20', 4), now: 0 }).journeys.map(
      journeyLine,
    );
    expect(lines).toEqual([
      'sure: moscow 2027-01-12 01:00 → pyongyang 2027-01-20 00:00..2027-01-20 23:59',
      'sure: dandong 2027-01-20 10:00 → pyongyang 2027-01-20 18:07',
      'sure: beijing 2027-01-20 17:26 → pyongyang 2027-01-21 18:07',
      'sure: dandong 2027-01-21 10:00 → pyongyang 2027-01-21 18:07',
      'sure: beijing 2027-01-21 17:26 → pyongyang 2027-01-22 18:07',
      'sure: dandong 2027-01-22 10:00 → pyongyang 2027-01-22 18:07',
      'sure: khabarovsk 2027-01-21 00:00..2027-01-21 23:59 → pyongyang 2027-01-23 00:00..2027-01-23 23:59',
      'sure: dandong 2027-01-23 10:00 → pyongyang 2027-01-23 18:07',
    ]);
  });
});
