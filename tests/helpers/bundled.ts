/**
 * What behaviour tests may know of the bundled data without pinning it: how
 * many files it has and its check date, read from schedules/ itself. The
 * values are held to FACTS.md in one place only, tests/e2e/facts.test.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const DIR = fileURLToPath(new URL('../../schedules', import.meta.url));

/** The bundled schedule files (schema.json is not one). */
export const BUNDLED_FILES = readdirSync(DIR).filter((f) => f.endsWith('.json') && f !== 'schema.json').length;

const stations = JSON.parse(readFileSync(join(DIR, 'stations.json'), 'utf8')) as {
  lastChecked: string;
  sourcesUpTo: string;
};

/** "Data last checked 2026-11-27 (sources up to 2026-03)." as the table and `routes` print it. */
export const CHECKED_LINE = `Data last checked ${stations.lastChecked} (sources up to ${stations.sourcesUpTo}).`;

/** A --now on the bundled data's check date, so `validate` has no "checked after today" warning. */
export const CHECK_DAY_NOW = ['--now', `${stations.lastChecked}T06:00:00Z`];
