/**
 * The three ways railnext answers a zone question, for the zone tests to run
 * each case under: the bin's table (dist/zone-table.json, as built), tables
 * worked out at run time (any zone or tz database the build's table does not
 * serve), and IANAZone alone (years outside the tables).
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect } from 'vitest';
import { useZoneTable, type ZoneTable } from '../../src/domain/zones.js';

export const BUILD_ZONE_TABLE = (
  JSON.parse(readFileSync(new URL('../../dist/zone-table.json', import.meta.url), 'utf8')) as { table: ZoneTable }
).table;

/** [how, table in use, whether tables are worked out at run time], for `describe.each`. */
export const ZONE_WAYS: [string, ZoneTable | undefined, boolean][] = [
  ["from the bin's table", BUILD_ZONE_TABLE, true],
  ['from tables worked out at run time', undefined, true],
  ['from IANAZone alone', undefined, false],
];

/** Puts one way in use for the enclosing describe, and the setup's table back after it. */
export function answerZones(table: ZoneTable | undefined, compute: boolean): void {
  beforeAll(() => {
    expect(useZoneTable(table, { compute })).toBe(table !== undefined);
  });
  afterAll(() => {
    useZoneTable(undefined);
  });
}
