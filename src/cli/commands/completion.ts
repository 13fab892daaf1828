/**
 * `railnext completion <shell>`: a completion script for bash, zsh or fish.
 */
import type { Command } from 'commander';
import type { Catalog } from '../../domain/model.js';
import { completionScript } from '../../render/completion.js';
import type { Shell } from '../../render/formats.js';
import { completionSpec } from '../completion.js';
import { EXIT, print, type Io } from '../io.js';

export interface CompletionRequest {
  shell: Shell;
  /** The program, whose options and commands are completed. */
  program: Command;
}

/** Prints the script. */
export async function completionCommand(request: CompletionRequest, catalog: Catalog, io: Io): Promise<number> {
  await print(io, [completionScript(request.shell, completionSpec(request.program, catalog))]);
  return EXIT.ok;
}
