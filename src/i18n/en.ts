/**
 * English, railnext's own language. Always loaded, so it uses no Intl at all:
 * dates are composed from the integer calendar (the first Intl formatter of a
 * process costs ICU's set-up, and start-up is budgeted).
 */
import {
  formatDayLabel,
  formatIsoDate,
  fromEpochDay,
  MONTH_LABELS,
  WEEKDAY_LABELS,
  WEEKDAY_WORDS,
} from '../domain/days.js';
import { didYouMeanInEnglish } from '../errors.js';
import { numberFormat } from './intl.js';
import type { Messages, Mode } from './messages.js';

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** English cardinal plurals, CLDR's rule for whole numbers, without Intl. */
const plural = (n: number, one: string, other: string): string => `${n} ${n === 1 ? one : other}`;
/**
 * 36525 as 36,525. One formatter, made on first use, for every count, distance and amount: toLocaleString made a
 * new one at each call, and a century as iCalendar writes a fare 340,000 times (3.4 s of its 11 s on Node 20).
 */
const numbers = numberFormat('en-US');
const group = (n: number): string => numbers().format(n);

const list = (items: readonly string[], word: string): string =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${word} ${items[items.length - 1]}`;

/** "train", "bus with a published time": what --mode and --timed keep. */
const filtered = (mode: Mode | null, timed: boolean): string =>
  `${mode ?? 'service'}${timed ? ' with a published time' : ''}`;

function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}

/** "7–20 Dec", "27 Nov – 10 Dec", "27 Dec 2026 – 3 Jan 2027": the month (and year) said once when both ends share the month. */
function dayRange(first: number, last: number, withYear: boolean): string[] {
  const a = fromEpochDay(first);
  const b = fromEpochDay(last);
  const end = `${b.day} ${MONTH_LABELS[b.month - 1]}${withYear ? ` ${b.year}` : ''}`;
  if (a.year === b.year && a.month === b.month) return [`${a.day}–${end}`];
  return [`${a.day} ${MONTH_LABELS[a.month - 1]}${withYear ? ` ${a.year}` : ''} – `, end];
}

/** "; did you mean --date?", "; did you mean one of --days, --date?", or nothing. */
const didYouMean = (names: readonly string[]): string =>
  names.length === 0 ? '' : `; did you mean ${names.length > 1 ? `one of ${names.join(', ')}` : names[0]}?`;

export const en: Messages = {
  lang: 'en',
  dates: {
    dayLabel: formatDayLabel,
    shortDayLabel: (epochDay) => formatDayLabel(epochDay).replace(/ \d+$/, ''),
    dayRange,
    date: formatIsoDate,
    monthTitle: (year, month) => `${MONTH_NAMES[month - 1]} ${year}`,
    weekdayHeads: () => ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'],
    yearMonth: (text) => text,
  },
  andList: (items) => list(items, 'and'),
  orList: (items) => list(items, 'or'),

  mode: { train: 'train', bus: 'bus', road: 'road', cableway: 'cableway', river: 'river' },
  statusWithNote: (status, note) => `${status}, ${note}`,
  status: {
    running: 'running',
    announced: 'announced',
    planned: 'planned',
    suspended: 'suspended',
    seasonal: 'seasonal',
    reported: 'reported',
  },
  confidence: { high: 'high', medium: 'medium', low: 'low' },
  duration(days, hours, minutes) {
    if (days > 0) return hours === 0 ? `${days} d` : `${days} d ${hours} h`;
    if (hours > 0) return minutes === 0 ? `${hours} h` : `${hours} h ${minutes} min`;
    return `${minutes} min`;
  },
  timesPerDay: (n) => `${n} a day`,

  rules: {
    daily: 'daily',
    weekly: (days) => en.andList(days.map((d) => `${WEEKDAY_WORDS[d - 1]}s`)),
    monthly: (days) => `the ${en.andList(days.map(ordinal))} of each month`,
    withCount: (rule, perDay) => `${rule}, ${en.timesPerDay(perDay)}`,
  },

  table: {
    heads: {
      date: 'Date',
      departs: 'Departs',
      fromTo: 'From → To',
      arrives: 'Arrives',
      journey: 'Journey',
      service: 'Service',
      leaves: 'Leaves',
    },
    legend: (parts) => `${parts.join('; ')}.`,
    localTimes: (groups) => `Local times: ${groups.join('; ')}.`,
    timesInZone: (zone) => `Times in ${zone}.`,
    clockBehind: (to, from, duration) => `${to}'s clock is ${duration} behind ${from}'s.`,
    countdown: (duration) => (duration === null ? 'now' : `in ${duration}`),
    nextDeparture: (countdown, departure) => `Next departure ${countdown}: ${departure}.`,
    boardTitle: 'Next departure on each route',
    asOf: (date) => `as of ${date}`,
    car: (run) => `${run} car`,
    moreRoutes: (n) =>
      `${n === 1 ? '1 more route has' : `${n} more routes have`} no published timetable: see \`railnext routes\`.`,
    marks: { unknown: 'not published', derived: 'derived from the journey time', low: 'low confidence' },
    allServices: 'All services',
    departuresFrom: (station) => `Departures from ${station}`,
    timesLocal: '  (times local to each station)',
    timesIn: (zone) => `  (times in ${zone})`,
    service: (mode, number, status, cars) =>
      `${mode}${number ? ` ${number}` : ''}${status ? ` (${status})` : ''}${cars ? `, ${cars}` : ''}`,
    throughCars: (from, to) =>
      `through cars ${[from.length ? `from ${en.andList(from)}` : '', to.length ? `to ${en.andList(to)}` : ''].filter(Boolean).join(' and ')}`,
    carArrives: (car, when) => `${car}: arr. ${when}`,
    cars: (parts) => parts.join(', '),
    perDay: (cell, n) => `${cell} (${en.timesPerDay(n)})`,
    runDays: (range, days) => [
      ...range.slice(0, -1),
      `${range[range.length - 1]}, `,
      days ? days.map((d) => WEEKDAY_LABELS[d - 1]).join(', ') : 'daily',
    ],
    laterDays: (n) => `+${n} d`,
    noDeparturesOn: (date) => `No departures on ${date}.`,
    noDeparturesBetween: (first, last) => `No departures from ${first} to ${last}.`,
    nextOne: (departure) => `The next one is ${departure}.`,
    noneInTenYears: 'None is scheduled in the ten years after it either.',
    departure: (when, time, service) =>
      `${when ?? 'on a date not published'}${time === null ? ' (time not published)' : ` at ${time}`}, ${service}`,
    dateIsStationsOwn: (zone) => `A date without a time is the station's own, not ${zone}'s.`,
  },

  fares: {
    line: (text) => `Fare: ${text}.`,
    fare: (qualifier, amount, currency, covers, confidence, sources) =>
      `${{ exact: '', from: 'from ', about: 'about ', over: 'over ' }[qualifier]}${amount} ${currency}, ${covers} (${confidence} confidence${sources.length ? `; ${sources.join('; ')}` : ''})`,
    amount: group,
    undated: 'undated',
    sourcesHeading: 'Sources:',
  },

  travel: {
    heading: {
      tickets: (route) => (route ? `Tickets, ${route}:` : 'Tickets:'),
      entry: (route) => (route ? `Who may ride, entry and visas, ${route}:` : 'Who may ride, entry and visas:'),
    },
    fact: (text, asOf, until, confidence, sources) =>
      `${text} (as of ${asOf}${until ? (until.ended ? `; its end date, ${until.date}, has passed and nothing later is known` : `; until ${until.date}`) : ''}; ${confidence} confidence${sources.length ? `; ${sources.join('; ')}` : ''})`,
  },

  overdue: {
    month: (text) => {
      const [year, month] = text.split('-');
      return month === undefined ? text : `${MONTH_NAMES[Number(month) - 1]} ${year}`;
    },
    due: (when) => `due ${when}; no opening reported since`,
    announced: (when) => `due ${when}; no run reported since`,
    of: (name, overdue) => `${name}: ${overdue}.`,
  },

  footer: {
    sources: (items) => `Sources: ${items.join('; ')}.`,
    lastChecked: (date, upTo) => `Data last checked ${date}${upTo ? ` (sources up to ${upTo})` : ''}.`,
  },

  nearest: {
    boardNear: (from, to) => `Nearest stations with a service to ${to} (straight-line distance from ${from}):`,
    alightNear: (from, to) => `Nearest stations to ${to} that a service from ${from} reaches (straight-line distance):`,
    noneNear: (from, to, distance) => `No station within ${distance} of ${from} has a service to ${to}.`,
    unplaced: (station) => `The schedules give no coordinates for ${station}, so no station near it can be named.`,
    station: (name, distance, services) => `${name}, ${distance}: ${services.join('; ')}`,
    service: (name, mode, remarks) => `${name} ${mode}${remarks.length ? ` (${remarks.join('; ')})` : ''}`,
    datesNotPublished: 'dates not published there',
    datesNotPublishedAt: (station) => `dates not published at ${station}`,
    km: (n) => `${group(n)} km`,
    routes: (from, to) => `Routes without a timetable that mention ${from} or ${to}:`,
    route: (name, status) => `${name} (${status})`,
  },

  lookup: {
    callsUnpublished: (service, mode) =>
      `The ${service} ${mode} also calls here; its dates and times here are not published.`,
    noServiceBetween: (from, to) => `No service in the schedules runs from ${from} to ${to}.`,
    noServiceFrom: (station) => `No service in the schedules leaves ${station}.`,
    noPublishedDates: 'No departures with published dates.',
    noKnownService: 'No scheduled service is known.',
    emptyRoute: (route, status) => `${route} (${status}): no scheduled service is known.`,
    noFilteredFrom: (station, mode, timed) => `No ${filtered(mode, timed)} in the schedules leaves ${station}.`,
    noFilteredBetween: (from, to, mode, timed) =>
      `No ${filtered(mode, timed)} in the schedules runs from ${from} to ${to}.`,
    noFiltered: (scope, mode, timed) =>
      scope === null ? `No ${filtered(mode, timed)} in the schedules.` : `${scope}: no ${filtered(mode, timed)}.`,
  },

  routes: {
    header: (id, mode, status) => `${id} · ${mode} · ${status}`,
    service: (name, number, rule, from, until, status, confidence) =>
      `${name}${number ? ` ${number}` : ''}: ${rule}, ${from}${until ? ` until ${until}` : ''} (${status}, ${confidence} confidence)`,
    firstFrom: (date) => `from ${date}`,
    neverFrom: (date) => `never runs from ${date}`,
    noService: 'No scheduled service is known.',
    fromFile: (path) => `From ${path}.`,
  },

  stations: {
    line: (name, country, zone) => `${name}, ${country}, ${zone}`,
  },

  calendar: {
    timeNotPublished: 'time not published',
    timesNotPublished: 'times not published',
    noDeparture: (first, last) => `No departure from ${first} to ${last}.`,
    legend: '[d] a departure on that date, local to the departing station',
    legendIn: (zone) => `[d] a departure on that date in ${zone} (a date without a time is the station's own)`,
  },

  ics: {
    eventTitle: (mode, number, from, to, untimed) =>
      `${mode.charAt(0).toUpperCase()}${mode.slice(1)}${number ? ` ${number}` : ''} ${from} → ${to}${untimed === null ? '' : untimed > 1 ? ` (${untimed} a day, times not published)` : ' (time not published)'}`,
    route: (name) => `Route: ${name}.`,
    event(arrives, station, date, time) {
      const where = `${arrives ? 'Arrives' : 'Departs'} ${station}`;
      if (time)
        return `${where} on ${date} at ${time.time} (UTC${time.offset}, ${time.zone})${time.derived ? ', derived from the journey time' : ''}${time.published ? `; published as ${time.published}` : ''}.`;
      return date === null
        ? `${where}: the date and time are not published.`
        : `${where} on ${date}: the time is not published.`;
    },
    perDay: (n) => `${n} departures a day.`,
    journey: (duration) => `Journey: ${duration}.`,
    status: (status, note, confidence) => `Status: ${status}${note ? ` (${note})` : ''}; confidence: ${confidence}.`,
    runsAs: (numbers) => `Runs as ${numbers.join(', then ')}.`,
    throughCars: (from, to) =>
      `Through cars ${[from.length ? `from ${list(from, 'and')}` : '', to.length ? `to ${list(to, 'and')}` : ''].filter(Boolean).join(' and ')}.`,
    fareLine: (fare) => `Fare: ${fare}.`,
    sources: (sources) => `Sources: ${sources.join('; ')}.`,
    leg: (journey, status, n, legs) => `Journey ${journey} (${status}), leg ${n}/${legs}: `,
    change: (station, status, arriveBy, wait) =>
      `Then change at ${station} (${status}${arriveBy ? `; it works if the arrival is by ${arriveBy}` : ''}); wait ${wait}.`,
    waitRange: (min, max) => `${min} to ${max ?? 'unknown'}`,
  },

  warnings: {
    droppedServices: (file, route, services) =>
      `warning: ${file} replaces the route "${route}" without ${services.length === 1 ? `its service ${services[0]}, which is` : `its services ${services.join(', ')}, which are`} not listed (\`railnext validate\` says more)`,
    leftOut: (message) => `warning: ${message} (left out)`,
    untimedSkipped: (n) =>
      `--next passed over ${group(n)} ${n === 1 ? 'departure' : 'departures'} whose time is not published; --untimed counts them too`,
    oldData: (date, upTo, days) =>
      `warning: the schedules were last checked ${date}${upTo ? ` (sources up to ${upTo})` : ''}, ${days} days ago: times may have changed. Update with \`npm install -g railnext@latest\`, or load newer schedules with --schedules.`,
  },

  journeys: {
    leaving: (from, to, first, last) =>
      `${from} → ${to}, leaving ${first === last ? `on ${first}` : `from ${first} to ${last}`}`,
    arrivingBy: (from, to, date) => `${from} → ${to}, arriving by ${date}`,
    arrivalsAt: (station, first, last) =>
      `Arrivals at ${station} ${first === last ? `on ${first}` : `from ${first} to ${last}`}`,
    heading: (n, sure, changes, duration) =>
      `Journey ${n} · ${sure ? 'sure' : 'possible'} · ${changes === 0 ? 'direct' : plural(changes, 'change', 'changes')} · ${duration}`,
    sure: 'sure',
    possible: 'possible',
    changeAt: (station, status) => `change at ${station} (${status})`,
    wait: (span) => `wait ${span}`,
    between: (min, max) => `${min} to ${max}`,
    atLeast: (min) => `at least ${min}`,
    notKnown: 'not known',
    worksIf: (service, mode, time, date) => `works if the ${service} ${mode} is in by ${time} on ${date}`,
    worksIfUnpublished: 'works only if the times not published allow it',
    orLater: (day) => `${day} or later`,
    span: 'a range of dates: not published, bounded by the stops before and after',
    spanInZone: 'a range of dates: the time is not published, and on this clock it may fall on any of them',
    nothingArrives: (station) => `Nothing arrives at ${station} in that time.`,
    noneLeaves: (from, to, n) =>
      `No journey with at most ${plural(n, 'change', 'changes')} leaves ${from} for ${to} in that time.`,
    noneReaches: (from, to, n, date) =>
      `No journey with at most ${plural(n, 'change', 'changes')} reaches ${to} from ${from} by ${date}.`,
    noneInThreeMonths: 'None leaves in the three months after it either.',
    noneFits: (options) => `No journey fits these options (${options.join(', ')}).`,
    optionChange: (duration) => `change time ${duration}`,
    optionChanges: (n) => `at most ${plural(n, 'change', 'changes')}`,
    optionMaxWait: (days) => `longest wait ${plural(days, 'day', 'days')}`,
    nextLeave: (count, day) => `The next ${count === 1 ? 'journey leaves' : 'journeys leave'} on ${day}:`,
    domestic: 'Domestic trains are not covered: the schedules hold cross-border services only.',
    meaning: (change) =>
      `sure: every change leaves at least ${change}, whatever the times not published turn out to be; possible: it does only for some of them.`,
    errors: {
      maxWait: (max, got) => `--max-wait: at most a year (${max}d), got ${got}d`,
      calendar: '--calendar does not go with journeys',
      toWithOrigin:
        '--to lists arrivals from anywhere: give no station before it (for one origin, name both: railnext FROM TO)',
      toWithArriveBy: '--to and --arrive-by cannot be used together',
      arriveByWithWindow: '--arrive-by sets the dates itself: it does not go with --date, --until, --on or --days',
      twoStations: 'journeys go from one station to another: railnext FROM TO --journeys',
      windowLimit: (max, got) =>
        `journeys are planned over at most ${group(max)} days of first departures, and this window has ${group(got)}: shorten it with --days or --until`,
      servicesLimit: (max, got) =>
        `journeys are planned over at most ${group(max)} services, and the schedules hold ${group(got)}: load fewer with --schedules and --no-bundled`,
      stopsLimit: (max, service, got) =>
        `journeys are planned over services of at most ${group(max)} stops, and ${service} has ${group(got)}: load fewer with --schedules and --no-bundled`,
    },
  },

  validate: {
    summary: (files, errors, warnings) =>
      `${plural(files, 'file', 'files')} checked: ${errors === 0 && warnings === 0 ? 'no problems' : `${plural(errors, 'error', 'errors')}, ${plural(warnings, 'warning', 'warnings')}`}.`,
    problemsInSchedules: (n) => `${n} problems in the schedules:`,
    didYouMean: didYouMeanInEnglish,
  },

  gtfs: {
    wrote: (dir, trips, days, first, last) =>
      `Wrote a GTFS feed to ${dir}: ${trips} trips on ${days} service days from ${first} to ${last}.`,
    leftOut: (services) => `Left out, too few published times for a trip: ${services.join(', ')}.`,
  },

  errors: {
    invalidPlaceName: (query, wanted) => `"${query}" is not a ${wanted} name`,
    queryTooLong: (wanted, length, max) =>
      `a ${wanted} name of ${length} characters is longer than any name can be (${max}; see \`railnext stations\`)`,
    unknownPlace: (query, wanted, suggestions) =>
      `unknown ${wanted} "${query}"${suggestions.length ? `; did you mean ${en.orList(suggestions)}?` : ''} (see \`railnext stations\`)`,
    ambiguousPlace: (query, candidates) => `"${query}" could be ${en.orList(candidates)}; please be more specific`,
    notAStation: (query, kind) => `"${query}" is a ${kind}, not a station`,
    destinationNeedsStation: (query, kind) => `a destination goes with a station; "${query}" is a ${kind}`,
    windowBackwards: (until, first) => `--until ${until} is before the start of the window (${first})`,
    windowOutOfRange: (first, last, earliest, latest) =>
      `the window from ${first} to ${last} goes outside the dates railnext covers, ${earliest} to ${latest}`,
    windowTooLong: (first, last, years, maxDays) =>
      `the window from ${first} to ${last} is longer than ${years} years (${maxDays} days)`,
    badDate: (text, noSuchDate) =>
      `invalid day "${text}" (${noSuchDate ? 'no such date' : 'expected YYYY-MM-DD, a month YYYY-MM, today, tomorrow, a weekday such as mon, or +N'})`,
    badCount: (text, min, max) =>
      `expected a whole number ${max === null ? `of at least ${min}` : `from ${min} to ${max}`}, got "${text}"`,
    badInstant: (text) =>
      `invalid instant "${text}" (expected ISO 8601 with an offset, such as 2026-12-01T09:00:00+10:00 or 2026-12-01T00:00:00Z)`,
    unknownZone: (text, suggestion) =>
      `unknown time zone "${text}"${suggestion ? `; did you mean ${suggestion}?` : ''} (expected an IANA zone such as Asia/Vladivostok, or local)`,
    badChoice: (text, choices) => `invalid value "${text}" (expected ${choices.join(', ')})`,
    schedulesNotFound: (path, variable) => `${variable ?? 'schedules'}: no such file or folder "${path}"`,
    schedulesUnreadable: (path, reason, variable) =>
      `${variable ?? 'schedules'}: cannot read the folder "${path}" (${reason})`,
    schedulesEmptyFolder: (path, variable) => `${variable ?? 'schedules'}: no *.json files in the folder "${path}"`,
    onWithWindow: '--on gives the one day (or month) to show: it does not go with --date, --until or --days',
    filtersWithJourneys: '--mode and --timed filter departures: they do not go with journeys yet',
    timedWithUntimed: '--timed leaves out the departures whose time is not published, --untimed counts them: give one',
    daysWithUntil: '--days and --until cannot be used together',
    jsonWithFormat: (format) => `--json and --format ${format} cannot be used together`,
    calendarAlone: '--calendar prints month grids: it does not go with --json, --format or --next',
    cannotWriteFeed: (dir, reason) => `cannot write the feed to ${dir}: ${reason}`,
    cannotWrite: (path, reason) => `cannot write ${path ?? 'output'}: ${reason}`,
    feedPathIsFile: (dir, path) => `cannot write the feed to ${dir}: ${path} is a file, not a folder`,
    csvRawNeedsCsv: '--csv-raw goes with --format csv only',
    feedPathEmpty: 'export gtfs needs a folder or a file ending in .zip to write to, not an empty path',
    feedPathDash:
      "export gtfs writes files, not standard output: give a folder or a file ending in .zip instead of '-'",
    feedFolderIsCurrent: (dir) =>
      `cannot replace the feed in ${dir}: it is the current folder or holds it, and the new feed takes the folder's place; run the export from outside it`,
    feedFolderNotEmpty: (dir) =>
      `${dir} is not empty: add --force to replace the feed's files in it (other files are left alone)`,
    feedZipExists: (path) => `${path} already exists: add --force to replace it`,
    feedZipIsFolder: (path) => `cannot write the feed to ${path}: it is a folder, not a file`,
    mentionedBy: (query, routes) =>
      `"${query}" is not a station of the schedules, but it is mentioned by ${routes
        .map(
          (r) =>
            `${r.name} (${r.status}, ${r.departuresListed ? 'departures listed' : 'no departures listed'}; \`railnext routes\`)${r.stations.length ? `, naming the stations ${r.stations.join(', ')}` : ''}`,
        )
        .join('; and by ')}.`,
    covers: (crossings) =>
      `railnext covers the border crossings ${crossings.join(', ')} and the stations of the services through them.`,
    noRunningService: 'No running service is loaded.',
    andThen: (error, sentence) => `${error}. ${sentence}`,
    unknownLangVariable: (variable, value, choices) =>
      `${variable}: unknown language "${value}" (expected ${en.orList(choices)}); using the locale's or English`,
    internal: (message, verbose) => `internal error: ${message}${verbose ? '' : ' (run with --verbose for details)'}`,
    commander: {
      unknownOption: (option, suggestions) => `unknown option '${option}'${didYouMean(suggestions)}`,
      unknownHelpTopic: (topic, suggestions, commands) =>
        `help: unknown command '${topic}'${suggestions.length ? didYouMean(suggestions) : ` (the commands are ${commands.join(', ')})`}`,
      missingArgument: (name) => `missing required argument '${name}'`,
      optionMissingArgument: (option) => `option '${option}' argument missing`,
      excessArguments: (command, expected, got) =>
        `too many arguments${command ? ` for '${command}'` : ''}. Expected ${expected} argument${expected === 1 ? '' : 's'} but got ${got}`,
      seeHelp: ' (see railnext --help)',
    },
  },

  help: {
    titles: {
      usage: 'Usage:',
      arguments: 'Arguments:',
      options: 'Options:',
      commands: 'Commands:',
      globalOptions: 'Global Options:',
    },
    description:
      "When do the next cross-border trains and buses run between Russia, North Korea and China? Offline, in each station's own time.",
    version: 'output the version number',
    help: 'display help for command',
    helpCommand: 'show help for a command',
    choices: (items) => ` (choices: ${items})`,
    args: {
      query: 'station (any name or script), route or service; every service when omitted',
      destination: 'only services that go on to this station',
      paths: 'schedule files or folders of *.json to check with the bundled ones',
      shell: 'bash, zsh or fish',
      format: 'gtfs',
      dir: 'a file ending in .zip, or a folder to write the feed into (created when missing)',
    },
    terms: {
      options: 'options',
      command: 'command',
      query: 'query',
      destination: 'destination',
      paths: 'paths',
      shell: 'shell',
      format: 'format',
      dir: 'dir',
      day: 'day',
      n: 'n',
      zone: 'zone',
      instant: 'instant',
      path: 'path',
      lang: 'lang',
    },
    options: {
      date: 'first local date: YYYY-MM-DD, today, tomorrow, a weekday (next one), +N, or a month YYYY-MM (alone: the whole month)',
      until: 'last local date, inclusive (same forms; a month: through its last day)',
      days: (defaultDays, maxDays) => `window length in days (default ${defaultDays}; at most ${maxDays}, 1000 years)`,
      next: (years) =>
        `only the first n departures with a known time (looking up to ${years} years ahead unless --days or --until is given)`,
      json: 'print JSON (fields in docs/json.md); short for --format json',
      format: 'output format (default: table)',
      calendar: 'month grids marking the days each service departs (this month and the next unless dates are given)',
      on: 'exactly this day, or this month (same forms); not with --date, --until or --days',
      mode: 'only trains or only buses',
      timed: 'only departures with a known time (leaves out the bus rows with times not published)',
      untimed: 'with --next: count the departures whose time is not published too',
      journeys: 'journeys with changes from the first station to the second, even when a direct one runs',
      change: 'least time for a change, e.g. 90m or 2h (default 1h)',
      changes: 'at most this many changes in a journey, 0 to 5 (default 2)',
      maxWait: "later legs leave at most this long after the first leg's date, e.g. 30d (default 45d)",
      arriveBy: 'journeys arriving by this local date (same forms as --date), those leaving last',
      to: 'arrivals at this station from anywhere, in the window',
      tz: "show table times in this IANA zone, or 'local', instead of each station's own",
      now: 'ISO 8601 instant to use as now, e.g. 2026-12-01T09:00:00+10:00',
      noColor: 'no colours, even on a terminal',
      expand:
        'one table row per departure, even for departures that differ only in date (a bus with no published time)',
      noPager: 'never page long output on a terminal (default: RAILNEXT_PAGER, then PAGER, then less -FRX)',
      ascii: 'ASCII only: +--+ borders and -> arrows (the default when the locale is not UTF-8, as with LANG=C)',
      verbose: 'show every note in the table, and stack traces for errors',
      quiet: 'no warnings on stderr: data checked over 180 days before --now, services a user route left out',
      lang: 'language of the output (default: RAILNEXT_LANG, then the locale, then en)',
      schedules: 'also load this schedule file or folder of *.json (repeatable; see RAILNEXT_SCHEDULES)',
      noBundled: 'leave out the bundled schedules',
      listingJson: 'print JSON',
      validateJson: 'print the report as JSON',
      validateNow: 'ISO 8601 instant to use as now, for the last-checked warning',
      listingNow: 'ISO 8601 instant to use as now, to tell overdue plans and expired rules',
      exportDate: 'first local date (same forms as for a lookup)',
      exportUntil: 'last local date, inclusive',
      exportDays: 'window length in days (default 365)',
      exportNow: 'ISO 8601 instant to use as now',
      exportForce: "replace the feed's files in a folder that is not empty, or a zip file that exists",
      csvRaw: "CSV: leave schedule text that starts with = + - @ as it is (no leading ')",
    },
    commands: {
      routes: 'every route: when it runs, from when, its status and sources',
      stations: 'every station: names and aliases, country, time zone',
      validate:
        'check schedule files (the bundled ones, plus these paths): every problem, as file:/json/pointer: message',
      completion: 'print a shell completion script: source <(railnext completion bash)',
      export:
        'write the departures of a window as a feed: export gtfs <dir> (a year from today unless --date, --until or --days say otherwise)',
    },
    examples: {
      title: 'Examples:',
      what: {
        khasan: 'next two weeks from Khasan',
        pyongyang: 'Pyongyang in December',
        next: 'the next three trains',
        moscowTime: 'every service, times in Moscow time',
        routes: 'every route and when it runs',
        ownSchedules: 'your own schedules over the bundled ones',
        validate: 'check schedule files, every problem at once',
        ics: 'into a calendar app (--format csv, ndjson too)',
        calendar: 'the days it runs this month, as a grid',
        gtfs: 'a year of every service as a GTFS feed',
        completion: 'tab completion, per command (zsh, fish too)',
        lang: 'in Russian (also zh, ko; or set RAILNEXT_LANG)',
      },
      notes: [
        "Dates are local to each departure's station. Marks in the table:",
        '? not published, ~ derived, * low confidence.',
      ],
      exitCodes: 'Exit codes: 0 departures printed, 1 none in the window, 2 bad usage, 3 bad schedule data.',
    },
    groups: {
      what: 'What to look up:',
      when: 'When:',
      output: 'Output:',
      journeys: 'Journeys with changes:',
      data: 'Schedules:',
    },
  },
};
