/**
 * The runs the journey planner boards, made only when a round asks for one:
 * where a service can be boarded, each dated run's spans at its stops, and
 * the first run of a service a traveller at one of its stations can possibly
 * and surely catch. Nothing is expanded ahead, so the work follows the rounds,
 * not the number of stops squared or the length of the window.
 */
import { MS_PER_DAY, type EpochDay } from './days.js';
import { departureDayOffset, instantOf, resolveEvent, type ResolvedEvent } from './expand.js';
import { alightingSpan, judgeChange, runSpans, type ChangeStatus, type Span, type StopSpans } from './bounds.js';
import type { Catalog, Service } from './model.js';
import { serviceDates } from './rules.js';

/** One dated run of a service: its spans at every stop, and the departures' local dates where they are resolved. */
export interface Run {
  service: Service;
  serviceDate: EpochDay;
  key: string;
  spans: StopSpans[];
  /** Local date of the departure at stop i (at its station), null when not published; filled as asked. */
  departureDays: (EpochDay | null | undefined)[];
}

/** A place a service can be boarded: its stop index, with how many days after the service date it leaves there. */
export interface BoardingPoint {
  service: Service;
  index: number;
  offset: { day: number; upTo: number };
}

/** Counts of the planner's work, for tests that bound it: runs built, boardings tried, labels made. */
export interface WorkCounter {
  runs: number;
  boardings: number;
  labels: number;
}

export const newWorkCounter = (): WorkCounter => ({ runs: 0, boardings: 0, labels: 0 });

/** A departure may differ from its local date's midnight by a day (a span of a day) plus a zone's offset: look that far back. */
const SLACK_DAYS = 2;

/** The run cache is dropped when its runs hold this many stops: a long window needs only the runs near the day being planned. */
const MAX_CACHED_STOPS = 2_000_000;

export class Runs {
  private readonly cache = new Map<string, Run>();
  private cachedStops = 0;
  /** Every stop a service can be boarded at, by station id. */
  readonly pointsAt = new Map<string, BoardingPoint[]>();
  private readonly points = new Map<Service, Map<number, BoardingPoint>>();

  constructor(
    catalog: Catalog,
    readonly work: WorkCounter,
  ) {
    for (const service of catalog.services) {
      for (let index = 0; index < service.stops.length - 1; index++) {
        const offset = departureDayOffset({ service, fromIndex: index, toIndex: index + 1 });
        if (offset === null) continue;
        const point = { service, index, offset };
        const id = service.stops[index]!.station.id;
        const list = this.pointsAt.get(id) ?? [];
        list.push(point);
        this.pointsAt.set(id, list);
        const byIndex = this.points.get(service) ?? new Map<number, BoardingPoint>();
        byIndex.set(index, point);
        this.points.set(service, byIndex);
      }
    }
  }

  /** Where `service` can be boarded at stop `index`, if it can. */
  pointOf(service: Service, index: number): BoardingPoint | undefined {
    return this.points.get(service)?.get(index);
  }

  /** The run of `service` on `serviceDate`, its events resolved once. */
  run(service: Service, serviceDate: EpochDay): Run {
    const key = `${service.id}@${serviceDate}`;
    let run = this.cache.get(key);
    if (!run) {
      if (this.cachedStops >= MAX_CACHED_STOPS) {
        this.cache.clear();
        this.cachedStops = 0;
      }
      this.work.runs++;
      this.cachedStops += service.stops.length;
      run = { service, serviceDate, key, spans: runSpans(service, serviceDate), departureDays: [] };
      this.cache.set(key, run);
    }
    return run;
  }

  /** The local date (at its station) the run leaves stop `index` on; null when not published. */
  departureDay(run: Run, index: number): EpochDay | null {
    let day = run.departureDays[index];
    if (day === undefined) day = run.departureDays[index] = this.departureEvent(run, index).epochDay;
    return day;
  }

  departureEvent(run: Run, index: number): ResolvedEvent {
    return resolveEvent(run.service, run.serviceDate, index, 'departure');
  }

  /** The runs leaving the boarding point on local date `day`. */
  *leavingOn(point: BoardingPoint, day: EpochDay): Generator<Run> {
    const { service, index, offset } = point;
    for (const serviceDate of serviceDates(
      service.runs,
      day - offset.upTo - SLACK_DAYS,
      day - offset.day + SLACK_DAYS,
    )) {
      const run = this.run(service, serviceDate);
      if (this.departureDay(run, index) === day) yield run;
    }
  }

  /**
   * The first run of the boarding point that a traveller arriving within
   * `arrival` possibly catches, if it comes before the first one surely
   * caught, and that one; leaving at most on local date `lastDay`, and never
   * a run in `exclude` (staying in the same car is no change).
   */
  catchable(
    point: BoardingPoint,
    arrival: Span,
    changeMs: number,
    lastDay: EpochDay,
    exclude: (run: Run) => boolean,
  ): { run: Run; status: ChangeStatus }[] {
    const { service, index, offset } = point;
    const found: { run: Run; status: ChangeStatus }[] = [];
    // A run leaving on a local date SLACK_DAYS before the day of the earliest arrival leaves before it anywhere on Earth.
    const fromDay = Math.floor((arrival.earliest + changeMs) / MS_PER_DAY);
    for (const serviceDate of serviceDates(
      service.runs,
      fromDay - offset.upTo - SLACK_DAYS,
      lastDay - offset.day + SLACK_DAYS,
    )) {
      this.work.boardings++;
      // A published departure before the earliest arrival plus the change time is missed: no need to build its run.
      const cached = this.cache.get(`${service.id}@${serviceDate}`);
      if (!cached) {
        const instant = instantOf(service, serviceDate, index, 'departure');
        if (instant !== null && instant < arrival.earliest + changeMs) continue;
        // Past the end of the last local date anywhere on Earth: no later date can be taken either.
        if (instant !== null && instant > (lastDay + SLACK_DAYS) * MS_PER_DAY) break;
      }
      const run = cached ?? this.run(service, serviceDate);
      const day = this.departureDay(run, index);
      if (day === null || day > lastDay || exclude(run)) continue;
      const status = judgeChange(arrival, run.spans[index]!.departure, changeMs);
      if (status === undefined) continue;
      if (status === 'sure') {
        found.push({ run, status });
        break;
      }
      if (found.length === 0) found.push({ run, status });
      // An arrival nothing bounds after makes no change sure: the first possible one is all there is.
      if (arrival.latest === Infinity) break;
    }
    return found;
  }
}

/** The span a run's car is reached at, at stop `index`. */
export const arrivalAt = (run: Run, index: number): Span => alightingSpan(run.service, run.spans, index);
