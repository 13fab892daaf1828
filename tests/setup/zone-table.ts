/**
 * The tests import the sources, which carry no zone table: the build computes
 * it (scripts/bundle.mjs) and the bin and the library read it from dist/. So
 * every test file starts with that table in use, as the bin does; without it,
 * each conversion in a tabled zone would ask Intl, and property tests of random
 * timetables took five times as long. The zone tests (zones*.test.ts) and
 * time-order.test.ts also run without it, on luxon's IANAZone alone, and
 * zones outside the table (Berlin, New York) are IANAZone's everywhere.
 */
import { readFileSync } from 'node:fs';
import { useZoneTable } from '../../src/domain/zones.js';

useZoneTable(JSON.parse(readFileSync(new URL('../../dist/zone-table.json', import.meta.url), 'utf8')).table);
