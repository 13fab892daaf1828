/**
 * The command line as a declaration: each command's arguments and options,
 * each option's value parsed once by its argParser; the action builds the
 * request and hands it to the command's file in src/cli/commands/, which
 * returns the exit code. Exit codes are decided here and in those files only.
 */
import { Argument, Command, type CommanderError, Option } from 'commander';
import { loadSchedules, type ScheduleSources } from './input/schedule-files.js';
import { collect, scheduleSources, withoutBadVariablePaths, type ScheduleFlags } from './input/sources.js';
import type { Catalog } from './domain/model.js';
import { DEFAULT_WINDOW_DAYS, MAX_WINDOW_DAYS } from './domain/window.js';
import { keepZoneTables, useZoneTableStore } from './domain/zones.js';
import { cacheFolder } from './cache-files.js';
import { fileZoneStore } from './cli/zone-store.js';
import { BadChoiceError, DataError, RailnextError, type LibraryError } from './errors.js';
import { lookupCommand } from './cli/commands/departures.js';
import { distance } from './domain/match.js';
import { columnsOf, EXIT, print, VERSION, type Io } from './cli/io.js';
import { tookPath } from './cli/code-paths.js';
import { OutputError } from './cli/write.js';
import { OptionValueError, userMessage } from './cli/error-messages.js';
import {
  changeFlag,
  changesFlag,
  countFlag,
  dayFlag,
  maxWaitFlag,
  instantFlag,
  lookupRequest,
  NEXT_WINDOW_YEARS,
  nowOf,
  windowDaysFlag,
  windowOf,
  zoneFlag,
  type LookupFlags,
  type WindowFlags,
} from './cli/request.js';
import { COMPLETE_COMMAND } from './render/completion-scripts.js';
import { MODE_CHOICES, SHELLS, type Shell } from './render/formats.js';
import { FORMATS } from './output/registry.js';
import { safe } from './render/text.js';
import { speakHelp } from './cli/help.js';
import { chooseLang, isLang, LANGS } from './i18n/langs.js';
import { loadMessages } from './i18n/catalogues.js';
import type { Messages } from './i18n/messages.js';
import { en } from './i18n/en.js';

export { EXIT, type Io } from './cli/io.js';

/** A value from a fixed list: commander shows the list in the help, the parser refuses anything else with a typed error. */
function oneOf<T extends string>(option: string, choices: readonly T[]): (text: string) => T {
  return (text) => {
    if ((choices as readonly string[]).includes(text)) return text as T;
    throw new OptionValueError(option, new BadChoiceError({ text, choices }));
  };
}

/** The schedule flags of a command and of every command above it. */
function scheduleFlagsOf(command: Command): ScheduleFlags[] {
  const chain: ScheduleFlags[] = [];
  for (let c: Command | null = command; c; c = c.parent) chain.push(c.opts<ScheduleFlags>());
  return chain;
}

/** How a command takes the schedules: `lenient` leaves out a stale RAILNEXT_SCHEDULES path with a warning instead of failing. */
interface RunOptions {
  lenient?: boolean;
}

/**
 * The program; `run` gets each command's exit code, with the catalog its flags name loaded only when the command needs it.
 * Its help is `helpWidth` columns wide.
 */
