/**
 * `--help` in the chosen language and the terminal's width: the CLI declares
 * its commands and options (grouped under headings) with the catalogue's
 * descriptions; this gives commander's own layout the catalogue's titles and
 * placeholders, columns counted as a terminal shows them, and lines that fit
 * the width: wrapped, or on a narrow terminal each description under its term.
 */
import { Help, type Argument, type Command, type Option } from 'commander';
import type { Messages } from '../i18n/messages.js';
import { breaksBetweenCharacters, displayWidth, wrapText } from '../render/layout.js';

type TermKey = keyof Messages['help']['terms'];

const isTerm = (m: Messages, name: string): name is TermKey => Object.hasOwn(m.help.terms, name);

/** `<shell>`, `[paths...]`, with the argument's name in the language. */
function argumentUsage(m: Messages, argument: Argument): string {
  const name = isTerm(m, argument.name()) ? m.help.terms[argument.name() as TermKey] : argument.name();
  const shown = `${name}${argument.variadic ? '...' : ''}`;
  return argument.required ? `<${shown}>` : `[${shown}]`;
}

/**
 * Wraps a line of help at `width` columns: Chinese, which has no spaces
 * between words, with railnext's line-breaker (between characters, never
 * before a closing mark or after an opening one); other text as commander
 * wraps it, at spaces.
 */
function wrap(this: Help, text: string, width: number): string {
  return breaksBetweenCharacters(text)
    ? wrapText(text, width).join('\n')
    : Help.prototype.boxWrap.call(this, text, width);
}

/** Fewer columns than this beside the terms, and each description goes under its term instead, as gh and ripgrep do. */
const BESIDE_AT_LEAST = 30;
/** A description under its term, and a command line's continuation, are indented this far. */
const UNDER = 6;

const indent = (text: string, by: number): string => text.replace(/^(?=.)/gm, ' '.repeat(by));

