/**
 * The errors railnext raises on purpose: a class per kind, each with a stable
 * `code` and the details a caller needs to word it (hafas-client's shape).
 * The messages here are plain defaults for library users; the CLI words every
 * code its own way (src/cli/error-messages.ts). Anything else thrown is a bug.
 */

/** Every code an error of railnext can carry ("usage" is the command line's own: two flags that do not go together, …). */
export type ErrorCode =
  | 'usage'
  | 'invalid-place-name'
  | 'query-too-long'
  | 'unknown-place'
  | 'ambiguous-place'
  | 'not-a-station'
  | 'destination-needs-station'
  | 'window-backwards'
  | 'window-out-of-range'
  | 'window-too-long'
  | 'bad-date'
  | 'bad-count'
  | 'bad-duration'
  | 'same-station'
  | 'bad-instant'
  | 'unknown-zone'
  | 'bad-choice'
  | 'schedules-not-found'
  | 'schedules-unreadable'
  | 'schedules-empty-folder'
  | 'bad-schedule-data';

export type Severity = 'error' | 'warning';

/** A problem found in schedule files. */
export interface Problem {
  /** The file as the user named it, or "schedules/<name>" for bundled data. */
  file: string;
  /** JSON pointer of the value at fault; null for the file as a whole (unreadable, not JSON). */
  pointer: string | null;
  message: string;
  severity: Severity;
  /** Line in the file where the value (or its nearest enclosing value) starts, when known. */
  line: number | null;
  /** The known value closest to a wrong one that looks misspelt (a station id), said as "did you mean …?". */
  suggestion?: string;
}

/** "did you mean "tumangang"?": a problem's suggestion in English, as the library and i18n/en.ts say it. */
export const didYouMeanInEnglish = (value: string): string => `did you mean "${value}"?`;

/** The one way a problem is written: "file:/json/pointer: message (line N)". */
export const formatProblem = (p: Problem): string => formatProblemIn(p, didYouMeanInEnglish);

/**
 * A problem as formatProblem writes it, its suggestion asked in the words of
 * `didYouMean` (the output language's): the message quotes the file's own values and stays in English.
 */
export function formatProblemIn(p: Problem, didYouMean: (value: string) => string): string {
  const where = p.pointer === null ? p.file : `${p.file}:${p.pointer || '/'}`;
  const line = p.line === null || p.pointer === null ? '' : ` (line ${p.line})`;
  const suggestion = p.suggestion === undefined ? '' : `; ${didYouMean(p.suggestion)}`;
  return `${where}: ${p.severity === 'warning' ? 'warning: ' : ''}${p.message}${suggestion}${line}`;
}

/** What every error of railnext has: `isRailnextError`, a `code` and its details. */
export abstract class RailnextError extends Error {
  readonly isRailnextError = true;
  abstract readonly code: ErrorCode;
}

/**
 * A request that cannot be answered as asked: an unknown place, a bad window or
 * value, a schedules path that is not there. The CLI exits 2 for these.
 */
export abstract class UsageError extends RailnextError {
  override readonly name: string = 'UsageError';
}

/** What railnext can say about a place it does not know: the routes that mention it, or the border crossings it covers. */
export type Coverage =
  | { kind: 'mentioned'; routes: { name: string; status: string; departuresListed: boolean; stations: string[] }[] }
  | { kind: 'crossings'; crossings: string[] };

/** What a place query was meant to name. */
export type PlaceWanted = 'station' | 'station or route';
/** What a query named instead of a station. */
export type PlaceKind = 'all' | 'route' | 'service';

/** A query with no letters or digits, such as "!!!". */
export class InvalidPlaceNameError extends UsageError {
  override readonly name = 'InvalidPlaceNameError';
  readonly code = 'invalid-place-name' as const;
  constructor(readonly details: { query: string; wanted: PlaceWanted }) {
    super(`"${details.query}" is not a ${details.wanted} name`);
  }
}

/**
 * A query longer than any name (`length` characters, names being at most
 * `max`): refused before it is compared with every name, which would take
 * seconds and hundreds of megabytes for a query of 100,000 characters.
 */
