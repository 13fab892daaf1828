/**
 * The manual page, railnext(1), written from the same commander declaration
 * that prints --help: every command, argument and option with the words of
 * its help (choices included), and the examples and notes --help prints after
 * it. `npm run build` writes it (scripts/man.mjs), so the page installed with
 * a build cannot describe another build's options. Not part of the bin.
 */
import type { Command, Help, Option } from 'commander';
import { SCHEDULES_VARIABLE } from '../input/sources.js';
import { EXIT } from './io.js';

/** What each exit code means; typed by EXIT, so a new code cannot go undocumented. */
const EXIT_MEANINGS: Record<keyof typeof EXIT, string> = {
  ok: 'Departures, a listing, a report without errors or a feed were printed or written.',
  empty: 'A valid query with no departure in the window (the JSON is still printed), or a feed with no trip.',
  usage:
    'Bad usage: an unknown option or command, a bad date, zone or count, an unknown station, a window backwards or over 1,000 years, a --schedules path that is not there.',
  data: 'Bad schedule data: a lookup refuses to run on it; validate found an error (warnings alone exit 0).',
  output:
    "Output could not be written: a full disk, an I/O error, no permission (sysexits' EX_IOERR). A reader that goes away, as head does, is not an error.",
};

/** The page's facts that are not in the declaration. */
export interface ManFacts {
  version: string;
  /** One line for NAME (package.json's description). */
  summary: string;
}

/**
 * Text as roff reads it: backslashes, dashes and quotes that print as typed,
 * characters outside ASCII as \[uXXXX] (groff reads its input as Latin-1
 * unless told), and a line never starting with a control character.
 */
