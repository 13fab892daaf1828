/**
 * Property tests of the journey planner (fast-check): random networks of a few
 * services across five zones, with times published, derived, known only by
 * date, or not at all; random pairs of stations, windows, change times and
 * numbers of changes.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatIsoDate, MS_PER_MINUTE, toEpochDay } from '../../src/domain/days.js';
import { planJourneys, type Journey } from '../../src/domain/journeys.js';
import { lookup } from '../../src/domain/lookup.js';
import type { Catalog } from '../../src/domain/model.js';
import { readCatalog } from '../../src/input/catalog.js';

const STATIONS = [
  { id: 'khasan', name: 'Khasan', country: 'RU', timeZone: 'Asia/Vladivostok' },
  { id: 'tumangang', name: 'Tumangang', country: 'KP', timeZone: 'Asia/Pyongyang' },
  { id: 'dandong', name: 'Dandong', country: 'CN', timeZone: 'Asia/Shanghai' },
  { id: 'chita', name: 'Chita', country: 'RU', timeZone: 'Asia/Chita' },
  { id: 'moscow', name: 'Moscow', country: 'RU', timeZone: 'Europe/Moscow' },
];
const IDS = STATIONS.map((s) => s.id);
const FIRST = toEpochDay(2026, 12, 1);
const clock = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
  .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);

const rule = fc.oneof(
  fc.constant({ every: 'day' as const }),
  fc
    .uniqueArray(fc.constantFrom('mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'), { minLength: 1, maxLength: 4 })
    .map((weekdays) => ({ every: 'week' as const, weekdays })),
  fc
    .uniqueArray(fc.integer({ min: 1, max: 28 }), { minLength: 1, maxLength: 3 })
    .map((days) => ({ every: 'month' as const, days })),
);

/** What is published of a later stop: a time derived from minutes of travel, only its date, or nothing. */
const later = fc.oneof(
  fc.integer({ min: 5, max: 3 * 1440 }).map((minutes) => ({ kind: 'derived' as const, minutes })),
  fc.integer({ min: 0, max: 2 }).map((days) => ({ kind: 'date' as const, days })),
  fc.constant({ kind: 'none' as const }),
);

const service = (id: string) =>
  fc
    .record({
      rule,
      stations: fc.uniqueArray(fc.constantFrom(...IDS), { minLength: 2, maxLength: 4 }),
      time: clock,
      dateOnly: fc.boolean(),
      later: fc.array(later, { minLength: 3, maxLength: 3 }),
    })
    .map(({ rule, stations, time, dateOnly, later }) => {
      let day = 0;
      let timed = !dateOnly;
      const stops = stations.map((station, i) => {
        if (i === 0) return { station, departure: { ...(dateOnly ? { day: 0 } : { time }), confidence: 'high' } };
        const l = later[i - 1]!;
        const last = i === stations.length - 1;
        let event: object | undefined;
        if (l.kind === 'derived' && timed) event = { journeyMinutes: l.minutes, confidence: 'low' };
        else if (l.kind === 'date' || (l.kind === 'derived' && !timed)) {
          day += l.kind === 'date' ? l.days : 1;
          event = { day, confidence: 'high' };
          timed = false;
        } else timed = false;
        // A departure counted from the arrival: the car stops five minutes.
        const departure =
          !last && event && 'journeyMinutes' in event
            ? { journeyMinutes: 5, confidence: 'low' }
            : !last && event
              ? { ...event }
              : undefined;
        return { station, ...(event ? { arrival: event } : {}), ...(departure ? { departure } : {}) };
      });
      return { id, name: id, confidence: 'high', runs: { ...rule, from: formatIsoDate(FIRST - 60) }, stops };
    });

const network = fc
  .array(fc.constant(null), { minLength: 2, maxLength: 6 })
  .chain((slots) => fc.tuple(...slots.map((_, i) => service(`s${i}`))));

const query = fc.record({
  pair: fc.uniqueArray(fc.constantFrom(...IDS), { minLength: 2, maxLength: 2 }),
  start: fc.integer({ min: 0, max: 60 }),
  days: fc.integer({ min: 1, max: 14 }),
  changeMinutes: fc.integer({ min: 0, max: 240 }),
  maxChanges: fc.integer({ min: 0, max: 2 }),
});

