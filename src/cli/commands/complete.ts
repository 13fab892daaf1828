/**
 * `railnext __complete <shell> <cword> -- <words…>`: what the completion
 * scripts call on every Tab (not a command users type, so not declared and not
 * in --help). It prints nothing on stderr and always exits 0: a broken line or
 * schedules path gives no candidates, never a message in the middle of a prompt.
 */
import type { Command } from 'commander';
import { complete, completionText, joinBashWords, typedValue } from '../completion.js';
import { EXIT, print, type Io } from '../io.js';
import { SHELLS, type Shell } from '../../render/formats.js';

/** Answers one Tab: `args` are what follows `__complete`. */
export async function completeCommand(args: string[], program: Command, io: Io): Promise<number> {
  const [shell, cwordText, dashes, ...given] = args;
  const cword = Number(cwordText);
  if (!(SHELLS as readonly string[]).includes(shell ?? '') || dashes !== '--' || !Number.isInteger(cword) || cword < 1 || cword > given.length) return EXIT.usage;
  const { words, cword: at } = shell === 'bash' ? joinBashWords(given, cword) : { words: given, cword };
  const completion = complete(program, words, at, io.env);
  await print(io, [completionText(shell as Shell, completion, typedValue(words, at))]);
  return EXIT.ok;
}
