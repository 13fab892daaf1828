/**
 * Which schedules to load, from the command line and the environment:
 * the bundled ones unless --no-bundled, then RAILNEXT_SCHEDULES, then each
 * --schedules path. Later ones replace earlier stations, routes and services
 * with the same id, so a path given on the command line wins over the variable.
 */
import { delimiter } from 'node:path';
import { UsageError } from '../errors.js';
import { filesAt, type ScheduleSources } from './schedule-files.js';

/** The schedule options of one command (commander keeps them per command). */
export interface ScheduleFlags {
  schedules?: string[];
  /** False with --no-bundled. */
  bundled?: boolean;
}

/** The variable holding a path list, separated as PATH is (":" here, ";" on Windows). */
export const SCHEDULES_VARIABLE = 'RAILNEXT_SCHEDULES';

/** Combines the flags of a command and its parents, the environment and extra paths (`validate`'s arguments). */
export function scheduleSources(
  flags: ScheduleFlags[],
  env: Record<string, string | undefined>,
  extraPaths: string[] = [],
): ScheduleSources {
  const fromEnv = (env[SCHEDULES_VARIABLE] ?? '').split(delimiter).filter((p) => p !== '');
  const fromFlags = [...flags.flatMap((f) => f.schedules ?? []), ...extraPaths];
  return {
    bundled: flags.every((f) => f.bundled !== false),
    groups: [
      ...(fromEnv.length ? [{ layer: SCHEDULES_VARIABLE, paths: fromEnv, variable: SCHEDULES_VARIABLE }] : []),
      ...(fromFlags.length ? [{ layer: 'command line', paths: fromFlags }] : []),
    ],
  };
}

/**
 * The sources without the variable's paths that hold no schedule (missing, an
 * empty or unreadable folder), and the errors saying so: for the commands a
 * shell runs at start-up, where a stale variable must not fail.
 */
export function withoutBadVariablePaths(sources: ScheduleSources): { sources: ScheduleSources; errors: UsageError[] } {
  const errors: UsageError[] = [];
  const groups = sources.groups.map((group) => {
    if (group.variable === undefined) return group;
    const paths = group.paths.filter((path) => {
      try {
        filesAt(path, group.variable);
        return true;
      } catch (error) {
        if (!(error instanceof UsageError)) throw error;
        errors.push(error);
        return false;
      }
    });
    return { ...group, paths };
  });
  return { sources: { ...sources, groups: groups.filter((g) => g.paths.length > 0) }, errors };
}

/** Collects a repeatable option's values (commander calls it once per occurrence). */
export function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}
