/**
 * What the user reads for each error: the CLI's wording of every code in
 * src/errors.ts, naming the flags and commands the core knows nothing of.
 */
import type { DroppedServices } from '../domain/model.js';
import { formatProblemIn, UsageError, type Coverage, type LibraryError } from '../errors.js';
import { en } from '../i18n/en.js';
import type { Messages } from '../i18n/messages.js';

/**
 * A misuse of the command line itself: two flags that do not go together, a
 * feed folder that cannot be written. `say` words it in a catalogue's language.
 */
export class CliError extends UsageError {
  override readonly name = 'CliError';
  readonly code = 'usage' as const;
  readonly say: (m: Messages) => string;
  /** `words`: a function of the catalogue, or (journeys, not yet in the catalogues) English text. */
  constructor(words: string | ((m: Messages) => string), options?: ErrorOptions) {
    const say = typeof words === 'string' ? () => words : words;
    super(say(en), options);
    this.say = say;
  }
}

/** An option's value that did not parse; `error` says why, `option` is the flag as the user typed it. */
export class OptionValueError extends UsageError {
  override readonly name = 'OptionValueError';
  readonly code = 'usage' as const;
  constructor(
    readonly option: string,
    readonly error: LibraryError,
  ) {
    super(`${option}: ${error.message}`, { cause: error });
  }
}

/** One sentence for an unknown place: where it is mentioned, or what railnext covers. */
function coverageSentence(query: string, coverage: Coverage, m: Messages): string {
  if (coverage.kind === 'mentioned') return m.errors.mentionedBy(query, coverage.routes);
  return coverage.crossings.length === 0 ? m.errors.noRunningService : m.errors.covers(coverage.crossings);
}

/** The one line (or, for schedule problems, lines) railnext prints for `error` in the language of `m`, without the "railnext: " prefix. */
export function userMessage(error: LibraryError | CliError | OptionValueError, m: Messages = en): string {
  const e = m.errors;
  switch (error.code) {
    case 'usage':
      if (error instanceof OptionValueError) return `${error.option}: ${userMessage(error.error, m)}`;
      return error.say(m);
    case 'bad-schedule-data': {
      // Each problem quotes a file, a JSON pointer and the field's own words: only the heading is the language's.
      const problems = error.details.map((p) => formatProblemIn(p, m.validate.didYouMean));
      return problems.length === 1
        ? problems[0]!
        : `${m.validate.problemsInSchedules(problems.length)}\n${problems.join('\n')}`;
    }
    case 'invalid-place-name':
      return e.invalidPlaceName(error.details.query, error.details.wanted);
    case 'query-too-long':
      return e.queryTooLong(error.details.wanted, error.details.length, error.details.max);
    case 'unknown-place': {
      const { query, wanted, suggestions, coverage } = error.details;
      const unknown = e.unknownPlace(query, wanted, suggestions);
      return coverage ? e.andThen(unknown, coverageSentence(query, coverage, m)) : unknown;
    }
    case 'ambiguous-place':
      return e.ambiguousPlace(error.details.query, error.details.candidates);
    case 'not-a-station':
      return e.notAStation(error.details.query, error.details.kind);
    case 'destination-needs-station':
      return e.destinationNeedsStation(error.details.query ?? '', error.details.kind);
    case 'window-backwards': {
      const { first, last, until } = error.details;
      return e.windowBackwards(until === last ? until : `${until ?? ''} (${last})`, first);
    }
    case 'window-out-of-range': {
      const { first, last, earliest, latest } = error.details;
      return e.windowOutOfRange(first, last, earliest, latest);
    }
    case 'window-too-long': {
      const { first, last, maxDays } = error.details;
      return e.windowTooLong(first, last, Math.round(maxDays / 365.2425), maxDays);
    }
    case 'bad-date':
      return e.badDate(error.details.text, error.details.reason === 'no-such-date');
    case 'bad-count': {
      const { text, min, max } = error.details;
      return e.badCount(text, min, max === Number.MAX_SAFE_INTEGER ? null : max);
    }
    case 'bad-duration': {
      const { text, reason } = error.details;
      return reason === 'unrecognised'
        ? `invalid duration "${text}" (expected a number with a unit: 90m, 2h, 1h30m, 3d or 2w)`
        : `"${text}" is not a whole number of days (expected, say, 45d or 6w)`;
    }
    case 'same-station':
      return `"${error.details.from}" and "${error.details.to}" are the same station, ${error.details.station}`;
    case 'bad-instant':
      return e.badInstant(error.details.text);
    case 'unknown-zone':
      return e.unknownZone(error.details.text, error.details.suggestion);
    case 'bad-choice':
      return `${e.badChoice(error.details.text, error.details.choices)}${e.commander.seeHelp}`;
    case 'schedules-not-found':
      return e.schedulesNotFound(error.details.path, error.details.variable ?? null);
    case 'schedules-unreadable':
      return e.schedulesUnreadable(error.details.path, error.details.reason, error.details.variable ?? null);
    case 'schedules-empty-folder':
      return e.schedulesEmptyFolder(error.details.path, error.details.variable ?? null);
  }
}

/** The lookup's warning, on stderr, for services a user route left out when it replaced a bundled one. */
export const droppedWarning = (d: DroppedServices, m: Messages = en): string =>
  m.warnings.droppedServices(d.file, d.route, d.services);
