/**
 * `--help` in the chosen language: the CLI declares its commands and options
 * with the catalogue's descriptions; this gives commander's own layout the
 * catalogue's titles and placeholders, and columns counted as a terminal shows them.
 */
import { Help, type Argument, type Command, type Option } from 'commander';
import type { Messages } from './messages.js';
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
  return breaksBetweenCharacters(text) ? wrapText(text, width).join('\n') : Help.prototype.boxWrap.call(this, text, width);
}

/** Commander's help layout with the catalogue's words in it; the rest of Help is commander's own. */
function helpWords(m: Messages): Partial<Help> {
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
      ...(cmd.options.length || (cmd as unknown as { _helpOption: unknown })._helpOption !== null ? [`[${m.help.terms.options}]`] : []),
      ...(cmd.commands.length ? [`[${m.help.terms.command}]`] : []),
      ...cmd.registeredArguments.map((a) => argumentUsage(m, a)),
    ].join(' ');
  return {
    styleTitle: (title: string) => titles[title] ?? title,
    displayWidth,
    boxWrap: wrap,
    optionDescription: (option: Option) => extra(option.description, option.argChoices),
    argumentDescription: (argument: Argument) => extra(argument.description, argument.argChoices),
    optionTerm: (option: Option) => option.flags.replace(/<(\w+)>/, (whole, name: string) => (isTerm(m, name) ? `<${m.help.terms[name as TermKey]}>` : whole)),
    argumentTerm: (argument: Argument) => (isTerm(m, argument.name()) ? m.help.terms[argument.name() as TermKey] : argument.name()),
    subcommandTerm: (cmd: Command) => [cmd.name(), ...(cmd.options.length ? [`[${m.help.terms.options}]`] : []), ...cmd.registeredArguments.map((a) => argumentUsage(m, a))].join(' '),
    commandUsage(cmd: Command) {
      const names: string[] = [];
      for (let c: Command | null = cmd; c; c = c.parent) names.unshift(c.name());
      return `${names.join(' ')} ${usage(cmd)}`;
    },
  };
}

/** Lays out the help of `program` and its commands in the language of `m`: titles, placeholders, wrapping. */
export function speakHelp(program: Command, m: Messages): void {
  for (const cmd of [program, ...program.commands]) cmd.configureHelp(helpWords(m));
}