export function roff(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (ch === '\\') out += '\\e';
    else if (ch === '-') out += '\\-';
    else if (ch === "'") out += '\\(aq';
    else if (ch === '`') out += '\\(ga';
    else if (ch === '~') out += '\\(ti';
    else if (ch === '^') out += '\\(ha';
    else if (code > 0x7e) out += `\\[u${code.toString(16).toUpperCase().padStart(4, '0')}]`;
    else if (code < 0x20 && ch !== '\n') out += ' ';
    else out += ch;
  }
  return out.replace(/^([.'])/gm, '\\&$1');
}

/** "--date <day>" as bold flags and an italic placeholder. */
function optionTerm(help: Help, option: Option): string {
  return help
    .optionTerm(option)
    .split(/(<[^>]+>|\[[^\]]+\])/)
    .filter(Boolean)
    .map((part) => (/^[<[]/.test(part) ? `\\fI${roff(part.slice(1, -1))}\\fR` : `\\fB${roff(part)}\\fR`))
    .join('');
}

/** An argument's name, `<required>` or `[optional…]`, in italics. */
function argumentTerm(term: string): string {
  return term.replace(
    /([<[])([^>\]]+)([>\]])/g,
    (_, open: string, name: string, close: string) => `${open}\\fI${roff(name)}\\fR${close}`,
  );
}

/** One tagged paragraph: the term, then its description. */
const tagged = (term: string, description: string): string => `.TP\n${term}\n${roff(description)}\n`;

function options(help: Help, command: Command): string {
  return help
    .visibleOptions(command)
    .map((o) => tagged(optionTerm(help, o), help.optionDescription(o)))
    .join('');
}

function argumentsOf(help: Help, command: Command): string {
  return help
    .visibleArguments(command)
    .map((a) => tagged(`\\fI${roff(help.argumentTerm(a))}\\fR`, help.argumentDescription(a)))
    .join('');
}

/** A command's usage as its --help gives it, after the program's name: "validate [options] [paths...]". */
function usage(help: Help, program: Command, command: Command): string {
  const words = help.commandUsage(command).split(' ');
  // A subcommand's usage starts with the program's name; the help command's, made apart from the tree, does not.
  if (words[0] === program.name()) words.shift();
  const name = command === program ? '' : `\\fB${roff(words.shift()!)}\\fR `;
  return `${name}${argumentTerm(roff(words.join(' ')))}`.trimEnd();
}

/** What --help prints after the options: its examples ("  $ railnext …   what it does") and its notes. */
export function helpAfterText(program: Command): { examples: { command: string; what: string }[]; notes: string[] } {
  let text = '';
  const out = { writeOut: (s: string) => (text += s), writeErr: (s: string) => (text += s) };
  program.configureOutput(out);
  program.outputHelp();
  const after = text.slice(text.indexOf('\nExamples:\n') + '\nExamples:\n'.length);
  const examples: { command: string; what: string }[] = [];
  const notes: string[] = [];
  for (const line of after.split('\n')) {
    const example = /^\s+\$ (.+?)(?:\s{2,}(.+))?$/.exec(line);
    if (example) examples.push({ command: example[1]!, what: example[2] ?? '' });
    else if (line.trim() && !line.startsWith('Exit codes:')) notes.push(line.trim());
  }
  return { examples, notes };
}

/** The page, as roff with the man macros. */
export function manPage(program: Command, facts: ManFacts): string {
  const help = program.createHelp();
  const name = program.name();
  const commands = help.visibleCommands(program);
  const { examples, notes } = helpAfterText(program);
  return [
    `.\\" ${name}(1), written by scripts/man.mjs from the command declaration in src/cli.ts: edit that, not this.\n`,
    `.TH ${name.toUpperCase()} 1 "" "${name} ${facts.version}" "User Commands"\n`,
    // No hyphenation and a ragged right edge: option names and values are copied from a man page.
    '.nh\n.ad l\n',
    `.SH NAME\n${name} \\- ${roff(facts.summary)}\n`,
    `.SH SYNOPSIS\n`,
    `.B ${name}\n${usage(help, program, program)}\n`,
    ...commands.map((c) => `.br\n.B ${name}\n${usage(help, program, c)}\n`),
    `.SH DESCRIPTION\n${roff(program.description())}\n.PP\n${roff(notes.join('\n'))}\n`,
    argumentsOf(help, program),
    `.SH COMMANDS\n`,
    ...commands.map((c) => {
      const body = argumentsOf(help, c) + options(help, c);
      return `${tagged(`\\fB${roff(name)}\\fR ${usage(help, program, c)}`, c.description())}${body ? `.RS\n${body}.RE\n` : ''}`;
    }),
    `.SH OPTIONS\nThe options of a lookup (\\fB${name}\\fR [\\fIquery\\fR [\\fIdestination\\fR]]). Each command takes its own; see \\fBCOMMANDS\\fR.\n`,
    options(help, program),
    `.SH "EXIT STATUS"\n`,
    ...(Object.keys(EXIT) as (keyof typeof EXIT)[]).map((k) => tagged(`.B ${EXIT[k]}`, EXIT_MEANINGS[k])),
    tagged('.B 70', `An internal error: a bug in ${name}; --verbose shows where.`),
    `.SH ENVIRONMENT\n`,
    tagged(
      `.B ${SCHEDULES_VARIABLE}`,
      `More schedule files or folders, read after the bundled ones and before each --schedules path, separated by the platform's path delimiter as in PATH (: on Linux and macOS, ; on Windows).`,
    ),
    tagged('.B NO_COLOR', 'Set and not empty: no colour, even on a terminal.'),
    tagged('.B FORCE_COLOR', 'Colour even when the output is not a terminal (0 or false turn it off).'),
    tagged('.B TZ', "Read only by --tz local: output never depends on the machine's zone otherwise."),
    tagged(
      '.B XDG_CACHE_HOME',
      `Where the compiled code of ${name} is cached, in a folder ${name} (default ~/.cache/${name}).`,
    ),
    `.SH FILES\n`,
    tagged(
      '.I schedules/*.json',
      `The bundled schedules, in the folder of the installed package; --no-bundled leaves them out.`,
    ),
    tagged(
      '.I schedules/schema.json',
      'The JSON Schema of a schedule file, for editors; validate applies the same rules and more.',
    ),
    `.SH EXAMPLES\n`,
    ...examples.map((e) =>
      e.what ? tagged(`\\fB${roff(e.command)}\\fR`, e.what) : `.PP\n\\fB${roff(e.command)}\\fR\n`,
    ),
    `.SH "SEE ALSO"\nThe docs/ folder of ${name}: docs/guide.md (the user guide), docs/json.md (the JSON fields), docs/formats.md (the output formats) and docs/schedules.md (the schedule format).\n`,
  ].join('');
}
