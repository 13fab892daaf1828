/**
 * The command line as a declaration: each command's arguments and options,
 * each option's value parsed once by its argParser; the action builds the
 * request and hands it to the command's file in src/cli/commands/, which
 * returns the exit code. Exit codes are decided here and in those files only.
 */
import { Argument, Command, CommanderError, Option } from 'commander';
import { loadSchedules, type ScheduleSources } from './input/load.js';
import { collect, scheduleSources, type ScheduleFlags } from './input/sources.js';
import type { Catalog } from './domain/model.js';
import { DEFAULT_WINDOW_DAYS, MAX_WINDOW_DAYS } from './domain/window.js';
import { BadChoiceError, DataError, RailnextError, type LibraryError } from './errors.js';
import { lookupCommand } from './cli/commands/lookup.js';
import { changeFlag, changesFlag, maxWaitFlag } from './cli/journeys.js';
import { checkHelpTopic } from './cli/line.js';
import { EXIT, print, VERSION, type Io } from './cli/io.js';
import { OutputError } from './cli/write.js';
import { OptionValueError, userMessage } from './cli/messages.js';
import { countFlag, dateFlag, dayFlag, instantFlag, lookupRequest, NEXT_WINDOW_YEARS, nowOf, windowDaysFlag, windowOf, zoneFlag, type LookupFlags, type WindowFlags } from './cli/request.js';
import { COMPLETE_COMMAND } from './render/completion.js';
import { FORMATS, SHELLS, type Shell } from './render/formats.js';
import { safe } from './render/text.js';

export { EXIT, type Io } from './cli/io.js';

const EXAMPLES = `
Examples:
  $ railnext khasan                          next two weeks from Khasan
  $ railnext 평양 --date 2026-12-01 --days 31   Pyongyang in December
  $ railnext suifenhe grodekovo --next 3     the next three trains
  $ railnext khasan --date fri --json | jq '.departures[].departure.at'
  $ railnext --tz Europe/Moscow              every service, times in Moscow time
  $ railnext routes                          every route and when it runs
  $ railnext --schedules my.json khasan      your own schedules over the bundled ones
  $ railnext validate my-schedules/          check schedule files, every problem at once
  $ railnext khasan --format ics > k.ics     into a calendar app (--format csv, ndjson too)
  $ railnext khasan --calendar               the days it runs this month, as a grid
  $ railnext export gtfs feed.zip            a year of every service as a GTFS feed (a zip)
  $ source <(railnext completion bash)       tab completion, per command (zsh, fish too)

Dates are local to each departure's station. Marks in the table:
? not published, ~ derived, * low confidence.
Exit codes: 0 departures printed, 1 none in the window, 2 bad usage, 3 bad schedule data.`;

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

