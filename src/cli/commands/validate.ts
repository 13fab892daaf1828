/**
 * `railnext validate [paths…]`: every problem in the schedules, at once; the
 * path `-` is a schedule on standard input.
 */
import { readSchedules, readStdin, type ScheduleSources } from '../../input/schedule-files.js';
import { renderValidate, validateReport } from '../../render/validate-report.js';
import { jsonSafe } from '../../render/text.js';
import { schemaPath } from '../../render/schema-ids.js';
import { EXIT, print, type Io } from '../io.js';
import { en } from '../../i18n/en.js';
import type { Messages } from '../../i18n/messages.js';

export interface ValidateRequest {
  /** The bundled schedules and the user's, the paths given included. */
  sources: ScheduleSources;
  now: number;
  json: boolean;
}

/** Prints the report; exits 3 when there is an error (warnings alone pass). It reads the files itself: a catalog is what it checks, not what it needs. */
export async function validateCommand(request: ValidateRequest, io: Io, m: Messages = en): Promise<number> {
  // "-" names standard input, read before the files as a schedule of its own.
  const piped = request.sources.groups.some((g) => g.variable === undefined && g.paths.includes('-'));
  const stdin = piped ? await readStdin(io.stdin ?? process.stdin) : undefined;
  const { files, problems } = readSchedules(request.sources, { now: request.now, ...(stdin ? { stdin } : {}) });
  const report = validateReport(files, problems);
  const json = () => `${jsonSafe(JSON.stringify({ $schema: schemaPath('validate'), ...report }, null, 2))}\n`;
  await print(io, [request.json ? json() : renderValidate(report, m)]);
  return report.ok ? EXIT.ok : EXIT.data;
}
