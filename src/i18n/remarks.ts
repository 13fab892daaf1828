/**
 * What a lookup has to say besides departures, in words: the domain keeps
 * these as data (lookup.ts), the JSON carries them in English, and the
 * terminal renderers say them in the chosen language.
 */
import type { Route, Service, Station } from '../domain/model.js';
import type { EpochDay } from '../domain/days.js';
import { english, type Locale } from './locale.js';
import type { Messages } from './messages.js';

/** A note about the place looked up. */
export type Remark =
  /** A service calls here, but its dates and times here are not published. */
  | { kind: 'calls-unpublished'; service: Service }
  /** A route with no scheduled service (the road bridge). */
  | { kind: 'empty-route'; route: Route };

/** Why no departure can be listed at all. */
export type Reason =
  | { kind: 'no-service-between'; from: Station; to: Station }
  | { kind: 'no-service-from'; station: Station }
  | { kind: 'no-published-dates' }
  | { kind: 'empty-routes'; routes: Route[] };

export function remarkText(remark: Remark, l: Locale = english): string {
  const { m } = l;
  switch (remark.kind) {
    case 'calls-unpublished':
      return m.lookup.callsUnpublished(l.name(remark.service), m.mode[remark.service.mode]);
    case 'empty-route':
      return m.lookup.emptyRoute(l.name(remark.route), m.status[remark.route.status]);
  }
}

export function reasonText(reason: Reason, l: Locale = english): string {
  const { m } = l;
  switch (reason.kind) {
    case 'no-service-between':
      return m.lookup.noServiceBetween(l.station(reason.from), l.station(reason.to));
    case 'no-service-from':
      return m.lookup.noServiceFrom(l.station(reason.station));
    case 'no-published-dates':
      return m.lookup.noPublishedDates;
    case 'empty-routes':
      return reason.routes.length === 0 ? m.lookup.noKnownService : reason.routes.map((route) => remarkText({ kind: 'empty-route', route }, l)).join(' ');
  }
}

/** "Data last checked 2026-11-27 (sources up to 2026-03).", or null when the data has no check date. */
export function checkedInWords(m: Messages, lastChecked: EpochDay | null, sourcesUpTo: string | null): string | null {
  return lastChecked === null ? null : m.footer.lastChecked(m.dates.date(lastChecked), sourcesUpTo === null ? null : m.dates.yearMonth(sourcesUpTo));
}