/** The program; `run` gets each command's exit code, with the catalog its flags name loaded only when the command needs it. */
function declare(io: Io, run: (command: Command, go: (catalog: () => Catalog) => Promise<number> | number) => Promise<void>, helpText: string[]): Command {
  const program = new Command('railnext');
  program
    .description('When do the next cross-border trains and buses run between Russia, North Korea and China? Offline, in each station\'s own time.')
    .version(VERSION, '-V, --version')
    // -v, the short flag of railnext 1.0, still prints the version (not shown: -V is the usual one).
    .addOption(new Option('-v').hideHelp())
    .helpCommand('help [command]', 'show help for a command')
    .argument('[query]', 'station (any name or script), route or service; every service when omitted')
    .argument('[destination]', 'only services that go on to this station')
    .addOption(new Option('--date <day>', 'first local date: YYYY-MM-DD, today, tomorrow, a weekday (next one) or +N').argParser(dateFlag('--date')))
    .addOption(new Option('--until <day>', 'last local date, inclusive (same forms)').argParser(dayFlag('--until')))
    .addOption(new Option('--days <n>', `window length in days (default ${DEFAULT_WINDOW_DAYS}; at most ${MAX_WINDOW_DAYS}, 1000 years)`).argParser(windowDaysFlag))
    .addOption(new Option('--next <n>', `only the first n departures (looking up to ${NEXT_WINDOW_YEARS} years ahead unless --days or --until is given)`).argParser(countFlag('--next')))
    .option('--json', 'print JSON (see the README for the fields); short for --format json')
    .addOption(new Option('--format <format>', 'output format (default: table)').choices(FORMATS).argParser(oneOf('--format', FORMATS)))
    .option('--csv-raw', "CSV: leave schedule text that starts with = + - @ as it is (no leading ')")
    .option('--calendar', 'month grids marking the days each service departs (--date takes YYYY-MM too)')
    .option('--journeys', 'journeys with changes from the first station to the second, even when a direct one runs')
    .addOption(new Option('--change <duration>', 'least time for a change, e.g. 90m or 2h (default 1h)').argParser(changeFlag))
    .addOption(new Option('--changes <n>', 'at most this many changes in a journey, 0 to 5 (default 2)').argParser(changesFlag))
    .addOption(new Option('--max-wait <duration>', "later legs leave at most this long after the first leg's date, e.g. 30d (default 45d)").argParser(maxWaitFlag))
    .addOption(new Option('--arrive-by <day>', 'journeys arriving by this local date (same forms as --date), those leaving last').argParser(dayFlag('--arrive-by')))
    .option('--to <station>', 'arrivals at this station from anywhere, in the window')
    .addOption(new Option('--tz <zone>', "show table times in this IANA zone, or 'local', instead of each station's own").argParser(zoneFlag))
    .addOption(new Option('--now <instant>', 'ISO 8601 instant to use as now, e.g. 2026-12-01T09:00:00+10:00').argParser(instantFlag))
    .option('--no-color', 'no colours, even on a terminal')
    .option('--verbose', 'show every note in the table, and stack traces for errors')
    .option('--quiet', 'no warning on stderr when the data was checked over 180 days before --now')
    .addHelpText('after', EXAMPLES)
    .showSuggestionAfterError(true)
    .enablePositionalOptions()
    .action((query: string | undefined, destination: string | undefined, flags: LookupFlags, command: Command) =>
      run(command, (catalog) => {
        // The schedules first: broken data is reported before a bad flag, as it always was.
        const c = catalog();
        return lookupCommand(lookupRequest(query, destination, flags, io), c, io);
      }),
    );

  // commander's Command is an EventEmitter; its typings leave out emit.
  program.on('option:v', () => (program as unknown as NodeJS.EventEmitter).emit('option:version'));

  for (const what of ['routes', 'stations'] as const) {
    program
      .command(what)
      .description(what === 'routes' ? 'every route: when it runs, from when, its status and sources' : 'every station: names and aliases, country, time zone')
      .option('--json', 'print JSON')
      .option('--no-color', 'no colours, even on a terminal')
      .action((flags: { json?: boolean; color?: boolean }, command: Command) =>
        run(command, async (catalog) => {
          const { listingCommand } = await import('./cli/commands/listing.js');
          return listingCommand({ what, json: flags.json === true, color: flags.color }, catalog(), io);
        }),
      );
  }

  program
    .command('validate')
    .description('check schedule files (the bundled ones, plus these paths): every problem, as file:/json/pointer: message')
    .argument('[paths...]', 'schedule files or folders of *.json to check with the bundled ones')
    .option('--json', 'print the report as JSON')
    .addOption(new Option('--now <instant>', 'ISO 8601 instant to use as now, for the last-checked warning').argParser(instantFlag))
    .action((paths: string[], flags: { json?: boolean; now?: WindowFlags['now'] }, command: Command) =>
      run(command, async () => {
        const now = nowOf(flags, io);
        const { validateCommand } = await import('./cli/commands/validate.js');
        return validateCommand({ sources: scheduleSources(scheduleFlagsOf(command), io.env, paths), now, json: flags.json === true }, io);
      }),
    );

  program
    .command('completion')
    .description('print a shell completion script: source <(railnext completion bash)')
    .addArgument(new Argument('<shell>', 'bash, zsh or fish').choices(SHELLS).argParser(oneOf('shell', SHELLS)))
    .action((shell: Shell, _flags: unknown, command: Command) =>
      run(command, async () => {
        const { completionCommand } = await import('./cli/commands/completion.js');
        return completionCommand({ shell, command: program.name() }, io);
      }),
    );

  program
    .command('export')
    .description('write the departures of a window as a GTFS feed: export gtfs feed.zip, or a folder (a year from today unless --date, --until or --days say otherwise)')
    .addArgument(new Argument('<format>', 'gtfs').choices(['gtfs'] as const).argParser(oneOf('format', ['gtfs'] as const)))
    .argument('<path>', 'a file ending in .zip, or a folder to write the feed into (created when missing)')
    .option('--force', "replace the feed's files in a folder that is not empty, or a zip file that exists")
    .addOption(new Option('--date <day>', 'first local date (same forms as for a lookup)').argParser(dateFlag('--date')))
    .addOption(new Option('--until <day>', 'last local date, inclusive').argParser(dayFlag('--until')))
    .addOption(new Option('--days <n>', 'window length in days (default 365)').argParser(windowDaysFlag))
    .addOption(new Option('--now <instant>', 'ISO 8601 instant to use as now').argParser(instantFlag))
    .action((_format: 'gtfs', path: string, flags: WindowFlags & { force?: boolean }, command: Command) =>
      run(command, async (catalog) => {
        const now = nowOf(flags, io);
        const window = windowOf(flags, { defaultDays: 365 });
        const { exportCommand } = await import('./cli/commands/export.js');
        return exportCommand({ path, force: flags.force === true, window, now }, catalog(), io);
      }),
    );

  for (const command of [program, ...program.commands]) {
    // The completion script names no station (it asks on each Tab): no schedules to choose.
    if (command.name() !== 'completion') {
      command
        .option('--schedules <path>', 'also load this schedule file or folder of *.json (repeatable; see RAILNEXT_SCHEDULES)', collect)
        .option('--no-bundled', 'leave out the bundled schedules');
    }
    command.exitOverride();
    command.configureOutput({
      // Help and version text: printed by main() through the writer once commander is done.
      writeOut: (text) => helpText.push(text),
      writeErr: (text) => io.stderr.write(text),
      // Commander's own errors (unknown option or command, too many arguments) as one line:
      // "railnext: unknown option '--dat'; did you mean --date? (see railnext --help)".
      outputError: (text, write) => write(`railnext: ${safe(oneLine(text))} (see railnext --help)\n`),
    });
  }
  return program;
}