function declare(
  io: Io,
  m: Messages,
  run: (
    command: Command,
    go: (catalog: () => Catalog) => Promise<number> | number,
    options?: RunOptions,
  ) => Promise<void>,
  helpText: string[],
  helpWidth: number,
): Command {
  const program = new Command('railnext');
  // Every description in the language: help is worded from the catalogue like everything else.
  const h = m.help;
  const o = h.options;
  program
    .description(h.description)
    .version(VERSION, '-V, --version', h.version)
    // -v, the short flag of railnext 1.0, still prints the version (not shown: -V is the usual one).
    .addOption(new Option('-v').hideHelp())
    .helpCommand(`help [${h.terms.command}]`, h.helpCommand)
    .argument('[query]', h.args.query)
    .argument('[destination]', h.args.destination)
    // Under headings in --help, as gh and ripgrep group theirs; --schedules and --no-bundled, declared below, are the data.
    .optionsGroup(h.groups.what)
    .option('--to <station>', o.to)
    .addOption(new Option('--mode <mode>', o.mode).choices(MODE_CHOICES).argParser(oneOf('--mode', MODE_CHOICES)))
    .option('--timed', o.timed)
    .optionsGroup(h.groups.when)
    .addOption(new Option('--date <day>', o.date).argParser(dayFlag('--date')))
    .addOption(new Option('--until <day>', o.until).argParser(dayFlag('--until')))
    .addOption(new Option('--on <day>', o.on).argParser(dayFlag('--on')))
    .addOption(new Option('--days <n>', o.days(DEFAULT_WINDOW_DAYS, MAX_WINDOW_DAYS)).argParser(windowDaysFlag))
    .addOption(new Option('--next <n>', o.next(NEXT_WINDOW_YEARS)).argParser(countFlag('--next')))
    .option('--untimed', o.untimed)
    .addOption(new Option('--now <instant>', o.now).argParser(instantFlag))
    .optionsGroup(h.groups.output)
    .option('--json', o.json)
    .addOption(new Option('--format <format>', o.format).choices(FORMATS).argParser(oneOf('--format', FORMATS)))
    .option('--csv-raw', o.csvRaw)
    .option('--calendar', o.calendar)
    .addOption(new Option('--tz <zone>', o.tz).argParser(zoneFlag))
    .option('--no-color', o.noColor)
    .option('--ascii', o.ascii)
    .option('--verbose', o.verbose)
    .option('--quiet', o.quiet)
    .option('--expand', o.expand)
    .option('--no-pager', o.noPager)
    .optionsGroup(h.groups.journeys)
    .option('--journeys', o.journeys)
    .addOption(new Option('--change <duration>', o.change).argParser(changeFlag))
    .addOption(new Option('--changes <n>', o.changes).argParser(changesFlag))
    .addOption(new Option('--max-wait <duration>', o.maxWait).argParser(maxWaitFlag))
    .addOption(new Option('--arrive-by <day>', o.arriveBy).argParser(dayFlag('--arrive-by')))
    .optionsGroup(h.groups.data)
    .showSuggestionAfterError(true)
    .enablePositionalOptions()
    .action((query: string | undefined, destination: string | undefined, flags: LookupFlags, command: Command) =>
      run(command, (catalog) => {
        // The schedules first: broken data is reported before a bad flag, as it always was.
        const c = catalog();
        return lookupCommand(lookupRequest(query, destination, flags, io), c, io, m);
      }),
    );

  // commander's Command is an EventEmitter; its typings leave out emit.
  program.on('option:v', () => (program as unknown as NodeJS.EventEmitter).emit('option:version'));

  for (const what of ['routes', 'stations'] as const) {
    program
      .command(what)
      .description(h.commands[what])
      .option('--json', o.listingJson)
      .option('--no-color', o.noColor)
      .option('--ascii', o.ascii)
      .addOption(new Option('--now <instant>', o.listingNow).argParser(instantFlag))
      .action(
        (flags: { json?: boolean; color?: boolean; ascii?: boolean; now?: WindowFlags['now'] }, command: Command) =>
          run(command, async (catalog) => {
            const now = nowOf(flags, io);
            const { listingCommand } = await import('./cli/commands/listing.js');
            return listingCommand(
              { what, json: flags.json === true, color: flags.color, ascii: flags.ascii === true, now },
              catalog(),
              io,
              m,
            );
          }),
      );
  }

  program
    .command('validate')
    .description(h.commands.validate)
    .argument('[paths...]', h.args.paths)
    .option('--json', o.validateJson)
    .addOption(new Option('--now <instant>', o.validateNow).argParser(instantFlag))
    .action((paths: string[], flags: { json?: boolean; now?: WindowFlags['now'] }, command: Command) =>
      run(command, async () => {
        const now = nowOf(flags, io);
        const { validateCommand } = await import('./cli/commands/validate.js');
        return validateCommand(
          { sources: scheduleSources(scheduleFlagsOf(command), io.env, paths), now, json: flags.json === true },
          io,
          m,
        );
      }),
    );

  program
    .command('completion')
    .description(h.commands.completion)
    .addArgument(new Argument('<shell>', h.args.shell).choices(SHELLS).argParser(oneOf('shell', SHELLS)))
    .action((shell: Shell, _flags: unknown, command: Command) =>
      run(
        command,
        async () => {
          const { completionCommand } = await import('./cli/commands/completion.js');
          return completionCommand({ shell, command: program.name() }, io);
        },
        // The script loads no schedules, but `source <(railnext completion bash)` is where a stale variable gets noticed: a warning, never a failure.
        { lenient: true },
      ),
    );

  program
    .command('export')
    .description(h.commands.export)
    .addArgument(
      new Argument('<format>', h.args.format).choices(['gtfs'] as const).argParser(oneOf('format', ['gtfs'] as const)),
    )
    .argument('<path>', h.args.dir)
    .option('--force', o.exportForce)
    .addOption(new Option('--date <day>', o.exportDate).argParser(dayFlag('--date')))
    .addOption(new Option('--until <day>', o.exportUntil).argParser(dayFlag('--until')))
    .addOption(new Option('--days <n>', o.exportDays).argParser(windowDaysFlag))
    .addOption(new Option('--now <instant>', o.exportNow).argParser(instantFlag))
    .action((_format: 'gtfs', path: string, flags: WindowFlags & { force?: boolean }, command: Command) =>
      run(command, async (catalog) => {
        const now = nowOf(flags, io);
        const window = windowOf(flags, { defaultDays: 365 });
        const { exportCommand } = await import('./cli/commands/export.js');
        return exportCommand({ path, force: flags.force === true, window, now }, catalog(), io, m);
      }),
    );

  for (const command of [program, ...program.commands]) {
    // The completion script names no station (it asks on each Tab): no schedules to choose.
    if (command.name() !== 'completion')
      command.option('--schedules <path>', o.schedules, collect).option('--no-bundled', o.noBundled);
    // Read by a first pass of commander's over the line (lineOptions), so that help and errors are in the language.
    const lang = new Option('--lang <lang>', o.lang).choices(LANGS).argParser(oneOf('--lang', LANGS));
    if (command === program) lang.helpGroup(h.groups.output);
    // --help (and the program's --version) under the usual heading, after the others.
    command.addOption(lang).optionsGroup('Options:').helpOption('-h, --help', h.help);
    // Every error of commander's is thrown with the command it is about; main() words it from its code, in the language.
    command.exitOverride((error) => {
      throw new CommandLineError(error, command);
    });
    command.configureOutput({
      // Help and version text: printed by main() through the writer once commander is done.
      writeOut: (text) => helpText.push(text),
      // Commander's own English words for an error (and the whole help it prints for an unknown help topic) are not shown.
      writeErr: () => {},
      outputError: () => {},
    });
  }
  speakHelp(program, m, helpWidth);
  return program;
}

