/**
 * What a lookup has to say besides departures, as codes and data: the
 * presentation step (src/present/sentences.ts) words them in a language.
 */
import type { Mode, Route, Service, Station } from './model.js';
import type { Nearest } from './nearest.js';
import type { Overdue } from './overdue.js';

/** A note about the place looked up. */
export type Remark =
  /** A service calls here, but its dates and times here are not published. */
  | { kind: 'calls-unpublished'; service: Service }
  /** A route with no scheduled service (the road bridge), late when its due date has passed. */
  | { kind: 'empty-route'; route: Route; overdue: Overdue | null }
  /** A service still announced a year after its first date, with no run reported. */
  | { kind: 'overdue-service'; service: Service; overdue: Overdue };

/** What --mode and --timed keep: services of one mode, departures with a time. */
export interface Filtered {
  mode: Mode | null;
  timed: boolean;
}

/** Why no departure can be listed at all; `filter` when services there are, but not of the kind asked for. */
export type Reason =
  /** `nearest`: where to turn instead, when no filter is at work. */
  | { kind: 'no-service-between'; from: Station; to: Station; filter?: Filtered; nearest?: Nearest }
  | { kind: 'no-service-from'; station: Station; filter?: Filtered }
  | { kind: 'no-published-dates' }
  | { kind: 'empty-routes'; routes: { route: Route; overdue: Overdue | null }[] }
  /** A route, a service or every service (null), none of which the filter keeps. */
  | { kind: 'filtered-out'; scope: Route | Service | null; filter: Filtered };
