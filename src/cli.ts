/**
 * The command line: flags in, one core call, one renderer, an exit code out.
 * Exit codes are decided here and nowhere else.
 */
import { Argument, Command, CommanderError, Option } from 'commander';
import { parseCount, parseDay, parseInstant, parseZone } from './input/args.js';
import { loadSchedules, readSchedules, type ScheduleSources } from './input/load.js';
import { collect, scheduleSources, type ScheduleFlags } from './input/sources.js';
import { dataAge, type DataAge } from './domain/age.js';
import { formatIsoDate } from './domain/days.js';
import { lookup } from './domain/lookup.js';
import type { Catalog } from './domain/model.js';
import { DEFAULT_WINDOW_DAYS, MAX_WINDOW_DAYS, type WindowSpec } from './domain/window.js';
import { DataError, UsageError } from './errors.js';
import { parseMonth } from './input/month.js';
import { FORMATS, isStreamFormat, SHELLS, type Format, type Shell } from './render/formats.js';
import { writeJsonLookup } from './render/json.js';
import { jsonRoutes, jsonStations, renderRoutes, renderStations } from './render/listings.js';
import { renderValidate, validateReport } from './render/problems.js';
import { plain, safe, type Paint } from './render/text.js';
import { speakHelp } from './i18n/help.js';
import { chooseLang, isLang, langFlag, LANGS } from './i18n/langs.js';
import { loadMessages } from './i18n/load.js';
import type { Messages } from './i18n/messages.js';
import { localeFor } from './i18n/locale.js';

export const EXIT = { ok: 0, empty: 1, usage: 2, data: 3 } as const;

export interface Io {
  /** Text, or UTF-8 bytes (the streamed JSON). */
  stdout: { write(chunk: string | Uint8Array): unknown; isTTY?: boolean; once?(event: 'drain', listener: () => void): unknown };
  stderr: { write(text: string): unknown };
  env: Record<string, string | undefined>;
  /** The instant taken as now when --now is not given. */
  now(): number;
}

const VERSION = '1.0.0';

interface LookupFlags {
  date?: string;
  until?: string;
  days?: string;
  next?: string;
  json?: boolean;
  format?: Format;
  calendar?: boolean;
  tz?: string;
  now?: string;
  color?: boolean;
  verbose?: boolean;
  quiet?: boolean;
}

/**
 * Chooses colour: --no-color and NO_COLOR turn it off, FORCE_COLOR turns it on, otherwise only on a terminal.
 * chalk is loaded only when colour is on: piped output and --json never pay for it.
 */
async function paintFor(io: Io, colorFlag: boolean | undefined): Promise<Paint> {
  const force = io.env.FORCE_COLOR;
  let level: 0 | 1 | 2 | 3 = io.stdout.isTTY && io.env.TERM !== 'dumb' ? 1 : 0;
  if (force !== undefined) level = force === '0' || force === 'false' ? 0 : (Math.min(3, Math.max(1, Number(force) || 1)) as 1 | 2 | 3);
  if (io.env.NO_COLOR) level = 0;
  if (colorFlag === false) level = 0;
  if (level === 0) return plain;
  const { Chalk } = await import('chalk');
  const chalk = new Chalk({ level });
  return { bold: chalk.bold, dim: chalk.dim, mark: chalk.yellow, heading: chalk.bold.cyan };
}

/** How far `--next` looks when no window is given: far enough for a monthly service announced years ahead. */
const NEXT_WINDOW_YEARS = 10;

function windowFrom(flags: LookupFlags, m: Messages): WindowSpec {
  if (flags.days !== undefined && flags.until !== undefined) throw new UsageError(m.errors.daysWithUntil);
  let days = flags.days === undefined ? DEFAULT_WINDOW_DAYS : parseCount(flags.days, '--days', 1, MAX_WINDOW_DAYS);
  const implicit = flags.next !== undefined && flags.days === undefined && flags.until === undefined;
  if (implicit) days = Math.round(NEXT_WINDOW_YEARS * 365.25);
  return {
    ...(flags.date !== undefined ? { from: parseDay(flags.date, '--date') } : {}),
    ...(flags.until !== undefined ? { until: parseDay(flags.until, '--until') } : {}),
    days,
    ...(implicit ? { openEnded: true } : {}),
  };
}

