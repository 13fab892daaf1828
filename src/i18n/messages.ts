/**
 * The key set of a message catalogue. Every language file exports a
 * `Messages`: a key missing from one (or one it has that English lacks) is a
 * compile error. Words go here; the renderers only arrange them.
 */
import type { Confidence, Mode, Status } from '../domain/model.js';
import type { PlaceKind, PlaceWanted } from '../errors.js';
import type { Lang } from './langs.js';

// What the catalogues word, defined once where it is decided (the data model, the errors), offered to them here.
export type { Confidence, Mode, PlaceKind, PlaceWanted, Status };

/** Dates and weekdays, each language its own way (English without Intl: start-up is budgeted). */
export interface DateWords {
  /** "Wed 2 Dec 2026": a departure's date in the table. */
  dayLabel(epochDay: number): string;
  /** "Wed 2 Dec": the table's date when the title gives the year. */
  shortDayLabel(epochDay: number): string;
  /**
   * "7–20 Dec", "27 Nov – 10 Dec": a run of days in the table, without weekdays; with the year on each end when
   * `withYear` ("27 Dec 2026 – 3 Jan 2027"). As the pieces a narrow column may break it into, each with what joins it
   * to the next on one line: ["27 Nov – ", "10 Dec"].
   */
  dayRange(first: number, last: number, withYear: boolean): string[];
  /** "2026-12-02": a date in running text (windows, "data last checked"). */
  date(epochDay: number): string;
  /** "December 2026": a calendar grid's title. */
  monthTitle(year: number, month: number): string;
  /** Monday first: the calendar's column heads, at most two columns wide each. */
  weekdayHeads(): readonly string[];
  /** "2026-03" (as the schedules give a month: YYYY-MM or YYYY) in running text. */
  yearMonth(text: string): string;
}

/** A time an event gives, for the iCalendar description. */
export interface IcsTime {
  time: string;
  /** "+10:00". */
  offset: string;
  zone: string;
  derived: boolean;
  /** As published ("08:30 Europe/Moscow"), when in another zone than the station's own. */
  published: string | null;
}

export interface Messages {
  lang: Lang;
  dates: DateWords;
  /** "a, b and c". */
  andList(items: readonly string[]): string;
  /** "a, b or c". */
  orList(items: readonly string[]): string;

  mode: Record<Mode, string>;
  /** "announced, no run confirmed": a status and the schedule's word on it. */
  statusWithNote(status: string, note: string): string;
  status: Record<Status, string>;
  confidence: Record<Confidence, string>;
  /** "17 min", "1 h 38 min", "8 d 2 h". */
  duration(days: number, hours: number, minutes: number): string;
  /** "4 a day". */
  timesPerDay(n: number): string;

  rules: {
    daily: string;
    /** isoWeekdays: 1 = Monday … 7 = Sunday, sorted. "Mondays, Wednesdays and Fridays". */
    weekly(isoWeekdays: readonly number[]): string;
    /** "the 3rd and 17th of each month". */
    monthly(days: readonly number[]): string;
    /** "daily, 4 a day". */
    withCount(rule: string, perDay: number): string;
  };

