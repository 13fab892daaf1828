/**
 * `railnext __complete <shell> <cword> -- <words…>`: what the completion
 * scripts call on every Tab (not a command users type, so not declared and not
 * in --help). It prints nothing on stderr: a broken line or schedules path
 * gives no candidates, never a message in the middle of a prompt. Its exit
 * codes are the documented ones: 0, 2 for a call that is not the scripts'
 * shape, 74 when the answer cannot be written (a full disk).
 */
import type { Command } from 'commander';
import { complete, completionText, joinBashWords, typedValue } from '../completion-words.js';
import { EXIT, print, type Io } from '../io.js';
import { OutputError } from '../write.js';
import { SHELLS, type Shell } from '../../render/formats.js';

/** Answers one Tab: `args` are what follows `__complete`. */
export async function completeCommand(args: string[], program: Command, io: Io): Promise<number> {
  const [shell, cwordText, dashes, ...given] = args;
  const cword = Number(cwordText);
  if (
    !(SHELLS as readonly string[]).includes(shell ?? '') ||
    dashes !== '--' ||
    !Number.isInteger(cword) ||
    cword < 1 ||
    cword > given.length
  )
    return EXIT.usage;
  const { words, cword: at } = shell === 'bash' ? joinBashWords(given, cword) : { words: given, cword };
  const completion = complete(program, words, at, io.env);
  try {
    await print(io, [completionText(shell as Shell, completion, typedValue(words, at))]);
  } catch (error) {
    if (!(error instanceof OutputError)) throw error;
    // A shell that stopped reading has what it wanted; any other failure is said by the code alone.
    return error.readerGone ? EXIT.ok : EXIT.output;
  }
  return EXIT.ok;
}
