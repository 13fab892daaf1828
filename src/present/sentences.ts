/**
 * What a lookup has to say besides departures, in words: the domain gives
 * codes and data (domain/remarks.ts, the journeys' limits, the data's age),
 * the JSON carries them in English, and the terminal renderers say them in
 * the chosen language.
 */
import type { Route, Service } from '../domain/model.js';
import type { DataAge } from '../domain/age.js';
import { formatIsoDate, parseIsoDate, type EpochDay } from '../domain/days.js';
import { monthOf, type Overdue } from '../domain/overdue.js';
import type { RuledOut } from '../domain/journey-limits.js';
import type { Reason, Remark } from '../domain/remarks.js';
import type { NearbyStation, Nearest } from '../domain/nearest.js';
import { english, type Locale } from '../i18n/locale.js';
import { en } from '../i18n/en.js';
import type { Messages } from '../i18n/messages.js';
import { formatDuration } from './words.js';

/** "due August 2026; no opening reported since", "due June 2025; no run reported since". */
export function overdueInWords(overdue: Overdue, m: Messages): string {
  if (overdue.kind === 'announced') return m.overdue.announced(m.overdue.month(monthOf(overdue.from)));
  const day = parseIsoDate(overdue.due.text);
  return m.overdue.due(day === undefined ? m.overdue.month(overdue.due.text) : m.dates.date(day));
}

/** A route's or service's status with its note and, once late, how late: "planned, due August 2026; no opening reported since". */
export function statusInWords(owner: Route | Service, overdue: Overdue | null, l: Locale): string {
  const { m } = l;
  // Once late, that says more than the note ("no run confirmed") it replaces.
  const note = overdue ? overdueInWords(overdue, m) : l.statusNote(owner);
  return note ? m.statusWithNote(m.status[owner.status], note) : m.status[owner.status];
}

export function remarkText(remark: Remark, l: Locale = english): string {
  const { m } = l;
  switch (remark.kind) {
    case 'calls-unpublished':
      return m.lookup.callsUnpublished(l.name(remark.service), m.mode[remark.service.mode]);
    case 'empty-route':
      return m.lookup.emptyRoute(l.name(remark.route), statusInWords(remark.route, remark.overdue, l));
    case 'overdue-service':
      return m.overdue.of(l.name(remark.service), overdueInWords(remark.overdue, m));
  }
}

export function reasonText(reason: Reason, l: Locale = english): string {
  const { m } = l;
  switch (reason.kind) {
    case 'no-service-between':
      if (reason.filter)
        return m.lookup.noFilteredBetween(
          l.station(reason.from),
          l.station(reason.to),
          reason.filter.mode,
          reason.filter.timed,
        );
      return m.lookup.noServiceBetween(l.station(reason.from), l.station(reason.to));
    case 'no-service-from':
      if (reason.filter)
        return m.lookup.noFilteredFrom(l.station(reason.station), reason.filter.mode, reason.filter.timed);
      return m.lookup.noServiceFrom(l.station(reason.station));
    case 'filtered-out':
      return m.lookup.noFiltered(reason.scope && l.name(reason.scope), reason.filter.mode, reason.filter.timed);
    case 'no-published-dates':
      return m.lookup.noPublishedDates;
    case 'empty-routes':
      return reason.routes.length === 0
        ? m.lookup.noKnownService
        : reason.routes.map((r) => remarkText({ kind: 'empty-route', ...r }, l)).join(' ');
  }
}

/** A distance as the lines and the JSON give it: whole kilometres (the coordinates behind it are no finer). */
export const roundKm = (km: number): number => Math.round(km);

/**
 * "  Ussuriysk, 77 km: Moscow → Pyongyang train (dates not published there)": one line per station;
 * `unlisted` says where the dates of a service whose departures cannot be listed are missing.
 */