export class QueryTooLongError extends UsageError {
  override readonly name = 'QueryTooLongError';
  readonly code = 'query-too-long' as const;
  constructor(readonly details: { length: number; max: number; wanted: PlaceWanted }) {
    super(`a ${details.wanted} name of ${details.length} characters is longer than any name can be (${details.max})`);
  }
}

/**
 * Nothing answers to the query; `suggestions` are the closest names, best first
 * (at most three). Without a suggestion, `coverage` says what the schedules do
 * know: the routes that mention the place, or the border crossings covered.
 */
export class UnknownPlaceError extends UsageError {
  override readonly name = 'UnknownPlaceError';
  readonly code = 'unknown-place' as const;
  constructor(
    readonly details: { query: string; wanted: PlaceWanted; suggestions: string[]; coverage: Coverage | null },
  ) {
    super(`unknown ${details.wanted} "${details.query}"`);
  }
}

/** The query is the start of several names and names none of them exactly. */
export class AmbiguousPlaceError extends UsageError {
  override readonly name = 'AmbiguousPlaceError';
  readonly code = 'ambiguous-place' as const;
  constructor(readonly details: { query: string; candidates: string[] }) {
    super(`"${details.query}" could be any of ${details.candidates.join(', ')}`);
  }
}

/** A station was wanted; the query names a route or a service. */
export class NotAStationError extends UsageError {
  override readonly name = 'NotAStationError';
  readonly code = 'not-a-station' as const;
  constructor(readonly details: { query: string; kind: PlaceKind }) {
    super(`"${details.query}" is a ${details.kind}, not a station`);
  }
}

/** A destination was given with a query that is not a station. */
export class DestinationNeedsStationError extends UsageError {
  override readonly name = 'DestinationNeedsStationError';
  readonly code = 'destination-needs-station' as const;
  constructor(readonly details: { query: string | null; kind: PlaceKind }) {
    super(
      `a destination goes with a station, not with a ${details.kind === 'all' ? 'lookup of every service' : details.kind}`,
    );
  }
}

/** The window's last date (YYYY-MM-DD) is before its first; `until` is the end as the caller wrote it, when given. */
export class WindowBackwardsError extends UsageError {
  override readonly name = 'WindowBackwardsError';
  readonly code = 'window-backwards' as const;
  constructor(readonly details: { first: string; last: string; until: string | null }) {
    super(`the window ends (${details.last}) before it starts (${details.first})`);
  }
}

/** The window reaches outside the dates railnext covers, `earliest` to `latest`. */
export class WindowOutOfRangeError extends UsageError {
  override readonly name = 'WindowOutOfRangeError';
  readonly code = 'window-out-of-range' as const;
  constructor(readonly details: { first: string; last: string; earliest: string; latest: string }) {
    super(`the window from ${details.first} to ${details.last} goes outside ${details.earliest} to ${details.latest}`);
  }
}

/** The window is longer than `maxDays`. */
export class WindowTooLongError extends UsageError {
  override readonly name = 'WindowTooLongError';
  readonly code = 'window-too-long' as const;
  constructor(readonly details: { first: string; last: string; maxDays: number }) {
    super(`the window from ${details.first} to ${details.last} is longer than ${details.maxDays} days`);
  }
}

/** Not a day: `no-such-date` for a well-formed date that does not exist (2026-02-30), `unrecognised` otherwise. */
export class BadDateError extends UsageError {
  override readonly name = 'BadDateError';
  readonly code = 'bad-date' as const;
  constructor(readonly details: { text: string; reason: 'no-such-date' | 'unrecognised' }) {
    super(`invalid day "${details.text}"`);
  }
}

/** Not a whole number from `min` to `max`. */
export class BadCountError extends UsageError {
  override readonly name = 'BadCountError';
  readonly code = 'bad-count' as const;
  constructor(readonly details: { text: string; min: number; max: number }) {
    super(`expected a whole number from ${details.min} to ${details.max}, got "${details.text}"`);
  }
}

/** Not a duration with a unit ("90" rather than "90m"), or not a whole number of days where days are wanted. */
export class BadDurationError extends UsageError {
  override readonly name = 'BadDurationError';
  readonly code = 'bad-duration' as const;
  constructor(readonly details: { text: string; reason: 'unrecognised' | 'not-whole-days' }) {
    super(
      details.reason === 'unrecognised'
        ? `invalid duration "${details.text}"`
        : `"${details.text}" is not a whole number of days`,
    );
  }
}

