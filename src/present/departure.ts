/**
 * One departure as the terminal shows it, worked out once: both ends on the
 * clock shown, their dates on one clock, the stations, the service and the
 * journey in words, and how soon it leaves. The table arranges these fields;
 * the next departure after an empty window is said in one line.
 */
import { MS_PER_MINUTE, type EpochDay } from '../domain/days.js';
import type { Departure } from '../domain/expand.js';
import type { Service, Station } from '../domain/model.js';
import { english, type Locale } from '../i18n/locale.js';
import { safe } from '../text-guard.js';
import { clockOf, type Clock } from './clock.js';
import { serviceLabel, stationPair } from './labels.js';
import { formatOffset } from './offset.js';
import { formatDuration } from './words.js';

export interface ShownDeparture {
  /** Each end on its station's clock, or on the --tz clock when its time is known. */
  from: Clock;
  to: Clock;
  /** The dates of the two ends on one clock: the --tz clock when both times are known, else each station's own. */
  fromDay: EpochDay | null;
  toDay: EpochDay | null;
  /** "Khasan → Tumangang". */
  stations: string;
  /** "train 651, Moscow car". */
  service: string;
  /** "1 h 31 min"; null when not known. */
  journey: string | null;
  /** Minutes from now to the departure; null when its time or now is not known. */
  minutesAway: number | null;
}

export interface ShowOptions {
  locale: Locale;
  /** --tz. */
  zone?: string | undefined;
  /** The instant countdowns count from. */
  now?: number | undefined;
  /** The station that names a through car's row (Moscow → "Moscow car"). */
  carRuns?: ReadonlyMap<Service, Station> | undefined;
}

export function showDeparture(d: Departure, options: ShowOptions): ShownDeparture {
  const { locale, zone, now } = options;
  const from = clockOf(d.from, zone);
  const to = clockOf(d.to, zone);
  const sameClock = from.inZone && to.inZone;
  return {
    from,
    to,
    fromDay: sameClock ? from.day : d.from.epochDay,
    toDay: sameClock ? to.day : d.to.epochDay,
    stations: stationPair(d.from.station, d.to.station, locale),
    service: serviceLabel(d, locale, options.carRuns),
    journey: d.durationMinutes === null ? null : formatDuration(d.durationMinutes, locale.m),
    minutesAway:
      d.from.instant === null || now === undefined ? null : Math.floor((d.from.instant - now) / MS_PER_MINUTE),
  };
}

/** "Wed 16 Dec 2026 at 15:30 (UTC+10), Khasan → Tumangang". */
export function departureInWords(d: Departure, zone?: string, locale: Locale = english): string {
  const clock = clockOf(d.from, zone);
  const day = clock.day ?? d.from.epochDay;
  const time =
    d.from.instant === null
      ? null
      : zone
        ? clock.time
        : `${clock.time} (${formatOffset(d.from.offsetMinutes!, 'utc')})`;
  return locale.m.table.departure(
    day === null ? null : locale.m.dates.dayLabel(day),
    time,
    safe(locale.name(d.service)),
  );
}
