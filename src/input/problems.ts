/**
 * A problem found in schedule files, and the one way it is written:
 * "file:/json/pointer: message (line N)". The type lives with DataError, which
 * carries problems; it is re-exported here for the readers.
 */

export { formatProblem, formatProblemIn, type Problem, type Severity } from '../errors.js';

/** The nearest line known for `pointer`: its own, or that of the closest enclosing value. */
export function lineFor(lines: Map<string, number>, pointer: string): number | null {
  for (let p = pointer; ; p = p.slice(0, p.lastIndexOf('/'))) {
    const line = lines.get(p);
    if (line !== undefined) return line;
    if (p === '') return null;
  }
}