/** Words of `text` (split at spaces) in lines of at most `width` columns; a word wider than that has a line of its own. */
function fill(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(' ')) {
    const last = lines[lines.length - 1];
    if (last !== undefined && displayWidth(`${last} ${word}`) <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** An item of a list: commander's own layout where the description fits beside the term, else the description under it. */
function formatItem(this: Help, term: string, termWidth: number, description: string, helper: Help): string {
  const width = this.helpWidth ?? 80;
  if (!description || width - termWidth - 4 >= BESIDE_AT_LEAST)
    return Help.prototype.formatItem.call(this, term, termWidth, description, helper);
  return `  ${term}\n${indent(helper.boxWrap(description, width - UNDER), UNDER)}`;
}

/** A shell command in lines of `width` columns, each line but the last ending in a backslash, as a shell reads it. */
function commandLines(command: string, width: number): string {
  return fill(command, width - 2)
    .map((line, i, all) => `${i > 0 ? ' '.repeat(UNDER - 2) : ''}${line}${i < all.length - 1 ? ' \\' : ''}`)
    .join('\n');
}

type Example = keyof Messages['help']['examples']['what'];

/**
 * The command lines --help shows after the commands, the same in every
 * language but the last (the reader's own language, or Russian for one who
 * reads English); the catalogue says what each shows.
 */
const exampleCommands = (m: Messages): readonly (readonly [command: string, what?: Example])[] => [
  ['railnext khasan', 'khasan'],
  ['railnext 평양 --date 2026-12-01 --days 31', 'pyongyang'],
  ['railnext suifenhe grodekovo --next 3', 'next'],
  ["railnext khasan --date fri --json | jq '.departures[].departure.at'"],
  ['railnext --tz Europe/Moscow', 'moscowTime'],
  ['railnext routes', 'routes'],
  ['railnext --schedules my.json khasan', 'ownSchedules'],
  ['railnext validate my-schedules/', 'validate'],
  ['railnext khasan --format ics > k.ics', 'ics'],
  ['railnext khasan --calendar', 'calendar'],
  ['railnext export gtfs feed/', 'gtfs'],
  ['source <(railnext completion bash)', 'completion'],
  [`railnext khasan --lang ${m.lang === 'en' ? 'ru' : m.lang}`, 'lang'],
];

/** What --help prints after the commands: the examples laid out as the options are, then the notes and exit codes, wrapped. */
function afterHelp(m: Messages, help: Help): string {
  const width = help.helpWidth ?? 80;
  const { title, notes, exitCodes } = m.help.examples;
  const items = exampleCommands(m).map(([command, key]) => [command, key ? m.help.examples.what[key] : ''] as const);
  const termWidth = Math.max(...items.filter(([, what]) => what).map(([command]) => displayWidth(`$ ${command}`)));
  const examples = items.map(([command, what]) => {
    const term = commandLines(`$ ${command}`, width - 2);
    return term.includes('\n')
      ? `${indent(term, 2)}${what ? `\n${indent(help.boxWrap(what, width - UNDER), UNDER)}` : ''}`
      : help.formatItem(term, termWidth, what, help);
  });
  return [
    '',
    title,
    ...examples,
    '',
    ...notes.map((note) => help.boxWrap(note, width)),
    help.boxWrap(exitCodes, width),
  ].join('\n');
}

/** Commander's help layout with the catalogue's words in it, `width` columns wide; the rest of Help is commander's own. */
function helpWords(m: Messages, width: number): Partial<Help> {
  const titles: Record<string, string> = {
    'Usage:': m.help.titles.usage,
    'Arguments:': m.help.titles.arguments,
    'Options:': m.help.titles.options,
    'Commands:': m.help.titles.commands,
    'Global Options:': m.help.titles.globalOptions,
  };
  const extra = (description: string, choices: readonly string[] | undefined): string =>
    choices ? `${description}${m.help.choices(choices.map((c) => JSON.stringify(c)).join(', '))}` : description;
  const usage = (cmd: Command): string =>
    [
      ...(cmd.options.length || (cmd as unknown as { _helpOption: unknown })._helpOption !== null
        ? [`[${m.help.terms.options}]`]
        : []),
      ...(cmd.commands.length ? [`[${m.help.terms.command}]`] : []),
      ...cmd.registeredArguments.map((a) => argumentUsage(m, a)),
    ].join(' ');
  return {
    helpWidth: width,
    // Wrapped however narrow: a line that runs on is the terminal's to break, mid-word.
    minWidthToWrap: 1,
    styleTitle: (title: string) => titles[title] ?? title,
    displayWidth,
    boxWrap: wrap,
    formatItem,
    // "Usage: railnext [options] …" with the words that do not fit on lines of their own, under the first.
    styleUsage(this: Help, usage: string) {
      const by = displayWidth(this.styleTitle('Usage:')) + 1;
      return fill(usage, (this.helpWidth ?? 80) - by).join(`\n${' '.repeat(by)}`);
    },
    // The options with no heading of their own (--version, --help) come after those with one.
    groupItems<T extends Command | Option>(
      this: Help,
      unsorted: T[],
      visible: T[],
      getGroup: (item: T) => string,
    ): Map<string, T[]> {
      const groups = Help.prototype.groupItems.call<Help, [T[], T[], (item: T) => string], Map<string, T[]>>(
        this,
        unsorted,
        visible,
        getGroup,
      );
      const rest = groups.get('Options:');
      if (rest && groups.size > 1) {
        groups.delete('Options:');
        groups.set('Options:', rest);
      }
      return groups;
    },
    optionDescription: (option: Option) => extra(option.description, option.argChoices),
    argumentDescription: (argument: Argument) => extra(argument.description, argument.argChoices),
    optionTerm: (option: Option) =>
      option.flags.replace(/<(\w+)>/, (whole, name: string) =>
        isTerm(m, name) ? `<${m.help.terms[name as TermKey]}>` : whole,
      ),
    argumentTerm: (argument: Argument) =>
      isTerm(m, argument.name()) ? m.help.terms[argument.name() as TermKey] : argument.name(),
    subcommandTerm: (cmd: Command) =>
      [
        cmd.name(),
        ...(cmd.options.length ? [`[${m.help.terms.options}]`] : []),
        ...cmd.registeredArguments.map((a) => argumentUsage(m, a)),
      ].join(' '),
    commandUsage(cmd: Command) {
      const names: string[] = [];
      for (let c: Command | null = cmd; c; c = c.parent) names.unshift(c.name());
      return `${names.join(' ')} ${usage(cmd)}`;
    },
  };
}

/**
 * Lays out the help of `program` and its commands in the language of `m`,
 * `width` columns wide (Infinity: never wrapped, for the man page, which
 * reads descriptions and examples whole): titles, placeholders, wrapping,
 * and the examples and notes after the program's commands.
 */
export function speakHelp(program: Command, m: Messages, width: number): void {
  for (const cmd of [program, ...program.commands]) cmd.configureHelp(helpWords(m, width));
  program.addHelpText('after', () => afterHelp(m, program.createHelp()));
}
