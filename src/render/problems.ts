/**
 * `railnext validate`: its report as text or JSON. Pure functions.
 */
import { formatProblem, type Problem } from '../input/problems.js';
import { safe } from './text.js';

export interface ValidateReport {
  ok: boolean;
  files: string[];
  errors: number;
  warnings: number;
  problems: Problem[];
}

/** The report as data: `ok` is false when any problem is an error. */
export function validateReport(files: string[], problems: Problem[]): ValidateReport {
  const errors = problems.filter((p) => p.severity === 'error').length;
  return { ok: errors === 0, files, errors, warnings: problems.length - errors, problems };
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** One line per problem, then a summary line. File text never reaches the terminal raw. */
export function renderValidate(report: ValidateReport): string {
  const lines = report.problems.map((p) => safe(formatProblem(p)));
  const counts = report.errors === 0 && report.warnings === 0 ? 'no problems' : `${plural(report.errors, 'error')}, ${plural(report.warnings, 'warning')}`;
  lines.push(`${plural(report.files.length, 'file')} checked: ${counts}.`);
  return `${lines.join('\n')}\n`;
}
