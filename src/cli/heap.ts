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

/**
 * Maglev, the mid-tier compiler V8 runs by default from V8 12 (Node 22) on, compiles on threads of its own while the
 * output is written, each compile with memory of its own: a century's table peaked 20-30 MB above the same run
 * without it, the difference between 1.5x a week's memory and more. Decided at each function's tier-up, the flag
 * counts when set at run time. Peak memory of a century piped through `cat` without Maglev and with it (Node 24,
 * 2026-12-07): table 79-81 MB / 95-107 MB (a week: 63 MB), in 2.6-2.7 s / 2.9-4.2 s; NDJSON 72-74 / 75-76 MB in
 * 1.1-1.3 s / 1.0-1.1 s. Node 20's V8 11 has Maglev off already.
 */
const MAGLEV_V8 = new Set([12, 13, 14]);

/** Whether the V8 of version `version` runs Maglev by default, and is measured without it (above). */
export const turnsMaglevOff = (version: string) => MAGLEV_V8.has(Number.parseInt(version, 10));

let kept = false;

/** For a window of `windowDays` days; node:v8 is required only then (scripts/bundle.mjs). */
export function keepYoungGenerationSmall(windowDays: number): void {
  if (kept || windowDays <= LONG_WINDOW_DAYS || !knowsGrowthFactor(process.versions.v8)) return;
  kept = true;
  v8.setFlagsFromString('--semi-space-growth-factor=1');
  if (turnsMaglevOff(process.versions.v8)) v8.setFlagsFromString('--no-maglev');
  changedV8Flags();
}
