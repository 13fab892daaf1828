/**
 * A problem found in schedule files, and the one way it is written:
 * "file:/json/pointer: message (line N)".
 */

export type Severity = 'error' | 'warning';

export interface Problem {
  /** The file as the user named it, or "schedules/<name>" for bundled data. */
  file: string;
  /** JSON pointer of the value at fault; null for the file as a whole (unreadable, not JSON). */
  pointer: string | null;
  message: string;
  severity: Severity;
  /** Line in the file where the value (or its nearest enclosing value) starts, when known. */
  line: number | null;
}

/** The problem as one line of text. */
export function formatProblem(p: Problem): string {
  const where = p.pointer === null ? p.file : `${p.file}:${p.pointer || '/'}`;
  const line = p.line === null || p.pointer === null ? '' : ` (line ${p.line})`;
  return `${where}: ${p.severity === 'warning' ? 'warning: ' : ''}${p.message}${line}`;
}

/** The nearest line known for `pointer`: its own, or that of the closest enclosing value. */
export function lineFor(lines: Map<string, number>, pointer: string): number | null {
  for (let p = pointer; ; p = p.slice(0, p.lastIndexOf('/'))) {
    const line = lines.get(p);
    if (line !== undefined) return line;
    if (p === '') return null;
  }
}