/** Commander's error text on one line, its "(Did you mean …?)" run on after a semicolon. */
function oneLine(text: string): string {
  return text
    .replace(/^error: /, '')
    .trim()
    .replace(/\n+\(Did you mean (.+?)\)$/, '; did you mean $1')
    .replace(/\n+/g, ' ')
    .replace(/\.$/, '');
}

/** An Io that takes everything and prints nothing: a program that is read, not run. */
const SILENT: Io = {
  stdout: { write: (_chunk, done) => (done(), true), once: () => undefined, removeListener: () => undefined },
  stderr: { write: () => true },
  env: {},
  now: () => 0,
};

/** The declared program, to read (its options, commands and help) and not to run: the man page and completion read it. */
export function describeProgram(io: Io = SILENT): Command {
  return declare(io, async () => {}, []);
}

/** Runs railnext with `argv` (without node and the script) and returns the exit code. */
export async function main(argv: string[], io: Io): Promise<number> {
  let code: number = EXIT.ok;
  let verbose = false;
  if (argv[0] === COMPLETE_COMMAND) {
    const { completeCommand } = await import('./cli/commands/complete.js');
    return completeCommand(argv.slice(1), describeProgram(io), io);
  }
  const helpText: string[] = [];
  const program = declare(io, async (command, go) => {
    verbose = command.optsWithGlobals<{ verbose?: boolean }>().verbose === true;
    const sources: ScheduleSources = scheduleSources(scheduleFlagsOf(command), io.env);
    let catalog: Catalog | undefined;
    code = await go(() => (catalog ??= loadSchedules(sources)));
  }, helpText);
  try {
    checkHelpTopic(program, argv);
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
      io.stderr.write(`railnext: cannot write ${error.path ?? 'output'}: ${error.message}\n`);
      if (verbose && error.stack) io.stderr.write(`${error.stack}\n`);
      return EXIT.output;
    }
    if (error instanceof CommanderError) {
      return error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help' ? EXIT.ok : EXIT.usage;
    }
    if (error instanceof RailnextError) {
      // Messages quote schedule files and arguments: escape sequences in them are shown, never obeyed.
      io.stderr.write(`railnext: ${userMessage(error as LibraryError).split('\n').map(safe).join('\n')}\n`);
      if (verbose && error.stack) io.stderr.write(`${error.stack}\n`);
      return error instanceof DataError ? EXIT.data : EXIT.usage;
    }
    throw error;
  }
}

/** Entry point of the bin: real stdout, stderr, environment and clock. */
export async function run(): Promise<void> {
  // The writer reports the errors of its writes; a stream also emits them as events, which must not crash the process.
  process.stdout.on('error', () => {});
  try {
    process.exitCode = await main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env, now: () => Date.now() });
  } catch (error) {
    const verbose = process.argv.includes('--verbose');
    process.stderr.write(`railnext: internal error: ${(error as Error).message}${verbose ? `\n${(error as Error).stack}` : ' (run with --verbose for details)'}\n`);
    process.exitCode = 70;
  }
}