/** A CommanderError, and the command whose options and arguments it is about. */
class CommandLineError extends Error {
  constructor(
    readonly error: CommanderError,
    readonly command: Command,
  ) {
    super(error.message, { cause: error });
  }
}

/** Help shown as an error: commander's answer to `railnext help <topic>` when the word after `help` is no command. */
function helpAsError({ error, command }: CommandLineError): boolean {
  const [help, topic] = command.args;
  return (
    error.code === 'commander.help' &&
    command.parent === null &&
    help === 'help' &&
    topic !== undefined &&
    !command.commands.some((c) => c.name() === topic)
  );
}

/**
 * The closest of `candidates` to `word`, as commander picks them for its
 * own suggestions: the fewest edits (at most two) among those similar enough,
 * every tie, sorted; `--` is not counted.
 */
function closest(word: string, candidates: readonly string[]): string[] {
  const skip = word.startsWith('--') ? 2 : 0;
  const typed = word.slice(skip);
  let best = 3;
  let found: string[] = [];
  for (const candidate of new Set(candidates)) {
    const name = candidate.slice(skip);
    if (name.length <= 1) continue;
    const d = distance(typed, name);
    const length = Math.max(typed.length, name.length);
    if ((length - d) / length <= 0.4 || d > best) continue;
    if (d < best) found = [];
    best = d;
    found.push(candidate);
  }
  return found.sort((a, b) => a.localeCompare(b));
}

/**
 * What commander found wrong with `argv`, in the language of `m`, from its
 * error code and what the command it is about holds after reading the line:
 * its operands and unknown words (`args`), its declared arguments and options.
 */