  table: {
    heads: {
      date: string;
      departs: string;
      fromTo: string;
      arrives: string;
      journey: string;
      service: string;
      leaves: string;
    };
    /** "? not published; ~ derived from the journey time." from the marks with their meanings. */
    legend(parts: readonly string[]): string;
    /** "Local times: UTC+9 Tumangang; UTC+10 Khasan." from groups "UTC+9 Tumangang". */
    localTimes(groups: readonly string[]): string;
    /** "Times in Europe/Moscow." */
    timesInZone(zone: string): string;
    /** "Tumangang's clock is 1 h behind Khasan's." */
    clockBehind(to: string, from: string, duration: string): string;
    /** "in 2 d 5 h"; null duration: leaving now. */
    countdown(duration: string | null): string;
    /** "Next departure in 2 d 5 h: Wed 2 Dec 2026 at 15:30 (UTC+10), Khasan → Tumangang." */
    nextDeparture(countdown: string, departure: string): string;
    /** The board's title. */
    boardTitle: string;
    /** "as of Sun 22 Nov 2026". */
    asOf(date: string): string;
    /** "Moscow car": a through car named for its run. */
    car(run: string): string;
    /** "8 more routes have no published timetable: see `railnext routes`." */
    moreRoutes(n: number): string;
    marks: { unknown: string; derived: string; low: string };
    allServices: string;
    departuresFrom(station: string): string;
    timesLocal: string;
    timesIn(zone: string): string;
    /** "train 645", "bus", with " (announced)" when not running and the through cars it carries. */
    service(mode: string, number: string | null, status: string | null, throughCars: string | null): string;
    /** "through cars from Irkutsk and Chita", "through cars to Beijing". */
    throughCars(from: readonly string[], to: readonly string[]): string;
    /** "Beijing car: arr. Sun 29 Nov 08:40 +08": where a car leaving with the train arrives; `when` is "?" when not known. */
    carArrives(car: string, when: string): string;
    /** "Moscow car, through cars to Beijing": a train's cars (its own, the through cars, where each arrives) as one list. */
    cars(parts: readonly string[]): string;
    /** "? (4 a day)": a departure cell with its count per day. */
    perDay(cell: string, n: number): string;
    /**
     * "7–20 Dec, daily", "7–20 Dec, Mon, Wed": the date cell of departures that differ only in date, one row for a run
     * of days; `isoWeekdays` null when it runs every day of the run, else the days of the week it runs (1 = Monday).
     * As pieces, like dayRange's: ["27 Nov – ", "10 Dec, ", "daily"].
     */
    runDays(range: readonly string[], isoWeekdays: readonly number[] | null): string[];
    /** "+8 d" after an arrival on a later date. */
    laterDays(n: number): string;
    noDeparturesOn(date: string): string;
    noDeparturesBetween(first: string, last: string): string;
    nextOne(departure: string): string;
    noneInTenYears: string;
    /** "Wed 16 Dec 2026 at 15:30 +10, Khasan → Tumangang". */
    departure(when: string | null, time: string | null, service: string): string;
    dateIsStationsOwn(zone: string): string;
  };

  fares: {
    /** "Fare: from 674 RUB, …." */
    line(text: string): string;
    /** "from 674 RUB, Zabaikalsk–Manzhouli, one way (high confidence; m24.ru)"; `covers` is the schedule's text. */
    fare(
      qualifier: 'exact' | 'from' | 'about' | 'over',
      amount: string,
      currency: string,
      covers: string,
      confidence: string,
      sources: readonly string[],
    ): string;
    amount(n: number): string;
    /** A citation without a date. */
    undated: string;
    /** Above a route's citations, one a line. */
    sourcesHeading: string;
  };

  travel: {
    /** Above a route's statements of each kind: "Tickets:", "Entry and visas:". */
    heading: { tickets(route?: string): string; entry(route?: string): string };
    /**
     * "Sold at … (as of 2026-03-08; high confidence; 1prime.ru 2026-03-08)"; `until` when the statement names its own
     * end date, `ended` once --now is past it.
     */
    fact(
      text: string,
      asOf: string,
      until: { date: string; ended: boolean } | null,
      confidence: string,
      sources: readonly string[],
    ): string;
  };

  overdue: {
    /** A month as it is said in running text: "August 2026". */
    month(yearMonth: string): string;
    /** A planned route past its date: "due August 2026; no opening reported since". */
    due(when: string): string;
    /** An announced service a year on, never reported running: "due June 2025; no run reported since". */
    announced(when: string): string;
    /** In a lookup's footer: "Pyongyang → Khabarovsk: due June 2025; no run reported since." */
    of(name: string, overdue: string): string;
  };

  footer: {
    sources(list: readonly string[]): string;
    /** "Data last checked 2026-11-27 (sources up to 2026-03)." */
    lastChecked(date: string, sourcesUpTo: string | null): string;
  };