/** The first `limit` items, lazily. */
function* limited<T>(items: Iterable<T>, limit: number): Generator<T> {
  if (limit <= 0) return;
  let n = 0;
  for (const item of items) {
    yield item;
    if (++n >= limit) return;
  }
}

/** --json is short for --format json; the two may not disagree. */
function formatFrom(flags: LookupFlags, m: Messages): Format {
  if (flags.json && flags.format !== undefined && flags.format !== 'json') throw new UsageError(m.errors.jsonWithFormat(flags.format));
  return flags.json ? 'json' : (flags.format ?? 'table');
}

/** --calendar: whole months from the month of --date (which may be YYYY-MM); one month unless --until or --days says more. */
async function runCalendar(catalog: Catalog, query: string | undefined, destination: string | undefined, flags: LookupFlags, io: Io, m: Messages): Promise<number> {
  if (flags.json || (flags.format ?? 'table') !== 'table' || flags.next !== undefined) throw new UsageError(m.errors.calendarAlone);
  const month = flags.date === undefined ? undefined : parseMonth(flags.date);
  const window = windowFrom({ ...flags, ...(month ? { date: formatIsoDate(month.first) } : {}) }, m);
  const now = flags.now === undefined ? io.now() : parseInstant(flags.now, '--now');
  const where = { ...(query !== undefined ? { query } : {}), ...(destination !== undefined ? { destination } : {}) };
  const { calendarText } = await import('./cli/calendar.js');
  const { text, count } = calendarText(catalog, { ...where, window, now, windowEndGiven: flags.until !== undefined || flags.days !== undefined }, await paintFor(io, flags.color), localeFor(m, catalog.stations));
  io.stdout.write(text);
  return warnIfOld(dataAge(catalog, now), flags, io, count, m);
}

async function runLookup(catalog: Catalog, query: string | undefined, destination: string | undefined, flags: LookupFlags, io: Io, m: Messages): Promise<number> {
  if (flags.calendar) return runCalendar(catalog, query, destination, flags, io, m);
  const format = formatFrom(flags, m);
  const now = flags.now === undefined ? io.now() : parseInstant(flags.now, '--now');
  const window = windowFrom(flags, m);
  const limit = flags.next === undefined ? Number.POSITIVE_INFINITY : parseCount(flags.next, '--next');
  const zone = flags.tz === undefined ? undefined : parseZone(flags.tz, '--tz');
  const l = lookup(catalog, { ...(query !== undefined ? { query } : {}), ...(destination !== undefined ? { destination } : {}), window, now });
  const age = dataAge(catalog, now);
  if (format === 'json') {
    // Streamed: a century of departures is never held in memory.
    const count = writeJsonLookup(l, limited(l.departures(), limit), catalog.lastChecked, (chunk) => io.stdout.write(chunk), age);
    return warnIfOld(age, flags, io, count, m);
  }
  if (isStreamFormat(format)) {
    const { streamDepartures } = await import('./cli/stream.js');
    const count = await streamDepartures(io.stdout, format, l.departures(), limit, { now, lastChecked: catalog.lastChecked, version: VERSION });
    return warnIfOld(age, flags, io, count, m);
  }
  // The table code (render/table.ts, box.ts, string-width) is loaded only for the table.
  const { renderTable } = await import('./render/table.js');
  const options = { paint: await paintFor(io, flags.color), ...(zone ? { zone } : {}), lastChecked: catalog.lastChecked, sourcesUpTo: catalog.sourcesUpTo, verbose: flags.verbose === true, locale: localeFor(m, catalog.stations) };
  const { text, count } = renderTable(l, limited(l.departures(), limit), options);
  io.stdout.write(text);
  return warnIfOld(age, flags, io, count, m);
}