function commandLineMessage(
  { error, command }: CommandLineError,
  argv: readonly string[],
  helpTopic: string,
  m: Messages,
): string {
  const c = m.errors.commander;
  const term = (name: string) =>
    Object.hasOwn(m.help.terms, name) ? m.help.terms[name as keyof Messages['help']['terms']] : name;
  switch (error.code) {
    case 'commander.unknownOption': {
      // commander keeps the refused words after the operands in args: read again, the first of them is the option it refused.
      const option = command.parseOptions(command.args).unknown[0] ?? '';
      // As commander suggests: long options only, from the command's own (an option before a command is the program's).
      const longs = command
        .createHelp()
        .visibleOptions(command)
        .flatMap((o) => (o.long ? [o.long] : []));
      return `${c.unknownOption(option, option.startsWith('--') ? closest(option, longs) : [])}${c.seeHelp}`;
    }
    case 'commander.optionMissingArgument': {
      // An option's value is the word after it: the option missing one is the line's last word.
      const word = argv[argv.length - 1] ?? '';
      return `${c.optionMissingArgument(command.options.find((o) => o.long === word || o.short === word)?.flags ?? word)}${c.seeHelp}`;
    }
    case 'commander.missingArgument': {
      const missing = command.registeredArguments.find((a, i) => a.required && command.args[i] === undefined);
      return `${c.missingArgument(term(missing?.name() ?? ''))}${c.seeHelp}`;
    }
    case 'commander.excessArguments':
      return `${c.excessArguments(command.parent ? command.name() : null, command.registeredArguments.length, command.args.length)}${c.seeHelp}`;
    case 'commander.help': {
      // Help shown as an error: `railnext help <topic>` for a topic that is no command.
      const names = command
        .createHelp()
        .visibleCommands(command)
        .map((sub) => sub.name())
        .filter((name) => name !== 'help');
      return c.unknownHelpTopic(helpTopic, closest(helpTopic.toLowerCase(), names), names);
    }
    default:
      // A kind of error this declaration does not give rise to: commander's own words.
      return error.message;
  }
}

/** An Io that takes everything and prints nothing: a program that is read, not run. */
const SILENT: Io = {
  stdout: { write: (_chunk, done) => (done(), true), once: () => undefined, removeListener: () => undefined },
  stderr: { write: () => true },
  env: {},
  now: () => 0,
};

/**
 * The declared program, to read (its options, commands and help) and not to run: the man page and completion read it,
 * in English, its help never wrapped.
 */
export function describeProgram(io: Io = SILENT): Command {
  return declare(io, en, async () => {}, [], Number.POSITIVE_INFINITY);
}

/** What lineOptions reads. */
export interface LineOptions {
  lang?: string;
  verbose: boolean;
  /** `railnext help [topic]`: the topic as commander reads the words after `help` (`help --lang ru routes` is routes). */
  help?: { topic?: string };
}

/**
 * The options a command line gives the program and the command it names, as
 * commander reads them, in a first pass over the line: --lang is needed
 * before the program is declared in its language, --verbose when railnext
 * fails. Values are left unparsed (a bad one is the real pass's to report)
 * and nothing runs; a line commander refuses gives what it read before.
 */
export function lineOptions(argv: readonly string[]): LineOptions {
  // Each of the three is read from a word of its own (`--lang`, `--lang=…`, `--verbose`, `help`): a line with none of
  // them gives none, without declaring the program once more (a few milliseconds of every start).
  if (!argv.some((word) => word === 'help' || word.startsWith('--lang') || word.startsWith('--verbose')))
    return { verbose: false };
  const program = describeProgram();
  for (const command of [program, ...program.commands])
    for (const option of command.options) option.argParser((value: string) => value);
  let named: Command | undefined;
  let help: LineOptions['help'];
  try {
    let { operands, unknown } = program.parseOptions([...argv]);
    // `railnext help routes --lang ru` is the help of `routes --lang ru`.
    if (operands[0] === 'help') {
      ({ operands, unknown } = program.parseOptions(operands.slice(1)));
      help = operands[0] === undefined ? {} : { topic: operands[0] };
    }
    named = program.commands.find((command) => command.name() === operands[0]);
    named?.parseOptions(unknown);
  } catch (error) {
    if (!(error instanceof CommandLineError)) throw error;
  }
  const lang = named?.opts<{ lang?: string }>().lang ?? program.opts<{ lang?: string }>().lang;
  return {
    ...(lang !== undefined ? { lang } : {}),
    verbose: program.opts<{ verbose?: boolean }>().verbose === true,
    ...(help ? { help } : {}),
  };
}