  /** Where to turn when nothing runs between two places (domain/nearest.ts). */
  nearest: {
    /** "Nearest stations with a service to Pyongyang (straight-line distance from Vladivostok):" */
    boardNear(from: string, to: string): string;
    /** "Nearest stations to Beijing that a service from Khasan reaches (straight-line distance):" */
    alightNear(from: string, to: string): string;
    /** "No station within 300 km of Moscow has a service to Heihe." */
    noneNear(from: string, to: string, distance: string): string;
    /** The place has no coordinates in the schedules, so nothing can be said to be near it. */
    unplaced(station: string): string;
    /** "Ussuriysk, 77 km: Moscow → Pyongyang train (dates not published there)", the services already in words. */
    station(name: string, distance: string, services: readonly string[]): string;
    /** "Moscow → Pyongyang train (announced; dates not published there)": `remarks` in brackets when any. */
    service(name: string, mode: string, remarks: readonly string[]): string;
    /** A service calls at the nearby station, but its dates there are not published. */
    datesNotPublished: string;
    /** A service reaches the nearby station, but its dates at the origin are not published. */
    datesNotPublishedAt(station: string): string;
    /** A distance in whole kilometres, as the language writes it. */
    km(n: number): string;
    /** "Routes without a timetable that mention Vladivostok or Pyongyang:" */
    routes(from: string, to: string): string;
    /** "Vladivostok → Khasan → Tumangang → Rajin tourist train (reported, last seen 2025)" */
    route(name: string, status: string): string;
  };

  lookup: {
    callsUnpublished(service: string, mode: string): string;
    noServiceBetween(from: string, to: string): string;
    noServiceFrom(station: string): string;
    noPublishedDates: string;
    noKnownService: string;
    emptyRoute(route: string, status: string): string;
    /** --mode and --timed left nothing: `mode` null for any service, `timed` for "with a published time". */
    noFilteredFrom(station: string, mode: Mode | null, timed: boolean): string;
    noFilteredBetween(from: string, to: string, mode: Mode | null, timed: boolean): string;
    /** Of a route or service (`scope`, its name), or of every service (null). */
    noFiltered(scope: string | null, mode: Mode | null, timed: boolean): string;
  };

  routes: {
    header(id: string, mode: string, status: string): string;
    service(
      name: string,
      number: string | null,
      rule: string,
      from: string,
      until: string | null,
      status: string,
      confidence: string,
    ): string;
    firstFrom(date: string): string;
    neverFrom(date: string): string;
    noService: string;
    fromFile(path: string): string;
  };

  stations: {
    line(name: string, country: string, zone: string): string;
  };

  calendar: {
    timeNotPublished: string;
    timesNotPublished: string;
    noDeparture(first: string, last: string): string;
    legend: string;
    /** The legend with --tz: dates on that zone's clock. */
    legendIn(zone: string): string;
  };

  /** The iCalendar export's events: their titles and descriptions. */
  ics: {
    /** "Train 646 Khasan → Tumangang", with "(time not published)" or "(4 a day, times not published)" when `untimed` (the count a day). */
    eventTitle(mode: string, number: string | null, from: string, to: string, untimed: number | null): string;
    /** "Route: Khasan ⇄ Tumangang." */
    route(name: string): string;
    /** "Departs Khasan on 2026-12-02 at 15:30 (UTC+10:00, Asia/Vladivostok).", or what of it is not published. */
    event(arrives: boolean, station: string, date: string | null, time: IcsTime | null): string;
    /** "4 departures a day." */
    perDay(n: number): string;
    /** "Journey: 17 min." */
    journey(duration: string): string;
    /** "Status: running (note); confidence: high." */
    status(status: string, note: string | null, confidence: string): string;
    /** "Runs as 95, then 52." */
    runsAs(numbers: readonly string[]): string;
    /** "Through cars from Irkutsk and Chita." */
    throughCars(from: readonly string[], to: readonly string[]): string;
    /** "Fare: about 2,500 RUB, … ." */
    fareLine(fare: string): string;
    /** "Sources: RZD, 2024-12; TASS 2025-06-25." */
    sources(sources: readonly string[]): string;
    /** "Journey 1 (sure), leg 1/2: " before a leg's summary. */
    leg(journey: number, status: string, n: number, legs: number): string;
    /** "Then change at Dandong (sure; it works if the arrival is by …); wait 2 h." */
    change(station: string, status: string, arriveBy: string | null, wait: string): string;
    /** "2 h to 1 d 5 h", "2 h to unknown": a wait not known exactly. */
    waitRange(min: string, max: string | null): string;
  };

  warnings: {
    /** The data is old: "warning: the schedules were last checked …, 400 days ago: …". */
    oldData(date: string, sourcesUpTo: string | null, days: number): string;
    /** A user route replaced an earlier one without these services: "warning: my.json replaces the route …". */
    droppedServices(file: string, route: string, services: readonly string[]): string;
    /** A RAILNEXT_SCHEDULES error (already worded) that completion only warns about. */
    leftOut(message: string): string;
    /** --next counted departures with a published time only, and passed over `n` without one. */
    untimedSkipped(n: number): string;
  };

