/**
 * railnext as a library: load schedules, look up departures, render them.
 * Importing this module has no side effects.
 */
export {
  RailnextError,
  UsageError,
  DataError,
  InvalidPlaceNameError,
  QueryTooLongError,
  UnknownPlaceError,
  AmbiguousPlaceError,
  NotAStationError,
  DestinationNeedsStationError,
  WindowBackwardsError,
  WindowOutOfRangeError,
  WindowTooLongError,
  BadDateError,
  BadCountError,
  BadInstantError,
  UnknownZoneError,
  BadChoiceError,
  SchedulesNotFoundError,
  SchedulesUnreadableError,
  SchedulesEmptyFolderError,
  type Coverage,
  type ErrorCode,
  type LibraryError,
  type PlaceKind,
  type PlaceWanted,
} from './errors.js';
export { parseCount, parseDay, parseInstant, parseZone } from './input/args.js';
export type { Catalog, Citation, Confidence, DroppedServices, Fare, Mode, Route, RunRule, Runs, Service, Station, Status, Stop, StopEvent } from './domain/model.js';
export { formatIsoDate, parseIsoDate, toEpochDay, fromEpochDay, isoWeekday, type EpochDay } from './domain/days.js';
export { offsetAt, wallToInstant, instantToWall, formatOffset } from './domain/zones.js';
export { ruleMatches, runsOn, serviceDates } from './domain/rules.js';
export { expandLeg, departureOn, resolveEvent, type Departure, type Leg, type ResolvedEvent } from './domain/expand.js';
export { matchQuery, matchStation } from './domain/match.js';
export { normalizeName } from './domain/names.js';
export { lookup, type Lookup, type LookupOptions } from './domain/lookup.js';
export { carrierAt, foldThroughCars, legNumbers, numberAt, unfoldThroughCars } from './domain/through.js';
export { dataAge, STALE_AFTER_DAYS, type DataAge } from './domain/age.js';
export { resolveWindow, DEFAULT_WINDOW_DAYS, MAX_WINDOW_DAYS, type DaySpec, type WindowSpec } from './domain/window.js';
export { buildCatalog, readCatalog, type ReadOptions, type ScheduleDocument } from './input/catalog.js';
export { loadBundled, loadSchedules, readSchedules, readScheduleFile, BUNDLED_DIR, MAX_FILE_BYTES, type LoadOptions, type ScheduleSources } from './input/schedule-files.js';
export { formatProblem, type Problem, type Severity } from './input/problems.js';
export { jsonDeparture, jsonLookup, type JsonDeparture, type JsonEvent, type JsonLookup, type JsonStation } from './render/json.js';
export { planJourneys, DEFAULT_CHANGE_MINUTES, DEFAULT_MAX_CHANGES, DEFAULT_MAX_WAIT_DAYS, type Journey, type JourneyChange, type JourneyLeg, type JourneyOptions, type JourneyPlan } from './domain/journeys.js';
export { judgeChange, runSpans, type ChangeStatus, type Span } from './domain/bounds.js';
export { arrivalsAt, type ArrivalOptions } from './domain/arrivals.js';
