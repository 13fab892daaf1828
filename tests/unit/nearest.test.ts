/**
 * Where to turn when nothing runs between two places (domain/nearest.ts), on
 * the fixture network of tests/fixtures/dead-ends: every station lies on the
 * meridian 130° E, so each distance is its difference in latitude times the
 * length of a degree of a great circle, π × 6371.0088 km / 180.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Catalog, Station } from '../../src/domain/model.js';
import { greatCircleKm, nearest, NEAREST_LIMIT, NEAREST_MAX_KM, type NearbyStation } from '../../src/domain/nearest.js';
import { buildCatalog } from '../../src/input/catalog.js';

const FILE = 'tests/fixtures/dead-ends/network.json';
const text = readFileSync(FILE, 'utf8');
const catalog: Catalog = buildCatalog([{ file: FILE, data: JSON.parse(text), text }]);
const NOW = Date.parse('2026-11-27T00:00:00Z');
const DEGREE_KM = (Math.PI * 6371.0088) / 180;

/** A distance to a millionth of a millimetre: floating point gives no more. */
const km = (value: number) => expect.closeTo(value, 9);

const station = (id: string): Station => catalog.stations.find((s) => s.id === id)!;

/** Each station as [id, km, [service, listed]…], for one exact comparison. */
const shown = (found: NearbyStation[] | null) =>
  found?.map((n) => [n.station.id, n.km, n.services.map((s) => [s.service.id, s.listed])]) ?? null;

describe('greatCircleKm', () => {
  it.each([
    ['a degree along a meridian', { lat: 43, lon: 130 }, { lat: 44, lon: 130 }, DEGREE_KM],
    ['a degree along the equator', { lat: 0, lon: 10 }, { lat: 0, lon: 11 }, DEGREE_KM],
    ['a quarter of the equator', { lat: 0, lon: 0 }, { lat: 0, lon: 90 }, 90 * DEGREE_KM],
    ['pole to pole', { lat: 90, lon: 0 }, { lat: -90, lon: 0 }, 180 * DEGREE_KM],
    ['antipodes on the equator', { lat: 0, lon: -30 }, { lat: 0, lon: 150 }, 180 * DEGREE_KM],
    ['across the date line', { lat: 0, lon: 179.5 }, { lat: 0, lon: -179.5 }, DEGREE_KM],
    ['the same point', { lat: 42.4281, lon: 130.6453 }, { lat: 42.4281, lon: 130.6453 }, 0],
  ])('%s', (_what, a, b, km) => {
    expect(greatCircleKm(a, b)).toBeCloseTo(km, 6);
    expect(greatCircleKm(b, a)).toBeCloseTo(km, 6);
  });

  it('gives Vladivostok to Ussuriysk, by the bundled coordinates, as 76.76 km', () => {
    // 0.689° of latitude (76.613 km) and 0.058° of longitude at 43.46° N (4.682 km): over so short a way the
    // flat approximation, √(76.613² + 4.682²) = 76.756 km, agrees with the great circle to a few metres.
    expect(greatCircleKm({ lat: 43.111, lon: 131.882 }, { lat: 43.8, lon: 131.94 })).toBeCloseTo(76.756, 2);
  });
});

describe('nearest', () => {
  const ostrov = station('ostrov');
  const gavan = station('gavan');

  it('names the three stations nearest the origin from which a service reaches the destination, nearest first, ties by id', () => {
    const n = nearest(catalog, ostrov, gavan, NOW);
    expect(shown(n.nearOrigin)).toEqual([
      ['nadezhdino', km(0.5 * DEGREE_KM), [['nadezhdino-gavan', true]]],
      // Dalny's train calls at Sosnovka with no time published there: it reaches Gavan, but no departure can be listed.
      ['sosnovka', km(DEGREE_KM), [['dalny-gavan', false]]],
      ['yuzhny', km(DEGREE_KM), [['yuzhny-gavan', true]]],
    ]);
    expect(n.limits).toEqual({ limit: NEAREST_LIMIT, maxKm: NEAREST_MAX_KM });
  });

  it('names the stations near the destination that a service from the origin reaches', () => {
    expect(shown(nearest(catalog, ostrov, gavan, NOW).nearDestination)).toEqual([
      ['pristan', km(0.5 * DEGREE_KM), [['ostrov-pristan', true]]],
    ]);
  });

  it('keeps to the distance: Dalny at 222 km is fourth, Krainy at 311 km is over 300, Bezmestny has no coordinates', () => {
    const all = nearest(catalog, ostrov, gavan, NOW, { limit: 10, maxKm: 300 });
    expect(all.nearOrigin!.map((s) => [s.station.id, s.km])).toEqual([
      ['nadezhdino', km(0.5 * DEGREE_KM)],
      ['sosnovka', km(DEGREE_KM)],
      ['yuzhny', km(DEGREE_KM)],
      ['dalny', km(2 * DEGREE_KM)],
    ]);
    const wider = nearest(catalog, ostrov, gavan, NOW, { limit: 10, maxKm: 400 });
    expect(wider.nearOrigin!.map((s) => [s.station.id, s.km]).at(-1)).toEqual(['krainy', km(2.8 * DEGREE_KM)]);
    // Bezmestny's train does reach Gavan: it is left out for want of coordinates, never placed.
    expect(wider.nearOrigin!.some((s) => s.station.id === 'bezmestny')).toBe(false);
  });

  it('gives null, not an empty list, for a place with no coordinates', () => {
    const n = nearest(catalog, station('tuman'), gavan, NOW);
    expect(n.nearOrigin).toBeNull();
    expect(shown(n.nearDestination)).toEqual([]);
  });

  it('leaves out a station near the destination that is farther from it than the origin is', () => {
    // Pristan is 167 km from Yuzhny, Ostrov only 111: the bus there is no way on.
    expect(greatCircleKm(station('pristan').location!, station('yuzhny').location!)).toBeCloseTo(1.5 * DEGREE_KM, 6);
    expect(nearest(catalog, ostrov, station('yuzhny'), NOW).nearDestination).toEqual([]);
  });

  it('lists the routes without a timetable whose name names either place, with how late they are', () => {
    const n = nearest(catalog, ostrov, gavan, NOW);
    // The Sosnovka ferry names Ostrov in a note only: notes name places in passing.
    expect(n.routes.map((r) => [r.route.id, r.route.status, r.overdue])).toEqual([
      ['ostrov-gavan-tour', 'reported', null],
    ]);
    expect(nearest(catalog, station('sosnovka'), station('nadezhdino'), NOW).routes.map((r) => r.route.id)).toEqual([
      'sosnovka-ferry',
    ]);
  });

  it('never suggests the origin or the destination themselves', () => {
    // Nadezhdino itself has a train to Gavan; from Sosnovka, it is the nearest station that has one.
    const n = nearest(catalog, station('nadezhdino'), gavan, NOW, { limit: 10, maxKm: 1000 });
    expect(n.nearOrigin!.map((s) => s.station.id)).not.toContain('nadezhdino');
    expect(n.nearOrigin!.map((s) => s.station.id)).not.toContain('gavan');
  });
});