  /** Journeys with changes (railnext FROM TO --journeys). */
  journeys: {
    /** "Khasan → Beijing, leaving on 2027-01-12". */
    leaving(from: string, to: string, first: string, last: string): string;
    arrivingBy(from: string, to: string, date: string): string;
    arrivalsAt(station: string, first: string, last: string): string;
    /** "Journey 2 · sure · 1 change · 10 d 3 h". */
    heading(n: number, sure: boolean, changes: number, duration: string): string;
    sure: string;
    possible: string;
    /** "change at Pyongyang (possible)". */
    changeAt(station: string, status: string): string;
    /** "wait 10 h 27 min to 1 d 10 h". */
    wait(span: string): string;
    /** "10 h 27 min to 1 d 10 h", "at least 2 h", "not known". */
    between(min: string, max: string): string;
    atLeast(min: string): string;
    notKnown: string;
    /** "works if the Moscow → Pyongyang train is in by 09:26 +09 on 2027-01-20". */
    worksIf(service: string, mode: string, time: string, date: string): string;
    worksIfUnpublished: string;
    /** "Wed 20 Jan 2027 or later": a date bounded only from below. */
    orLater(day: string): string;
    span: string;
    /** The same on the --tz clock, where a published local date can also fall on two dates. */
    spanInZone: string;
    nothingArrives(station: string): string;
    noneLeaves(from: string, to: string, maxChanges: number): string;
    noneReaches(from: string, to: string, maxChanges: number, date: string): string;
    noneInThreeMonths: string;
    /** "No journey fits these options (change time 10,000 h).": the options that rule out the journeys the defaults find. */
    noneFits(options: string[]): string;
    /** The options as noneFits names them. */
    optionChange(duration: string): string;
    optionChanges(n: number): string;
    optionMaxWait(days: number): string;
    nextLeave(count: number, day: string): string;
    /** Journeys are planned over cross-border services only: domestic trains are not in the schedules. */
    domestic: string;
    /** The footer's meaning of sure and possible. */
    meaning(change: string): string;
    errors: {
      maxWait(maxDays: number, gotDays: number): string;
      calendar: string;
      toWithOrigin: string;
      toWithArriveBy: string;
      arriveByWithWindow: string;
      twoStations: string;
      /** The work journeys may take: more days of first legs, services, or stops of one service than this is refused. */
      windowLimit(maxDays: number, gotDays: number): string;
      servicesLimit(max: number, got: number): string;
      stopsLimit(max: number, service: string, got: number): string;
    };
  };

  validate: {
    summary(files: number, errors: number, warnings: number): string;
    problemsInSchedules(n: number): string;
    /** After a problem whose wrong value looks like a misspelling of a known one. */
    didYouMean(value: string): string;
  };

  gtfs: {
    wrote(dir: string, trips: number, days: number, first: string, last: string): string;
    leftOut(services: readonly string[]): string;
  };

