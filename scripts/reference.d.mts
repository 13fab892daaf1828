// Types for scripts/reference.mjs, for the test that imports it.
import type { Catalog, Departure, EpochDay } from '../src/index.js';

export function referenceExpand(
  catalog: Catalog,
  first: EpochDay,
  last: EpochDay,
): Array<{ service: unknown; from: unknown; to: unknown }>;
export function referenceDepartures(catalog: Catalog, first: EpochDay, last: EpochDay): string[];
export function railnextLine(d: Departure): string;
export function differences(railnextLines: string[], referenceLines: string[], most?: number): string[];