/** Runs railnext with `argv` (without node and the script) and returns the exit code. */
export async function main(argv: string[], io: Io): Promise<number> {
  let code: number = EXIT.ok;
  let verbose = false;
  if (argv[0] === COMPLETE_COMMAND) {
    tookPath('complete');
    const { completeCommand } = await import('./cli/commands/complete.js');
    return completeCommand(argv.slice(1), describeProgram(io), io);
  }
  // The language is needed before commander runs: its help and its errors are worded in it.
  const line = lineOptions(argv);
  const { lang } = line;
  const choice = chooseLang(lang !== undefined && isLang(lang) ? lang : undefined, io.env);
  const m = await loadMessages(choice.lang);
  if (choice.warning)
    io.stderr.write(
      `railnext: ${safe(m.errors.unknownLangVariable(choice.warning.variable, choice.warning.value, LANGS))}\n`,
    );
  const helpText: string[] = [];
  const program = declare(
    io,
    m,
    async (command, go, options) => {
      if (command.parent) tookPath(command.name());
      verbose = command.optsWithGlobals<{ verbose?: boolean }>().verbose === true;
      let sources: ScheduleSources = scheduleSources(scheduleFlagsOf(command), io.env);
      if (options?.lenient) {
        const checked = withoutBadVariablePaths(sources);
        for (const error of checked.errors)
          io.stderr.write(`railnext: ${safe(m.warnings.leftOut(userMessage(error as LibraryError, m)))}\n`);
        sources = checked.sources;
      }
      let catalog: Catalog | undefined;
      code = await go(() => (catalog ??= loadSchedules(sources, { languages: [choice.lang] })));
    },
    helpText,
    columnsOf(io),
  );
  try {
    try {
      await program.parseAsync(argv, { from: 'user' });
    } finally {
      if (helpText.length) await print(io, helpText.splice(0));
    }
    return code;
  } catch (error) {
    if (error instanceof OutputError) {
      // A reader that goes away (`railnext | head -1`) has what it wanted: not a failure.
      if (error.readerGone) return EXIT.ok;
      io.stderr.write(`railnext: ${safe(m.errors.cannotWrite(error.path ?? null, error.message))}\n`);
      if (verbose && error.stack) io.stderr.write(`${error.stack}\n`);
      return EXIT.output;
    }
    if (error instanceof CommandLineError) {
      if (
        error.error.code === 'commander.helpDisplayed' ||
        error.error.code === 'commander.version' ||
        (error.error.code === 'commander.help' && !helpAsError(error))
      )
        return EXIT.ok;
      // commander takes the word after `help` as its topic, even an option: the topic read past the options is shown when it is one.
      const topic = line.help?.topic;
      const shown =
        helpAsError(error) && (topic === undefined ? program : program.commands.find((c) => c.name() === topic));
      if (shown) {
        shown.outputHelp();
        await print(io, helpText.splice(0));
        return EXIT.ok;
      }
      io.stderr.write(`railnext: ${safe(commandLineMessage(error, argv, topic ?? '', m))}\n`);
      return EXIT.usage;
    }
    if (error instanceof RailnextError) {
      // Messages quote schedule files and arguments: escape sequences in them are shown, never obeyed.
      io.stderr.write(
        `railnext: ${userMessage(error as LibraryError, m)
          .split('\n')
          .map(safe)
          .join('\n')}\n`,
      );
      if (verbose && error.stack) io.stderr.write(`${error.stack}\n`);
      return error instanceof DataError ? EXIT.data : EXIT.usage;
    }
    throw error;
  }
}

/** Entry point of the bin: real stdout, stderr, environment and clock, and zone tables kept in the user's cache folder. */
export async function run(): Promise<void> {
  // The writer reports the errors of its writes; a stream also emits them as events, which must not crash the process.
  process.stdout.on('error', () => {});
  // A message that cannot be written (stderr on a full disk or a closed pipe) is lost, but the exit code still tells what happened.
  process.stderr.on('error', () => {});
  const cache = cacheFolder();
  if (cache !== undefined) useZoneTableStore(fileZoneStore(cache));
  try {
    process.exitCode = await main(process.argv.slice(2), {
      stdout: process.stdout,
      stderr: process.stderr,
      env: process.env,
      now: () => Date.now(),
    });
    keepZoneTables();
    // Everything is written (a pipe or a terminal holds no queued bytes): leave now. Letting the event loop wind
    // down ran the young-generation collection V8 had scheduled, and freed what exit frees anyway, about 2 ms of a
    // lookup on Node 20 (timed in turns with `node -e 0`, 2026-12-07).
    if (process.stdout.writableLength === 0 && process.stderr.writableLength === 0) process.exit();
  } catch (error) {
    const { lang, verbose } = lineOptions(process.argv.slice(2));
    const m = await loadMessages(chooseLang(lang !== undefined && isLang(lang) ? lang : undefined, process.env).lang);
    process.stderr.write(
      `railnext: ${m.errors.internal((error as Error).message, verbose)}${verbose ? `\n${(error as Error).stack}` : ''}\n`,
    );
    process.exitCode = 70;
  }
}