/** After the answer, on stderr only (a pipe of --json or CSV stays clean): the data is old. Gives the exit code for `count` departures. */
function warnIfOld(age: DataAge, flags: LookupFlags, io: Io, count: number, m: Messages): number {
  if (age.warning !== null && !flags.quiet) {
    const upTo = age.sourcesUpTo === null ? null : m.dates.yearMonth(age.sourcesUpTo);
    io.stderr.write(`railnext: ${m.warnings.oldData(m.dates.date(age.lastChecked!), upTo, age.daysSinceChecked!)}\n`);
  }
  return count > 0 ? EXIT.ok : EXIT.empty;
}

/** The schedule flags of a command and of every command above it. */
function scheduleFlagsOf(command: Command): ScheduleFlags[] {
  const chain: ScheduleFlags[] = [];
  for (let c: Command | null = command; c; c = c.parent) chain.push(c.opts<ScheduleFlags>());
  return chain;
}

function runValidate(paths: string[], flags: { json?: boolean; now?: string }, command: Command, io: Io, m: Messages): number {
  const now = flags.now === undefined ? io.now() : parseInstant(flags.now, '--now');
  const { files, problems } = readSchedules(scheduleSources(scheduleFlagsOf(command), io.env, paths), { now });
  const report = validateReport(files, problems);
  io.stdout.write(flags.json ? `${JSON.stringify(report, null, 2)}\n` : renderValidate(report, m));
  return report.ok ? EXIT.ok : EXIT.data;
}

