/**
 * What the user reads for each error: the CLI's wording of every code in
 * src/errors.ts, naming the flags and commands the core knows nothing of.
 */
import { UsageError, type Coverage, type LibraryError } from '../errors.js';

/** A misuse of the command line itself, already worded: two flags that do not go together, a feed folder that cannot be written. */
export class CliError extends UsageError {
  override readonly name = 'CliError';
  readonly code = 'usage' as const;
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
function coverageSentence(query: string, coverage: Coverage): string {
  if (coverage.kind === 'mentioned') {
    const parts = coverage.routes.map(
      (r) => `${r.name} (${r.status}, ${r.departuresListed ? 'departures listed' : 'no departures listed'}; \`railnext routes\`)${r.stations.length ? `, naming the stations ${r.stations.join(', ')}` : ''}`,
    );
    return `"${query}" is not a station of the schedules, but it is mentioned by ${parts.join('; and by ')}.`;
  }
  if (coverage.crossings.length === 0) return 'No running service is loaded.';
  return `railnext covers the border crossings ${coverage.crossings.join(', ')} and the stations of the services through them.`;
}

function orList(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

/** The one line (or, for schedule problems, lines) railnext prints for `error`, without the "railnext: " prefix. */
export function userMessage(error: LibraryError | CliError | OptionValueError): string {
  switch (error.code) {
    case 'usage':
      return error instanceof OptionValueError ? `${error.option}: ${userMessage(error.error)}` : error.message;
    case 'bad-schedule-data':
      return error.message;
    case 'invalid-place-name':
      return `"${error.details.query}" is not a ${error.details.wanted} name`;
    case 'query-too-long':
      return `a ${error.details.wanted} name of ${error.details.length} characters is longer than any name can be (${error.details.max}; see \`railnext stations\`)`;
    case 'unknown-place': {
      const { query, wanted, suggestions, coverage } = error.details;
      return `unknown ${wanted} "${query}"${suggestions.length ? `; did you mean ${orList(suggestions)}?` : ''} (see \`railnext stations\`)${coverage ? `. ${coverageSentence(query, coverage)}` : ''}`;
    }
    case 'ambiguous-place':
      return `"${error.details.query}" could be ${orList(error.details.candidates)}; please be more specific`;
    case 'not-a-station':
      return `"${error.details.query}" is a ${error.details.kind}, not a station`;
    case 'destination-needs-station':
      return `a destination goes with a station; "${error.details.query ?? ''}" is a ${error.details.kind}`;
    case 'window-backwards': {
      const { first, last, until } = error.details;
      return `--until ${until === last ? until : `${until ?? ''} (${last})`} is before the start of the window (${first})`;
    }
    case 'window-out-of-range': {
      const { first, last, earliest, latest } = error.details;
      return `the window from ${first} to ${last} goes outside the dates railnext covers, ${earliest} to ${latest}`;
    }
    case 'window-too-long': {
      const { first, last, maxDays } = error.details;
      return `the window from ${first} to ${last} is longer than ${Math.round(maxDays / 365.2425)} years (${maxDays} days)`;
    }
    case 'bad-date': {
      const { text, reason } = error.details;
      return `invalid day "${text}" (${reason === 'no-such-date' ? 'no such date' : 'expected YYYY-MM-DD, today, tomorrow, a weekday such as mon, or +N'})`;
    }
    case 'bad-count': {
      const { text, min, max } = error.details;
      return `expected a whole number ${max === Number.MAX_SAFE_INTEGER ? `of at least ${min}` : `from ${min} to ${max}`}, got "${text}"`;
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
      return `invalid instant "${error.details.text}" (expected ISO 8601 with an offset, such as 2026-12-01T09:00:00+10:00 or 2026-12-01T00:00:00Z)`;
    case 'unknown-zone': {
      const { text, suggestion } = error.details;
      return `unknown time zone "${text}"${suggestion ? `; did you mean ${suggestion}?` : ''} (expected an IANA zone such as Asia/Vladivostok, or local)`;
    }
    case 'bad-choice':
      return `invalid value "${error.details.text}" (expected ${error.details.choices.join(', ')}) (see railnext --help)`;
    case 'schedules-not-found':
      return `schedules: no such file or folder "${error.details.path}"`;
    case 'schedules-unreadable':
      return `schedules: cannot read the folder "${error.details.path}" (${error.details.reason})`;
    case 'schedules-empty-folder':
      return `schedules: no *.json files in the folder "${error.details.path}"`;
  }
}