/** A journey asked from a station to itself. */
export class SameStationError extends UsageError {
  override readonly name = 'SameStationError';
  readonly code = 'same-station' as const;
  constructor(readonly details: { from: string; to: string; station: string }) {
    super(`"${details.from}" and "${details.to}" are the same station, ${details.station}`);
  }
}

/** Not an ISO 8601 instant with an offset. */
export class BadInstantError extends UsageError {
  override readonly name = 'BadInstantError';
  readonly code = 'bad-instant' as const;
  constructor(readonly details: { text: string }) {
    super(`invalid instant "${details.text}"`);
  }
}

/** Not a time zone id the runtime knows; `suggestion` is the closest one, when one is close. */
export class UnknownZoneError extends UsageError {
  override readonly name = 'UnknownZoneError';
  readonly code = 'unknown-zone' as const;
  constructor(readonly details: { text: string; suggestion: string | null }) {
    super(`unknown time zone "${details.text}"`);
  }
}

/** Not one of the accepted values. */
export class BadChoiceError extends UsageError {
  override readonly name = 'BadChoiceError';
  readonly code = 'bad-choice' as const;
  constructor(readonly details: { text: string; choices: readonly string[] }) {
    super(`invalid value "${details.text}" (expected ${details.choices.join(', ')})`);
  }
}

/** Where a schedules path came from: `variable` names the environment variable that held it (RAILNEXT_SCHEDULES); absent for a path given as an argument. */
export interface SchedulesPath {
  path: string;
  variable?: string;
}

/** "RAILNEXT_SCHEDULES: " for a path from the variable, else nothing. */
const fromVariable = (details: SchedulesPath): string => (details.variable ? `${details.variable}: ` : '');

/** A schedules path that does not exist. */
export class SchedulesNotFoundError extends UsageError {
  override readonly name = 'SchedulesNotFoundError';
  readonly code = 'schedules-not-found' as const;
  constructor(readonly details: SchedulesPath) {
    super(`${fromVariable(details)}no such file or folder "${details.path}"`);
  }
}

/** A schedules folder that cannot be listed; `reason` is the system's error code, such as EACCES. */
export class SchedulesUnreadableError extends UsageError {
  override readonly name = 'SchedulesUnreadableError';
  readonly code = 'schedules-unreadable' as const;
  constructor(readonly details: SchedulesPath & { reason: string }) {
    super(`${fromVariable(details)}cannot read the folder "${details.path}" (${details.reason})`);
  }
}

/** A schedules folder with no *.json file. */
export class SchedulesEmptyFolderError extends UsageError {
  override readonly name = 'SchedulesEmptyFolderError';
  readonly code = 'schedules-empty-folder' as const;
  constructor(readonly details: SchedulesPath) {
    super(`${fromVariable(details)}no *.json files in the folder "${details.path}"`);
  }
}

/** Schedule data that cannot be used as it is; `details` holds every problem found. The CLI exits 3. */
export class DataError extends RailnextError {
  override readonly name = 'DataError';
  readonly code = 'bad-schedule-data' as const;

  /** Every problem found, each "file:/json/pointer: message (line N)". */
  readonly problems: string[];

  /** The same problems with their parts, for `validate --json`. */
  readonly details: Problem[];

  constructor(problems: Problem[], options?: ErrorOptions) {
    const lines = problems.map(formatProblem);
    super(lines.length === 1 ? lines[0]! : `${lines.length} problems in the schedules:\n${lines.join('\n')}`, options);
    this.problems = lines;
    this.details = problems;
  }
}

/** Every error the library throws on purpose; `code` tells them apart. */
export type LibraryError =
  | InvalidPlaceNameError
  | QueryTooLongError
  | UnknownPlaceError
  | AmbiguousPlaceError
  | NotAStationError
  | DestinationNeedsStationError
  | WindowBackwardsError
  | WindowOutOfRangeError
  | WindowTooLongError
  | BadDateError
  | BadCountError
  | BadDurationError
  | SameStationError
  | BadInstantError
  | UnknownZoneError
  | BadChoiceError
  | SchedulesNotFoundError
  | SchedulesUnreadableError
  | SchedulesEmptyFolderError
  | DataError;