function buildProgram(io: Io, m: Messages, setCode: (code: number) => void, catalog: () => Catalog, setSources: (s: ScheduleSources) => void): Command {
  const program = new Command('railnext');
  program
    .description('When do the next cross-border trains and buses run between Russia, North Korea and China? Offline, in each station\'s own time.')
    .version(VERSION, '-v, --version')
    .helpCommand('help [command]', 'show help for a command')
    .argument('[query]', 'station (any name or script), route or service; every service when omitted')
    .argument('[destination]', 'only services that go on to this station')
    .option('--date <day>', 'first local date: YYYY-MM-DD, today, tomorrow, a weekday (next one) or +N')
    .option('--until <day>', 'last local date, inclusive (same forms)')
    .option('--days <n>', `window length in days (default ${DEFAULT_WINDOW_DAYS}; at most ${MAX_WINDOW_DAYS}, 1000 years)`)
    .option('--next <n>', `only the first n departures (looking up to ${NEXT_WINDOW_YEARS} years ahead unless --days or --until is given)`)
    .option('--json', 'print JSON (see the README for the fields); short for --format json')
    .addOption(new Option('--format <format>', 'output format (default: table)').choices(FORMATS))
    .option('--calendar', 'month grids marking the days each service departs (--date takes YYYY-MM too)')
    .option('--tz <zone>', "show table times in this IANA zone, or 'local', instead of each station's own")
    .option('--now <instant>', 'ISO 8601 instant to use as now, e.g. 2026-12-01T09:00:00+10:00')
    .option('--no-color', 'no colours, even on a terminal')
    .option('--verbose', 'show every note in the table, and stack traces for errors')
    .option('--quiet', 'no warning on stderr when the data was checked over 180 days before --now')
    .showSuggestionAfterError(true)
    .enablePositionalOptions()
    .action(async (query: string | undefined, destination: string | undefined, flags: LookupFlags) => {
      setCode(await runLookup(catalog(), query, destination, flags, io, m));
    });

  // The two listings of the catalogue: the same flags, JSON or text.
  const listing = (name: string, description: string, json: (c: Catalog) => unknown, text: (c: Catalog, paint: Paint, locale: ReturnType<typeof localeFor>) => string) =>
    program
      .command(name)
      .description(description)
      .option('--json', 'print JSON')
      .option('--no-color', 'no colours, even on a terminal')
      .action(async (flags: { json?: boolean; color?: boolean }) => {
        const c = catalog();
        io.stdout.write(flags.json ? `${JSON.stringify(json(c), null, 2)}\n` : text(c, await paintFor(io, flags.color), localeFor(m, c.stations)));
        setCode(EXIT.ok);
      });
  listing('routes', 'every route: when it runs, from when, its status and sources', jsonRoutes, renderRoutes);
  listing('stations', 'every station: names and aliases, country, time zone', jsonStations, renderStations);

  program
    .command('validate')
    .description('check schedule files (the bundled ones, plus these paths): every problem, as file:/json/pointer: message')
    .argument('[paths...]', 'schedule files or folders of *.json to check with the bundled ones')
    .option('--json', 'print the report as JSON')
    .option('--now <instant>', 'ISO 8601 instant to use as now, for the last-checked warning')
    .action((paths: string[], flags: { json?: boolean; now?: string }, command: Command) => {
      setCode(runValidate(paths, flags, command, io, m));
    });

  program
    .command('completion')
    .description('print a shell completion script: source <(railnext completion bash)')
    .addArgument(new Argument('<shell>', 'bash, zsh or fish').choices(SHELLS))
    .action(async (shell: Shell) => {
      const [{ completionScript }, { completionSpec }] = await Promise.all([import('./render/completion.js'), import('./cli/completion.js')]);
      io.stdout.write(completionScript(shell, completionSpec(program, catalog())));
      setCode(EXIT.ok);
    });

  program
    .command('export')
    .description('write the departures of a window as a feed: export gtfs <dir> (a year from today unless --date, --until or --days say otherwise)')
    .addArgument(new Argument('<format>', 'gtfs').choices(['gtfs'] as const))
    .argument('<dir>', 'folder to write the feed into (created when missing)')
    .option('--date <day>', 'first local date (same forms as for a lookup)')
    .option('--until <day>', 'last local date, inclusive')
    .option('--days <n>', 'window length in days (default 365)')
    .option('--now <instant>', 'ISO 8601 instant to use as now')
    .action(async (_format: 'gtfs', dir: string, flags: LookupFlags) => {
      const now = flags.now === undefined ? io.now() : parseInstant(flags.now, '--now');
      const window = windowFrom({ ...flags, days: flags.days ?? (flags.until === undefined ? '365' : undefined) }, m);
      const { exportGtfs } = await import('./cli/export.js');
      const c = catalog();
      const { message, trips } = exportGtfs(c, window, now, dir, VERSION, localeFor(m, c.stations));
      io.stdout.write(message);
      setCode(trips > 0 ? EXIT.ok : EXIT.empty);
    });

  program.hook('preAction', (_program, action) => setSources(scheduleSources(scheduleFlagsOf(action), io.env)));
  for (const command of [program, ...program.commands]) {
    command
      .option('--schedules <path>', 'also load this schedule file or folder of *.json (repeatable; see RAILNEXT_SCHEDULES)', collect)
      .option('--no-bundled', 'leave out the bundled schedules')
      .addOption(new Option('--lang <lang>', 'language of the output').choices(LANGS));
    command.exitOverride();
    command.configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      // Commander's messages become one line: "railnext: unknown option '--dat' (Did you mean --date?)".
      outputError: (text, write) => write(`railnext: ${safe(commanderMessage(text, m))}${m.errors.commander.seeHelp}\n`),
    });
  }
  speakHelp(program, m, { defaultDays: DEFAULT_WINDOW_DAYS, maxDays: MAX_WINDOW_DAYS, nextYears: NEXT_WINDOW_YEARS });
  program.addHelpText('after', m.help.examples);
  return program;
}

