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
 * changes because no direct departure fits, and which option rules every
 * journey out.
 */
export function journeyNotes(mode: JourneyMode, ruledOutBy: RuledOut[] | undefined): string[] {
  const notes = mode === 'asked' ? [] : ['No direct departure in the window: these are journeys with changes.'];
  if (ruledOutBy) notes.push(noneFits(ruledOutBy, en));
  return notes;
}

/** The JSON's `dataAge.warning`, in English: how old stale data is and how to get newer; null while it is not stale. */
export function staleWarning(age: DataAge): string | null {
  if (!age.stale) return null;
  const upTo = age.sourcesUpTo ? ` (sources up to ${age.sourcesUpTo})` : '';
  return `the schedules were last checked ${formatIsoDate(age.lastChecked!)}${upTo}, ${age.daysSinceChecked} days ago: times may have changed. Update with \`npm install -g railnext@latest\`, or load newer schedules with --schedules.`;
}
