/**
 * Which schedules to load, from the command line and the environment:
 * the bundled ones unless --no-bundled, then RAILNEXT_SCHEDULES, then each
 * --schedules path. Later ones replace earlier stations, routes and services
 * with the same id, so a path given on the command line wins over the variable.
 */
import { delimiter } from 'node:path';
import type { ScheduleSources } from './load.js';

/** The schedule options of one command (commander keeps them per command). */
export interface ScheduleFlags {
  schedules?: string[];
  /** False with --no-bundled. */
  bundled?: boolean;
}

/** The variable holding a path list, separated as PATH is (":" here, ";" on Windows). */
export const SCHEDULES_VARIABLE = 'RAILNEXT_SCHEDULES';

/** Combines the flags of a command and its parents, the environment and extra paths (`validate`'s arguments). */
export function scheduleSources(flags: ScheduleFlags[], env: Record<string, string | undefined>, extraPaths: string[] = []): ScheduleSources {
  const fromEnv = (env[SCHEDULES_VARIABLE] ?? '').split(delimiter).filter((p) => p !== '');
  const fromFlags = [...flags.flatMap((f) => f.schedules ?? []), ...extraPaths];
  return {
    bundled: flags.every((f) => f.bundled !== false),
    groups: [
      ...(fromEnv.length ? [{ layer: SCHEDULES_VARIABLE, paths: fromEnv }] : []),
      ...(fromFlags.length ? [{ layer: 'command line', paths: fromFlags }] : []),
    ],
  };
}

/** Collects a repeatable option's values (commander calls it once per occurrence). */
export function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}