/**
 * Commander's error text in railnext's voice and language, on one line:
 * "unknown option '--frmat'; did you mean --format?", "--format: invalid value "xml" (expected table, json, …)".
 */
function commanderMessage(text: string, m: Messages): string {
  const line = text.replace(/^error: /, '').trim().replace(/\n+/g, ' ');
  const mean = / \(Did you mean (.+?)\)$/.exec(line);
  const suggestion = mean ? mean[1]! : null;
  const base = mean ? line.slice(0, mean.index) : line;
  const c = m.errors.commander;
  const term = (name: string) => (Object.hasOwn(m.help.terms, name) ? m.help.terms[name as keyof Messages['help']['terms']] : name);
  let r: RegExpExecArray | null;
  if ((r = /^unknown option '(.+)'$/.exec(base))) return c.unknownOption(r[1]!, suggestion);
  if ((r = /^unknown command '(.+)'$/.exec(base))) return c.unknownCommand(r[1]!, suggestion);
  if ((r = /^missing required argument '(.+)'$/.exec(base))) return c.missingArgument(term(r[1]!));
  if ((r = /^option '(.+)' argument missing$/.exec(base))) return c.optionMissingArgument(r[1]!);
  if ((r = /^too many arguments(?: for '(.+)')?\. Expected (\d+) arguments? but got (\d+)\.$/.exec(base))) return c.excessArguments(r[1] ?? null, Number(r[2]), Number(r[3]));
  if ((r = /^option '(--[\w-]+)[^']*' argument '(.*)' is invalid\. Allowed choices are (.+)\.$/.exec(base))) return c.invalidChoice(r[1]!, r[2]!, r[3]!);
  if ((r = /^command-argument value '(.*)' is invalid for argument '(.+)'\. Allowed choices are (.+)\.$/.exec(base))) return c.invalidChoice(term(r[2]!), r[1]!, r[3]!);
  // A shape commander may add later: its own words, on one line.
  return `${base.replace(/\.$/, '')}${suggestion ? `; did you mean ${suggestion}` : ''}`;
}

/** Runs railnext with `argv` (without node and the script) and returns the exit code. */
export async function main(argv: string[], io: Io): Promise<number> {
  let code: number = EXIT.ok;
  const verbose = argv.includes('--verbose');
  let catalog: Catalog | undefined;
  let sources: ScheduleSources = { bundled: true, groups: [] };
  // The language is needed before commander runs: its help and its errors are worded in it.
  const flag = langFlag(argv);
  const choice = chooseLang(flag !== undefined && isLang(flag) ? flag : undefined, io.env);
  const m = await loadMessages(choice.lang);
  if (choice.warning) io.stderr.write(`railnext: ${safe(m.errors.unknownLangVariable(choice.warning.variable, choice.warning.value, LANGS))}\n`);
  const program = buildProgram(io, m, (c) => (code = c), () => (catalog ??= loadSchedules(sources)), (s) => (sources = s));
  try {
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help' ? EXIT.ok : EXIT.usage;
    }
    if (error instanceof UsageError || error instanceof DataError) {
      // Messages quote schedule files and arguments: escape sequences in them are shown, never obeyed.
      io.stderr.write(`railnext: ${error.message.split('\n').map(safe).join('\n')}\n`);
      if (verbose && error.stack) io.stderr.write(`${error.stack}\n`);
      return error instanceof UsageError ? EXIT.usage : EXIT.data;
    }
    throw error;
  }
}

/** Entry point of the bin: real stdout, stderr, environment and clock. */
export async function run(): Promise<void> {
  // A reader that goes away (`railnext | head -1`) ends the output, not the program with a trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  try {
    process.exitCode = await main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env, now: () => Date.now() });
  } catch (error) {
    const verbose = process.argv.includes('--verbose');
    process.stderr.write(`railnext: internal error: ${(error as Error).message}${verbose ? `\n${(error as Error).stack}` : ' (run with --verbose for details)'}\n`);
    process.exitCode = 70;
  }
}
