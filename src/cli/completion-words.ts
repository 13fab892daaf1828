/**
 * What a Tab offers, worked out when Tab is pressed: the completion scripts
 * call `railnext __complete <shell> <cword> -- <words…>`, and this reads the
 * words against the program's own commander declaration (which command the
 * line is in, the options that command takes, what each option's and
 * argument's value is) and, for places, against the catalogue the command
 * itself would load: the bundled schedules, RAILNEXT_SCHEDULES and the
 * `--schedules` paths on the line. It never fails: a path that is not there
 * or a broken file gives fewer names, not an error.
 */
import { statSync } from 'node:fs';
import type { Argument, Command, Option } from 'commander';
import { findOption, readLine, takesValue, type Line } from './line.js';
import { normalizeName, stationNames } from '../domain/names.js';
import type { Catalog } from '../domain/model.js';
import { keptCatalog, readSchedules } from '../input/schedule-files.js';
import { scheduleSources } from '../input/sources.js';
import type { Shell } from '../render/formats.js';
import { firstUnsafe, safe } from '../text-guard.js';

/** What the shell should offer: these words, or its own file or folder completion. */
export interface Completion {
  kind: 'words' | 'files' | 'dirs';
  /** "--format=" when the value is completed inside the option's word: bash leaves it alone, zsh and fish keep it in front. */
  prefix: string;
  words: { word: string; description?: string }[];
}

/** What a value is, when commander has no fixed choices for it. */
type ValueKind = 'files' | 'dirs' | 'zones' | 'places' | 'stations' | 'commands' | 'none';

/**
 * Values by the name the declaration gives them: an option's placeholder
 * (`--tz <zone>`) or an argument's name (`[paths...]`). Choices, when an
 * option or argument has them, come first.
 */
const VALUE_KINDS: Record<string, ValueKind> = {
  path: 'files',
  paths: 'files',
  dir: 'dirs',
  zone: 'zones',
  query: 'places',
  destination: 'stations',
  station: 'stations',
};

/** The name a value goes by in the declaration: "zone" in "--tz <zone>". */
const placeholder = (option: Option): string =>
  /[<[]([^>\]]+)[>\]]/.exec(option.flags)?.[1]?.replace(/\.\.\.$/, '') ?? '';

const kindOf = (name: string): ValueKind => VALUE_KINDS[name] ?? 'none';