function catalogOf(services: object[]): Catalog | undefined {
  const { catalog, problems } = readCatalog([
    {
      file: 'p.json',
      data: { stations: STATIONS, routes: [{ id: 'r', name: 'R', mode: 'train', status: 'running', services }] },
    },
  ]);
  return problems.some((p) => p.severity === 'error') ? undefined : catalog;
}

function plan(
  catalog: Catalog,
  q: { pair: string[]; start: number; days: number; changeMinutes: number; maxChanges: number },
) {
  const window = { from: { kind: 'date' as const, day: FIRST + q.start, text: '' }, days: q.days };
  return {
    window,
    journeys: planJourneys(catalog, q.pair[0]!, q.pair[1]!, {
      window,
      now: 0,
      changeMinutes: q.changeMinutes,
      maxChanges: q.maxChanges,
    }).journeys,
  };
}

const pairs = (j: Journey) =>
  j.changes.map((change, i) => ({ change, arrival: j.legs[i]!, departure: j.legs[i + 1]! }));
const RUNS = { numRuns: 150 };

describe('journeys (random networks)', () => {
  it('a sure change leaves at least the change time, whatever the unpublished times; no change is surely missed', () => {
    fc.assert(
      fc.property(network, query, (services, q) => {
        const catalog = catalogOf(services);
        fc.pre(catalog !== undefined);
        const changeMs = q.changeMinutes * MS_PER_MINUTE;
        for (const j of plan(catalog!, q).journeys) {
          for (const { change, arrival, departure } of pairs(j)) {
            // Not surely missed: some arrival and departure within their spans leave the change time.
            expect(departure.leaves.latest - arrival.arrives.earliest).toBeGreaterThanOrEqual(changeMs);
            if (change.status === 'sure')
              expect(departure.leaves.earliest - arrival.arrives.latest).toBeGreaterThanOrEqual(changeMs);
            // Where both times are published (or derived), the change is decided, and it is by the instants themselves.
            const a = arrival.departure.to.instant;
            const d = departure.departure.from.instant;
            if (a !== null && d !== null) {
              expect(change.status).toBe('sure');
              expect(d - a).toBeGreaterThanOrEqual(changeMs);
            }
          }
          expect(j.status).toBe(j.changes.some((c) => c.status === 'possible') ? 'possible' : 'sure');
          expect(j.changes.length).toBeLessThanOrEqual(q.maxChanges);
        }
      }),
      RUNS,
    );
  });

  it('the spans hold the times and dates that are known', () => {
    fc.assert(
      fc.property(network, query, (services, q) => {
        const catalog = catalogOf(services);
        fc.pre(catalog !== undefined);
        for (const j of plan(catalog!, q).journeys) {
          for (const leg of j.legs) {
            for (const [event, span] of [
              [leg.departure.from, leg.leaves],
              [leg.departure.to, leg.arrives],
            ] as const) {
              expect(span.earliest).toBeLessThanOrEqual(span.latest);
              if (event.instant !== null) expect(span).toEqual({ earliest: event.instant, latest: event.instant });
            }
          }
          // A journey never calls twice at a station.
          const stations = [j.legs[0]!.departure.from.station.id, ...j.legs.map((l) => l.departure.to.station.id)];
          expect(new Set(stations).size).toBe(stations.length);
        }
      }),
      RUNS,
    );
  });

  it('a direct service between the two stations is never missing', () => {
    fc.assert(
      fc.property(network, query, (services, q) => {
        const catalog = catalogOf(services);
        fc.pre(catalog !== undefined);
        const { window, journeys } = plan(catalog!, q);
        const direct = [
          ...lookup(catalog!, { query: q.pair[0]!, destination: q.pair[1]!, window, now: 0 }).departures(),
        ];
        const found = new Set(
          journeys
            .filter((j) => j.legs.length === 1)
            .map((j) => `${j.legs[0]!.departure.service.id}@${j.legs[0]!.departure.serviceDate}`),
        );
        for (const d of direct) expect(found).toContain(`${d.service.id}@${d.serviceDate}`);
      }),
      RUNS,
    );
  });
});
