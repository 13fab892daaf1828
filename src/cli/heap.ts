/**
 * A long output (a year or a century of departures) allocates steadily, each
 * departure's objects living a moment, and V8 doubles its young generation
 * whenever enough has survived its collections, up to 16 MB a semi-space: a
 * century then peaked at twice a week's memory, all of it empty young space.
 * --semi-space-growth-factor=1 keeps the young generation at its starting
 * size, at no cost in time measured here (npm run bench). V8 reads that flag
 * each time it would grow the space, so it counts when set at run time.
 *
 * Only where it was measured to help: V8 prints an error for a flag it does
 * not know, and a later V8 may drop or rename this one. Peak memory of a
 * century piped through `cat`, with the flag and without (2026-12-07):
 *
 *   Node 20 (V8 11)  table 93 MB / 122 MB, JSON 71 / 88, NDJSON 70 / 86
 *   Node 22 (V8 12)  table 93 / 120,       JSON 74 / 81, NDJSON 73 / 87
 *   Node 24 (V8 13)  table 95 / 126,       JSON 76 / 81, NDJSON 75 / 99
 *   Node 26 (V8 14)  table 98 / 129,       JSON 79 / 83, NDJSON 76 / 81
 *
 * Only for long windows: node:v8 costs about 3 ms to load (the bundle requires
 * it on first use), and a short lookup's young generation never grows anyway.
 */

import v8 from 'node:v8';
import { changedV8Flags } from './code-paths.js';

/** Windows longer than this many days keep the young generation small. */
const LONG_WINDOW_DAYS = 31;

/** The V8 major versions the flag was measured on (above). */
const MEASURED_V8 = new Set([11, 12, 13, 14]);

/** Whether the V8 of version `version` (process.versions.v8) gets the flag. */
export const knowsGrowthFactor = (version: string) => MEASURED_V8.has(Number.parseInt(version, 10));

let kept = false;

/** For a window of `windowDays` days; node:v8 is required only then (scripts/bundle.mjs). */
export function keepYoungGenerationSmall(windowDays: number): void {
  if (kept || windowDays <= LONG_WINDOW_DAYS || !knowsGrowthFactor(process.versions.v8)) return;
  kept = true;
  v8.setFlagsFromString('--semi-space-growth-factor=1');
  changedV8Flags();
}
