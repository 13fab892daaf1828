// Types for scripts/performance-page.mjs, for the test that imports it.
export const START: string;
export const END: string;
export interface BenchRow {
  what: string;
  value: string;
  budget: string;
  ok: boolean;
}
export function benchResults(run: {
  started: Date;
  ended: Date;
  loads: [number, number];
  nodes: { version: string; tz: string }[];
  cpu: string;
  cpus: number;
  runs: number;
  rows: BenchRow[];
}): string;
export function withBenchResults(page: string, results: string): string;
