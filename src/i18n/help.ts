/**
 * `--help` in the chosen language: every description, title and placeholder
 * of commander's help comes from the catalogue. The CLI declares its commands
 * and options; this walks them once and words them, so a command or option
 * the catalogue does not know is reported rather than left in English.
 */
import { Help, type Argument, type Command, type Option } from 'commander';
import type { Messages } from './messages.js';
import { displayWidth } from './width.js';

type OptionKey = keyof Messages['help']['options'];
type CommandName = keyof Messages['help']['commands'];
type TermKey = keyof Messages['help']['terms'];

/** Which catalogue entry describes an option, by command ('' is the lookup itself) and flag. */
const OPTIONS: Record<string, Record<string, OptionKey>> = {
  '': {
    '--date': 'date',
    '--until': 'until',
    '--json': 'json',
    '--format': 'format',
    '--calendar': 'calendar',
    '--tz': 'tz',
    '--now': 'now',
    '--verbose': 'verbose',
    '--quiet': 'quiet',
  },
  routes: { '--json': 'listingJson' },
  stations: { '--json': 'listingJson' },
  validate: { '--json': 'validateJson', '--now': 'validateNow' },
  export: { '--date': 'exportDate', '--until': 'exportUntil', '--days': 'exportDays', '--now': 'exportNow' },
};

/** Options every command shares. */
const SHARED: Record<string, OptionKey> = { '--no-color': 'noColor', '--lang': 'lang', '--schedules': 'schedules', '--no-bundled': 'noBundled' };

/** The numbers some descriptions quote. */
export interface HelpNumbers {
  defaultDays: number;
  maxDays: number;
  nextYears: number;
}

function optionText(m: Messages, command: string, option: Option, n: HelpNumbers): string | undefined {
  const flag = option.long ?? option.short ?? '';
  if (flag === '--help') return m.help.help;
  if (flag === '--version') return m.help.version;
  if (command === '' && flag === '--days') return m.help.options.days(n.defaultDays, n.maxDays);
  if (command === '' && flag === '--next') return m.help.options.next(n.nextYears);
  const key = OPTIONS[command]?.[flag] ?? SHARED[flag];
  return key === undefined ? undefined : (m.help.options[key] as string);
}

const isTerm = (m: Messages, name: string): name is TermKey => Object.hasOwn(m.help.terms, name);

/** `<shell>`, `[paths...]`, with the argument's name in the language. */
function argumentUsage(m: Messages, argument: Argument): string {
  const name = isTerm(m, argument.name()) ? m.help.terms[argument.name() as TermKey] : argument.name();
  const shown = `${name}${argument.variadic ? '...' : ''}`;
  return argument.required ? `<${shown}>` : `[${shown}]`;
}

/** Hanzi and CJK punctuation: a line may break before any of them. Hangul is written in words with spaces, and wraps at the spaces. */
const HAN = /[\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;
const OPENING = /[（“「『《]$/u;
const CLOSING = /^[，。、；：）”」』》？！]/u;

/**
 * Wraps a line of help at `width` columns. Chinese has no spaces between
 * words, so a line may break between any two Hanzi, but never before closing
 * or after opening punctuation. Text without Hanzi wraps as commander wraps
 * it (counting columns with displayWidth).
 */
function wrapWide(this: Help, text: string, width: number): string {
  if (!HAN.test(text)) return Help.prototype.boxWrap.call(this, text, width);
  return text
    .split('\n')
    .map((line) => {
      const tokens: string[] = [];
      for (const token of line.match(new RegExp(`\\s+|${HAN.source}|[^\\s${HAN.source.slice(1, -1)}]+`, 'gu')) ?? []) {
        const last = tokens[tokens.length - 1];
        if (last !== undefined && (CLOSING.test(token) || OPENING.test(last))) tokens[tokens.length - 1] = last + token;
        else tokens.push(token);
      }
      const lines: string[] = [];
      let current = '';
      for (const token of tokens) {
        if (/^\s+$/u.test(token)) {
          if (current) current += ' ';
        } else if (current.trim() && displayWidth(current + token) > width) {
          lines.push(current.trimEnd());
          current = token;
        } else current += token;
      }
      lines.push(current.trimEnd());
      return lines.join('\n');
    })
    .join('\n');
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
    boxWrap: wrapWide,
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

/**
 * Words the help of `program` and its commands from `m`. Returns what the
 * catalogue has no words for ("routes --foo"), which a test keeps empty.
 */
export function speakHelp(program: Command, m: Messages, n: HelpNumbers): string[] {
  const missing: string[] = [];
  program.description(m.help.description);
  program.helpCommand(`help [${m.help.terms.command}]`, m.help.helpCommand);
  for (const cmd of [program, ...program.commands]) {
    const name = cmd === program ? '' : cmd.name();
    if (cmd !== program) {
      if (Object.hasOwn(m.help.commands, name)) cmd.description(m.help.commands[name as CommandName]);
      else missing.push(name);
    }
    cmd.helpOption('-h, --help', m.help.help);
    cmd.configureHelp(helpWords(m));
    for (const option of cmd.options) {
      const text = optionText(m, name, option, n);
      if (text === undefined) missing.push(`${name} ${option.flags}`.trim());
      else option.description = text;
    }
    for (const argument of cmd.registeredArguments) {
      const key = argument.name();
      if (Object.hasOwn(m.help.args, key)) argument.description = m.help.args[key as keyof Messages['help']['args']];
      else missing.push(`${name} ${key}`.trim());
    }
  }
  return missing;
}
