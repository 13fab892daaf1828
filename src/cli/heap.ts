/**
 * A long output (a year or a century of departures) allocates steadily, each
 * departure's objects living a moment, and V8 doubles its young generation
 * whenever enough has survived its collections, up to 16 MB a semi-space: a
 * century then peaked at twice a week's memory, all of it empty young space.
 * --semi-space-growth-factor=1 keeps the young generation at its starting
 * size, at no cost in time measured here (npm run bench). V8 reads that flag
 * each time it would grow the space, so it counts when set at run time.
 *
 * Only for long windows: node:v8 costs about 3 ms to load (the bundle requires
 * it on first use), and a short lookup's young generation never grows anyway.
 */

import v8 from 'node:v8';
import { changedV8Flags } from './code-paths.js';

/** Windows longer than this many days keep the young generation small. */
const LONG_WINDOW_DAYS = 31;

let kept = false;

/** For a window of `windowDays` days; node:v8 is required only then (scripts/bundle.mjs). */
export function keepYoungGenerationSmall(windowDays: number): void {
  if (kept || windowDays <= LONG_WINDOW_DAYS) return;
  kept = true;
  v8.setFlagsFromString('--semi-space-growth-factor=1');
  changedV8Flags();
}
