/**
 * railnext as a library: load schedules, look up departures, plan journeys, write them as the JSON contract.
 * Importing this module has no side effects. Every name here is documented in docs/library.md (a test holds the
 * page to this list); the rest of the code is not part of the package's contract.
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
  BadInstantError,
  UnknownZoneError,
  SchedulesNotFoundError,
  SchedulesUnreadableError,
  SchedulesEmptyFolderError,
  type Coverage,
  type ErrorCode,
  type LibraryError,
  type PlaceKind,
  type PlaceWanted,
} from './errors.js';
// Reading what a user types, as the command line reads it.
export { parseDay, parseInstant, parseZone } from './input/args.js';
export { formatIsoDate, parseIsoDate, type EpochDay } from './domain/days.js';
export type { DaySpec, WindowSpec } from './domain/window.js';
// Loading and checking schedules.
export {
  loadBundled,
  loadSchedules,
  readSchedules,
  type LoadOptions,
  type ScheduleSources,
} from './input/schedule-files.js';
export { formatProblem, type Problem, type Severity } from './input/problems.js';
export type {
  Catalog,
  Citation,
  Confidence,
  DroppedServices,
  Fare,
  Mode,
  Route,
  RunRule,
  Runs,
  Service,
  Station,
  Status,
  Stop,
  StopEvent,
} from './domain/model.js';
export { dataAge, type DataAge } from './domain/age.js';
// Asking: departures, journeys, arrivals.
export { matchStation } from './domain/match.js';
export { lookup, type Lookup, type LookupOptions } from './domain/lookup.js';
export type { Departure, Leg, ResolvedEvent } from './domain/expand.js';
export {
  planJourneys,
  type Journey,
  type JourneyChange,
  type JourneyLeg,
  type JourneyOptions,
  type JourneyPlan,
} from './domain/journeys.js';
export type { ChangeStatus, Span } from './domain/bounds.js';
export { arrivalsAt, type ArrivalOptions } from './domain/arrivals.js';
export { offsetAt } from './domain/zones.js';
// Answers as the JSON contract writes them.
export {
  jsonDeparture,
  jsonLookup,
  type JsonDeparture,
  type JsonEvent,
  type JsonLookup,
} from './render/json.js';
export type { JsonStation } from './render/station-json.js';
