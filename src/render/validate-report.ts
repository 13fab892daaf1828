/**
 * `railnext validate`: its report as text or JSON. Pure functions.
 */
import { formatProblemIn, type Problem } from '../input/problems.js';
import { en } from '../i18n/en.js';
import type { Messages } from '../i18n/messages.js';
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

/** One line per problem, then a summary line in the catalogue's words. File text never reaches the terminal raw. */
export function renderValidate(report: ValidateReport, m: Messages = en): string {
  const lines = report.problems.map((p) => safe(formatProblemIn(p, m.validate.didYouMean)));
  lines.push(m.validate.summary(report.files.length, report.errors, report.warnings));
  return `${lines.join('\n')}\n`;
}