function stationLines(found: readonly NearbyStation[], l: Locale, unlisted: string): string[] {
  const { m } = l;
  return found.map(({ station, km, services }) => {
    const words = services.map(({ service, listed, overdue }) => {
      const remarks: string[] = [];
      if (service.status !== 'running') remarks.push(statusInWords(service, overdue, l));
      if (!listed) remarks.push(unlisted);
      return m.nearest.service(l.name(service), m.mode[service.mode], remarks);
    });
    return `  ${m.nearest.station(l.station(station), m.nearest.km(roundKm(km)), words)}`;
  });
}

/**
 * Where to turn when no service runs between two places, as lines (items
 * indented two columns): the stations near the origin with a service to the
 * destination (or that none is near, or that the origin is not placed),
 * those near the destination reached from the origin when there are any,
 * and the routes without a timetable that mention either place.
 */
export function nearestLines(reason: Reason, l: Locale = english): string[] {
  if (reason.kind !== 'no-service-between' || !reason.nearest) return [];
  const { m } = l;
  const { nearOrigin, nearDestination, routes, limits }: Nearest = reason.nearest;
  const from = l.station(reason.from);
  const to = l.station(reason.to);
  const lines: string[] = [];
  if (nearOrigin === null) lines.push(m.nearest.unplaced(from));
  else if (nearOrigin.length === 0) lines.push(m.nearest.noneNear(from, to, m.nearest.km(limits.maxKm)));
  else lines.push(m.nearest.boardNear(from, to), ...stationLines(nearOrigin, l, m.nearest.datesNotPublished));
  if (nearDestination?.length)
    lines.push(
      m.nearest.alightNear(from, to),
      ...stationLines(nearDestination, l, m.nearest.datesNotPublishedAt(from)),
    );
  if (routes.length)
    lines.push(
      m.nearest.routes(from, to),
      ...routes.map(({ route, overdue }) => `  ${m.nearest.route(l.name(route), statusInWords(route, overdue, l))}`),
    );
  return lines;
}

/** "Data last checked 2026-11-27 (sources up to 2026-03).", or null when the data has no check date. */
export function checkedInWords(m: Messages, lastChecked: EpochDay | null, sourcesUpTo: string | null): string | null {
  return lastChecked === null
    ? null
    : m.footer.lastChecked(m.dates.date(lastChecked), sourcesUpTo === null ? null : m.dates.yearMonth(sourcesUpTo));
}

/** "No journey fits these options (change time 416 d 16 h)." */
export function noneFits(ruled: RuledOut[], m: Messages): string {
  return m.journeys.noneFits(
    ruled.map((r) =>
      r.option === 'change'
        ? m.journeys.optionChange(formatDuration(r.minutes, m))
        : r.option === 'changes'
          ? m.journeys.optionChanges(r.count)
          : m.journeys.optionMaxWait(r.days),
    ),
  );
}

/**
 * Why journeys are shown: asked for; or no direct departure is in the window
 * though a direct service exists; or no direct service exists at all.
 */
export type JourneyMode = 'asked' | 'no-direct-departure' | 'no-direct-service';

/**
 * The notes of the journeys' JSON, in English: that these are journeys with
 * changes because no direct departure fits, which option rules every
 * journey out, and (but for arrivals) that domestic trains are not covered.
 */
export function journeyNotes(mode: JourneyMode, ruledOutBy: RuledOut[] | undefined, arrivals = false): string[] {
  const notes = mode === 'asked' ? [] : ['No direct departure in the window: these are journeys with changes.'];
  if (ruledOutBy) notes.push(noneFits(ruledOutBy, en));
  // Arrivals list the services that arrive; journeys are planned, and only over what the schedules hold.
  if (!arrivals) notes.push(en.journeys.domestic);
  return notes;
}

/** The JSON's `dataAge.warning`, in English: how old stale data is and how to get newer; null while it is not stale. */
export function staleWarning(age: DataAge): string | null {
  if (!age.stale) return null;
  const upTo = age.sourcesUpTo ? ` (sources up to ${age.sourcesUpTo})` : '';
  return `the schedules were last checked ${formatIsoDate(age.lastChecked!)}${upTo}, ${age.daysSinceChecked} days ago: times may have changed. Update with \`npm install -g railnext@latest\`, or load newer schedules with --schedules.`;
}
