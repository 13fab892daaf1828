/**
 * The errors railnext raises on purpose. The CLI turns each kind into an exit
 * code and one line on stderr; anything else is a bug and shows its stack.
 */
import { formatProblem, type Problem } from './input/problems.js';

/** Bad command-line input: an unknown option, date, zone or station. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** Schedule data that cannot be used as it is. */
export class DataError extends Error {
  override readonly name = 'DataError';

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