  errors: {
    invalidPlaceName(query: string, wanted: PlaceWanted): string;
    queryTooLong(wanted: PlaceWanted, length: number, max: number): string;
    unknownPlace(query: string, wanted: PlaceWanted, suggestions: readonly string[]): string;
    ambiguousPlace(query: string, candidates: readonly string[]): string;
    notAStation(query: string, kind: PlaceKind): string;
    destinationNeedsStation(query: string, kind: PlaceKind): string;
    windowBackwards(until: string, first: string): string;
    windowOutOfRange(first: string, last: string, earliest: string, latest: string): string;
    windowTooLong(first: string, last: string, years: number, maxDays: number): string;
    badDate(text: string, noSuchDate: boolean): string;
    badCount(text: string, min: number, max: number | null): string;
    badInstant(text: string): string;
    unknownZone(text: string, suggestion: string | null): string;
    badChoice(text: string, choices: readonly string[]): string;
    /** `variable`: RAILNEXT_SCHEDULES when the path came from it, named first instead of "schedules". */
    schedulesNotFound(path: string, variable: string | null): string;
    schedulesUnreadable(path: string, reason: string, variable: string | null): string;
    schedulesEmptyFolder(path: string, variable: string | null): string;
    onWithWindow: string;
    filtersWithJourneys: string;
    timedWithUntimed: string;
    daysWithUntil: string;
    jsonWithFormat(format: string): string;
    calendarAlone: string;
    cannotWriteFeed(dir: string, reason: string): string;
    feedPathIsFile(dir: string, path: string): string;
    csvRawNeedsCsv: string;
    feedPathEmpty: string;
    feedPathDash: string;
    feedFolderNotEmpty(dir: string): string;
    /** --force on the folder the command runs in: it is swapped for a new one, which would leave the shell in a removed folder. */
    feedFolderIsCurrent(dir: string): string;
    feedZipExists(path: string): string;
    feedZipIsFolder(path: string): string;
    /** Output that could not be written (a full disk): `path` is null for stdout; `reason` is the system's. */
    cannotWrite(path: string | null, reason: string): string;
    /** After an unknown place: the routes that mention it ("… (planned, no departures listed; `railnext routes`), naming the stations …"). */
    mentionedBy(
      query: string,
      routes: readonly { name: string; status: string; departuresListed: boolean; stations: readonly string[] }[],
    ): string;
    /** After an unknown place: what railnext covers. */
    covers(crossings: readonly string[]): string;
    noRunningService: string;
    /** An error, then a sentence more about it: "unknown station "x" (…). railnext covers …". */
    andThen(error: string, sentence: string): string;
    unknownLangVariable(variable: string, value: string, choices: readonly string[]): string;
    internal(message: string, verbose: boolean): string;
    /** The errors commander finds in the command line, by its error code, each in railnext's words; `suggestions` are the closest names, often none. */
    commander: {
      unknownOption(option: string, suggestions: readonly string[]): string;
      /** `railnext help <topic>` for a topic that is no command: the closest commands, else all of them. */
      unknownHelpTopic(topic: string, suggestions: readonly string[], commands: readonly string[]): string;
      missingArgument(name: string): string;
      optionMissingArgument(option: string): string;
      excessArguments(command: string | null, expected: number, got: number): string;
      /** Appended to every usage error: " (see railnext --help)". */
      seeHelp: string;
    };
  };

  help: {
    titles: { usage: string; arguments: string; options: string; commands: string; globalOptions: string };
    description: string;
    version: string;
    help: string;
    helpCommand: string;
    /** " (choices: a, b)" after an option's description, its space or brackets included. */
    choices(list: string): string;
    args: { query: string; destination: string; paths: string; shell: string; format: string; dir: string };
    /** Placeholders in the usage lines: "[options]", "[command]" and the arguments' names. */
    terms: {
      options: string;
      command: string;
      query: string;
      destination: string;
      paths: string;
      shell: string;
      format: string;
      dir: string;
      /** Option values: "--date <day>". */
      day: string;
      n: string;
      zone: string;
      instant: string;
      path: string;
      lang: string;
    };
    options: {
      date: string;
      until: string;
      days(defaultDays: number, maxDays: number): string;
      next(years: number): string;
      json: string;
      format: string;
      calendar: string;
      on: string;
      mode: string;
      timed: string;
      untimed: string;
      journeys: string;
      change: string;
      changes: string;
      maxWait: string;
      arriveBy: string;
      to: string;
      tz: string;
      now: string;
      noColor: string;
      expand: string;
      noPager: string;
      ascii: string;
      verbose: string;
      quiet: string;
      lang: string;
      schedules: string;
      noBundled: string;
      listingJson: string;
      validateJson: string;
      validateNow: string;
      /** routes/stations --now: the instant plans and rules are judged at. */
      listingNow: string;
      exportDate: string;
      exportUntil: string;
      exportDays: string;
      exportNow: string;
      exportForce: string;
      csvRaw: string;
    };
    commands: { routes: string; stations: string; validate: string; completion: string; export: string };
    /** What `railnext --help` shows after the commands: what each example (i18n/help.ts) shows, notes, exit codes. */
    examples: {
      title: string;
      what: {
        khasan: string;
        pyongyang: string;
        next: string;
        moscowTime: string;
        routes: string;
        ownSchedules: string;
        validate: string;
        ics: string;
        calendar: string;
        gtfs: string;
        completion: string;
        lang: string;
      };
      notes: readonly string[];
      exitCodes: string;
    };
    /** The headings the lookup's options are listed under. */
    groups: { what: string; when: string; output: string; journeys: string; data: string };
  };
}
