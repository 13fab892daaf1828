/**
 * `railnext completion <shell>`: a completion script for bash, zsh or fish.
 * The script holds no names (it asks `railnext __complete` on each Tab), so
 * printing it loads no schedules.
 */
import { completionScript } from '../../render/completion-scripts.js';
import type { Shell } from '../../render/formats.js';
import { EXIT, print, type Io } from '../io.js';

export interface CompletionRequest {
  shell: Shell;
  /** The program's name, which the script completes and calls. */
  command: string;
}

/** Prints the script. */
export async function completionCommand(request: CompletionRequest, io: Io): Promise<number> {
  await print(io, [completionScript(request.shell, request.command)]);
  return EXIT.ok;
}
