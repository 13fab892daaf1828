/**
 * The errors railnext raises on purpose. The CLI turns each kind into an exit
 * code and one line on stderr; anything else is a bug and shows its stack.
 */

/** Bad command-line input: an unknown option, date, zone or station. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** Schedule data that cannot be used as it is. */
export class DataError extends Error {
  override readonly name = 'DataError';

  /** Every problem found, each "file:/json/pointer: message". */
  readonly problems: string[];

  constructor(problems: string[], options?: ErrorOptions) {
    super(problems.length === 1 ? problems[0]! : `${problems.length} problems in the schedules:\n${problems.join('\n')}`, options);
    this.problems = problems;
  }
}
