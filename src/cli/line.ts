/**
 * A command line read the way commander reads it, without running anything:
 * which command it is in, its operands, and the option still waiting for its
 * value. Completion reads the words typed so far with it: an unfinished
 * line, which commander itself would refuse.
 */
import type { Command, Option } from 'commander';

export interface Line {
  /** The innermost command named on the line. */
  command: Command;
  operands: string[];
  /** An option whose value is the next word. */
  pending: Option | undefined;
  afterDashDash: boolean;
  /** The `--schedules` paths given, and false after `--no-bundled`: the catalogue the line would load. */
  schedules: string[];
  bundled: boolean;
}

/** Takes a value: `--tz <zone>`, not `--json`. */
export const takesValue = (option: Option): boolean => option.required || option.optional;

export function findOption(command: Command, flag: string): Option | undefined {
  return command.options.find((o) => o.long === flag || o.short === flag);
}

function findCommand(command: Command, name: string): Command | undefined {
  return command.commands.find((c) => c.name() === name || c.aliases().includes(name));
}

/** Reads `words` (without the program's name). Options before a subcommand belong to the program (positional options). */
export function readLine(program: Command, words: string[]): Line {
  const line: Line = {
    command: program,
    operands: [],
    pending: undefined,
    afterDashDash: false,
    schedules: [],
    bundled: true,
  };
  for (const word of words) {
    if (line.pending) {
      if (line.pending.attributeName() === 'schedules') line.schedules.push(word);
      line.pending = undefined;
    } else if (!line.afterDashDash && word === '--') {
      line.afterDashDash = true;
    } else if (!line.afterDashDash && word.startsWith('-') && word !== '-') {
      const eq = word.startsWith('--') ? word.indexOf('=') : -1;
      const option = findOption(line.command, eq < 0 ? word : word.slice(0, eq));
      if (option?.long === '--no-bundled') line.bundled = false;
      if (option && takesValue(option)) {
        if (eq < 0) line.pending = option;
        else if (option.attributeName() === 'schedules') line.schedules.push(word.slice(eq + 1));
      }
    } else if (
      line.command === program &&
      line.operands.length === 0 &&
      !line.afterDashDash &&
      findCommand(program, word)
    ) {
      line.command = findCommand(program, word)!;
    } else {
      line.operands.push(word);
    }
  }
  return line;
}
