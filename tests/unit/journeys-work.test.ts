/**
 * The planner's work on random networks (fast-check), counted rather than
 * timed: labels made, runs built and boardings tried stay under bounds that
 * grow with the stops, the services and the days, never with the square of
 * the stops. Each network holds a daily line calling at up to 300 stations,
 * where a planner that expands every leg of every run (as the one before did)
 * makes n²/2 legs a day: 45,000 for 300 stops, far past the bounds.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatIsoDate, toEpochDay } from '../../src/domain/days.js';
import { planJourneys } from '../../src/domain/journeys.js';
import { journeyLimitPassed, MAX_JOURNEY_SERVICES, MAX_JOURNEY_WINDOW_DAYS } from '../../src/domain/journey-limits.js';
import type { Catalog } from '../../src/domain/model.js';
import { newWorkCounter } from '../../src/domain/runs.js';
import { readCatalog } from '../../src/input/catalog.js';

const FIRST = toEpochDay(2026, 12, 1);
const two = (n: number) => String(n).padStart(2, '0');
// Every time on one clock, though the stations alternate between two zones: the order of the stops is the order of the times.
const ZONE = 'Asia/Pyongyang';
const at = (minutes: number) => ({
  time: `${two(Math.floor((minutes % 1440) / 60))}:${two(minutes % 60)}`,
  ...(minutes >= 1440 ? { day: Math.floor(minutes / 1440) } : {}),
  zone: ZONE,
  confidence: 'high',
});

/** A daily line through `n` stations, two minutes between stops, and a few short services between its stations, some known only by date. */
const network = fc.integer({ min: 20, max: 300 }).chain((n) =>
  fc.tuple(
    fc.constant(n),
    fc.integer({ min: 0, max: 23 * 60 }),
    fc.array(
      fc.record({
        stops: fc.uniqueArray(fc.integer({ min: 0, max: n - 1 }), { minLength: 2, maxLength: 4 }),
        start: fc.integer({ min: 0, max: 1439 }),
        gap: fc.integer({ min: 5, max: 600 }),
        dateOnly: fc.boolean(),
        weekly: fc.boolean(),
      }),
      { maxLength: 6 },
    ),
  ),
);

function catalogOf(
  n: number,
  start: number,
  extras: { stops: number[]; start: number; gap: number; dateOnly: boolean; weekly: boolean }[],
): Catalog {
  const stations = Array.from({ length: n }, (_, i) => ({
    id: `s${i}`,
    name: `S${i}`,
    country: 'RU',
    timeZone: i % 2 ? 'Asia/Vladivostok' : 'Asia/Pyongyang',
  }));
  const runs = { every: 'day', from: formatIsoDate(FIRST - 30) };
  const line = {
    id: 'line',
    name: 'Line',
    confidence: 'high',
    runs,
    stops: stations.map((s, i) => ({
      station: s.id,
      ...(i > 0 ? { arrival: at(start + 2 * i - 1) } : {}),
      ...(i < n - 1 ? { departure: at(start + 2 * i) } : {}),
    })),
  };
  const services = extras.map((e, k) => ({
    id: `x${k}`,
    name: `X${k}`,
    confidence: 'high',
    runs: e.weekly ? { every: 'week', weekdays: ['mon', 'thu'], from: runs.from } : runs,
    stops: e.stops.map((i, j) => {
      const when = e.dateOnly
        ? { day: Math.floor((e.start + j * e.gap) / 1440), zone: ZONE, confidence: 'high' }
        : at(e.start + j * e.gap);
      return {
        station: `s${i}`,
        ...(j > 0 ? { arrival: when } : {}),
        ...(j < e.stops.length - 1 ? { departure: when } : {}),
      };
    }),
  }));
  const { catalog, problems } = readCatalog([
    {
      file: 'w.json',
      data: {
        stations,
        routes: [{ id: 'r', name: 'R', mode: 'train', status: 'running', services: [line, ...services] }],
      },
    },
  ]);
  expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
  return catalog;
}

const query = fc.record({
  from: fc.nat(),
  to: fc.nat(),
  days: fc.integer({ min: 1, max: 3 }),
  maxChanges: fc.integer({ min: 0, max: 2 }),
  maxWaitDays: fc.integer({ min: 0, max: 5 }),
});

describe('the planner’s work (random networks, counted)', () => {
  it('labels, runs and boardings grow with the stops, services and days, not with the stops squared', () => {
    fc.assert(
      fc.property(network, query, ([n, start, extras], q) => {
        const catalog = catalogOf(n, start, extras);
        const from = `s${q.from % n}`;
        const to = `s${q.to % n}`;
        fc.pre(from !== to);
        const work = newWorkCounter();
        const window = { from: { kind: 'date' as const, day: FIRST, text: '' }, days: q.days };
        planJourneys(
          catalog,
          from,
          to,
          { window, now: 0, maxChanges: q.maxChanges, maxWaitDays: q.maxWaitDays, noNext: true },
          work,
        );
        const stops = catalog.services.reduce((sum, s) => sum + s.stops.length, 0);
        const rounds = q.maxChanges + 1;
        // Each round makes at most a label per stop for each run boarded; a day boards a run or two of each service.
        expect(work.labels).toBeLessThanOrEqual(4 * rounds * stops * q.days);
        // A run is built once per service and date, and only dates within the wait (and a few days of slack) are looked at.
        expect(work.runs).toBeLessThanOrEqual(catalog.services.length * (q.days + q.maxWaitDays + 10) * q.days);
        // A boarding tried is a label's look at one date of a service calling where it is.
        expect(work.boardings).toBeLessThanOrEqual(8 * rounds * stops * q.days * (q.maxWaitDays + 10));
        // And far fewer than a planner expanding every leg makes for one day of the line alone.
        if (n >= 200) expect(work.labels + work.boardings).toBeLessThan((n * (n - 1)) / 2);
      }),
      { numRuns: 60 },
    );
  });
});

describe('the limits on a plan’s work', () => {
  const catalog = catalogOf(20, 0, []);
  const window = (days: number) => ({ from: { kind: 'date' as const, day: FIRST, text: '' }, days });
  it.each([
    { what: 'within every limit', c: catalog, days: MAX_JOURNEY_WINDOW_DAYS, expected: null },
    {
      what: 'one day of first legs too many',
      c: catalog,
      days: MAX_JOURNEY_WINDOW_DAYS + 1,
      expected: { kind: 'window-days', max: 3660, got: 3661 },
    },
    // The same service 50,001 times: the count is what is limited, before anything is planned.
    {
      what: 'one service too many',
      c: { ...catalog, services: Array.from({ length: MAX_JOURNEY_SERVICES + 1 }, () => catalog.services[0]!) },
      days: 1,
      expected: { kind: 'services', max: 50_000, got: 50_001 },
    },
  ])('$what', ({ c, days, expected }) => {
    expect(journeyLimitPassed(c, 's0', { window: window(days), now: 0 })).toEqual(expected);
  });
});