/** Strips the quoting a shell left on the word being typed: a leading quote, backslash escapes. */
function unquote(word: string): string {
  return word.replace(/^["']/, '').replace(/\\(.)/g, '$1');
}

/** The bundled schedules, RAILNEXT_SCHEDULES and the line's --schedules, keeping only paths that are there. */
function catalogOf(line: Line, env: Record<string, string | undefined>): Catalog | undefined {
  const home = env.HOME;
  const expand = (path: string) => (home && (path === '~' || path.startsWith('~/')) ? home + path.slice(1) : path);
  const sources = scheduleSources([{ schedules: line.schedules.map(expand), bundled: line.bundled }], env);
  const exists = (path: string) => {
    try {
      statSync(path);
      return true;
    } catch {
      return false;
    }
  };
  try {
    // The bundled files alone, as the build read them; else a file with errors still gives the names that read well.
    // Names only: the scans that locate problems in the text are left to the command itself.
    const there = { ...sources, groups: sources.groups.map((g) => ({ ...g, paths: g.paths.filter(exists) })) };
    return keptCatalog(there, []) ?? readSchedules(there, { textChecks: 'none' }).catalog;
  } catch {
    return undefined;
  }
}

/** Every word a query may be (station names in every script, route and service ids), or only the stations'. */
function placeWords(catalog: Catalog | undefined, stationsOnly: boolean): Completion['words'] {
  if (!catalog) return [];
  const words: Completion['words'] = [];
  for (const station of catalog.stations) {
    for (const name of stationNames(station))
      words.push({ word: name, ...(name !== station.name ? { description: station.name } : {}) });
  }
  if (!stationsOnly) {
    for (const route of catalog.routes) words.push({ word: route.id, description: route.name });
    for (const service of catalog.services) words.push({ word: service.id, description: service.name });
  }
  // Matching ignores case, so "Khasan" adds nothing to "khasan": keep the first spelling.
  const seen = new Set<string>();
  return words.filter((w) => !seen.has(w.word.toLowerCase()) && seen.add(w.word.toLowerCase()));
}

/** The zones --tz takes: the runtime's IANA zones, UTC and `local`. */
function zoneWords(): Completion['words'] {
  return ['local', 'UTC', ...Intl.supportedValuesOf('timeZone')].map((word) => ({ word }));
}

/** The commands of the program, `help` included, as --help lists them. */
function commandWords(program: Command): Completion['words'] {
  return program
    .createHelp()
    .visibleCommands(program)
    .map((c) => ({ word: c.name(), description: c.description() }));
}

/** The long options a command takes, as its --help lists them. */
function optionWords(command: Command): Completion['words'] {
  return command
    .createHelp()
    .visibleOptions(command)
    .filter((o) => o.long)
    .map((o) => ({ word: o.long!, description: o.description }));
}

function valueWords(
  program: Command,
  line: Line,
  choices: readonly string[] | undefined,
  kind: ValueKind,
  env: Record<string, string | undefined>,
): Completion {
  const none: Completion = { kind: 'words', prefix: '', words: [] };
  if (choices) return { ...none, words: choices.map((word) => ({ word })) };
  switch (kind) {
    case 'files':
      return { ...none, kind: 'files' };
    case 'dirs':
      return { ...none, kind: 'dirs' };
    case 'zones':
      return { ...none, words: zoneWords() };
    case 'places':
    case 'stations':
      return { ...none, words: placeWords(catalogOf(line, env), kind === 'stations') };
    case 'commands':
      return { ...none, words: commandWords(program).filter((w) => w.word !== 'help') };
    case 'none':
      return none;
  }
}

/** What the operand at the end of the line is: the program's query (or a command), or the command's next argument. */
function operandCompletion(program: Command, line: Line, env: Record<string, string | undefined>): Completion {
  const { command, operands } = line;
  if (command === program && operands[0] === 'help') {
    return valueWords(program, line, undefined, operands.length === 1 ? 'commands' : 'none', env);
  }
  const args: readonly Argument[] = command.registeredArguments;
  const last = args[args.length - 1];
  const arg = args[operands.length] ?? (last?.variadic ? last : undefined);
  if (!arg) return { kind: 'words', prefix: '', words: [] };
  const values = valueWords(program, line, arg.argChoices, kindOf(arg.name()), env);
  if (command === program && operands.length === 0 && !line.afterDashDash)
    return { ...values, words: [...commandWords(program), ...values.words] };
  return values;
}

/** What to offer for `words[cword]`, `words[0]` being the command's own name. */
export function complete(
  program: Command,
  words: string[],
  cword: number,
  env: Record<string, string | undefined>,
): Completion {
  const line = readLine(program, words.slice(1, cword));
  const current = words[cword] ?? '';
  if (!line.pending && !line.afterDashDash && current.startsWith('-')) {
    const eq = current.startsWith('--') ? current.indexOf('=') : -1;
    if (eq < 0) return { kind: 'words', prefix: '', words: optionWords(line.command) };
    const option = findOption(line.command, current.slice(0, eq));
    if (!option || !takesValue(option)) return { kind: 'words', prefix: '', words: [] };
    return {
      ...valueWords(program, line, option.argChoices, kindOf(placeholder(option)), env),
      prefix: current.slice(0, eq + 1),
    };
  }
  if (line.pending) return valueWords(program, line, line.pending.argChoices, kindOf(placeholder(line.pending)), env);
  return operandCompletion(program, line, env);
}

/** The word being typed, without an option's `--name=` in front and without the shell's quoting. */
export function typedValue(words: string[], cword: number): string {
  const current = words[cword] ?? '';
  const eq = current.startsWith('--') ? current.indexOf('=') : -1;
  return unquote(eq < 0 ? current : current.slice(eq + 1));
}

/**
 * bash splits `--format=cs` into `--format`, `=` and `cs` (COMP_WORDBREAKS):
 * joins them again, and gives the index of the word being completed.
 */
export function joinBashWords(words: string[], cword: number): { words: string[]; cword: number } {
  const joined: string[] = [];
  let at = cword;
  for (let i = 0; i < words.length; i++) {
    const previous = joined[joined.length - 1];
    if (words[i] === '=' && i > 0 && previous?.startsWith('--') && !previous.includes('=')) {
      joined[joined.length - 1] += '=';
      if (i <= cword) at--;
      if (i + 1 < words.length && i + 1 <= cword) {
        joined[joined.length - 1] += words[++i]!;
        at--;
      }
    } else joined.push(words[i]!);
  }
  return { words: joined, cword: at };
}

/**
 * The words that start with what was typed, ignoring case; when none does,
 * those that start with it ignoring accents, spaces and punctuation too, as a
 * lookup does ("pyo" → "P'yŏngyang").
 */
export function matching(words: Completion['words'], typed: string): Completion['words'] {
  const lower = typed.toLowerCase();
  const plain = words.filter((w) => w.word.toLowerCase().startsWith(lower));
  const key = normalizeName(typed);
  return plain.length > 0 || key === '' ? plain : words.filter((w) => normalizeName(w.word).startsWith(key));
}

/**
 * The answer as the scripts read it: a first line `kind<TAB>prefix`, then one
 * word a line, with `<TAB>description` for zsh and fish. bash and zsh get only
 * the words that match what was typed; fish matches (and fuzzily) itself, so
 * it gets them all, each with the option's `--name=` in front.
 */
export function completionText(shell: Shell, completion: Completion, typed: string): string {
  // A word the guard would change (a line break, ESC, a bidi override) is left out: the shell would type it raw.
  // A description is only shown: line breaks become spaces, the rest visible escapes.
  const clean = (text: string) => safe(text.replace(/[\t\n\r]+/g, ' '));
  const words = (shell === 'fish' ? completion.words : matching(completion.words, typed)).filter(
    (w) => firstUnsafe(w.word) === undefined,
  );
  const lines = words.map((w) => {
    const word = shell === 'fish' ? completion.prefix + w.word : w.word;
    return shell !== 'bash' && w.description ? `${word}\t${clean(w.description)}` : word;
  });
  return [`${completion.kind}\t${completion.prefix}`, ...lines].map((l) => `${l}\n`).join('');
}
