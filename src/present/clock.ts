/**
 * The clock an end of a departure is shown on, worked out once for every
 * output: the station's own, or the --tz zone's when the time is known. The
 * renderers take dates, times and offsets from here and never from the zone
 * code itself.
 */
import type { Span } from '../domain/bounds.js';
import { formatClock, formatIsoDate, type EpochDay } from '../domain/days.js';
import type { ResolvedEvent } from '../domain/expand.js';
import { instantToWall, wallToInstant } from '../domain/zones.js';
import { marksOf, type MarkName } from './marks.js';
import { formatOffset, type OffsetNotation } from './offset.js';

export interface Clock {
  /** The date on the clock shown: the --tz zone's when the time is known, else the station's own; null when not published. */
  day: EpochDay | null;
  /** True when `day` and the time are on the --tz clock. */
  inZone: boolean;
  /** "14:47", null when the time is not published. */
  time: string | null;
  /** The clock's offset from UTC in minutes, null with `time`. */
  offsetMinutes: number | null;
  marks: MarkName[];
}

/** The date and time of one end of a departure, on its station's clock or on `zone`'s. */
export function clockOf(event: ResolvedEvent, zone?: string): Clock {
  const marks = marksOf(event);
  if (zone !== undefined && event.instant !== null) {
    const wall = instantToWall(zone, event.instant);
    return {
      day: wall.epochDay,
      inZone: true,
      time: formatClock(wall.minuteOfDay),
      offsetMinutes: wall.offsetMinutes,
      marks,
    };
  }
  const time = event.minuteOfDay === null ? null : formatClock(event.minuteOfDay);
  return { day: event.epochDay, inZone: false, time, offsetMinutes: time === null ? null : event.offsetMinutes, marks };
}

/** "14:47 UTC+10", "14:47 +10": the time with its offset in `notation`; null when the time is not published. */
export function timeWithOffset(clock: Clock, notation: OffsetNotation): string | null {
  return clock.time === null ? null : `${clock.time} ${formatOffset(clock.offsetMinutes!, notation)}`;
}

/** The wall clock of `zone` at an instant, as a Clock with no marks. */
export function clockAt(zone: string, instant: number): Clock {
  const wall = instantToWall(zone, instant);
  return {
    day: wall.epochDay,
    inZone: true,
    time: formatClock(wall.minuteOfDay),
    offsetMinutes: wall.offsetMinutes,
    marks: [],
  };
}

/** The date `zone`'s clock shows at an instant. */
export const dayAt = (zone: string, instant: number): EpochDay => instantToWall(zone, instant).epochDay;

/** The instant `zone`'s wall clock shows `minuteOfDay` on `day`. */
export const instantAt = (zone: string, day: EpochDay, minuteOfDay: number): number =>
  wallToInstant(zone, day, minuteOfDay);

/** "2027-01-20T09:26:00+09:00" at `zone`. */
export function localIso(zone: string, instant: number): string {
  const w = instantToWall(zone, instant);
  return `${formatIsoDate(w.epochDay)}T${formatClock(w.minuteOfDay)}:00${formatOffset(w.offsetMinutes)}`;
}

/**
 * The dates a span of instants covers on `zone`'s clock: first and last
 * (last null when the span is unbounded); null when even its start is not known.
 */
export function spanDays(span: Span, zone: string): { first: EpochDay; last: EpochDay | null } | null {
  if (!Number.isFinite(span.earliest)) return null;
  return { first: dayAt(zone, span.earliest), last: Number.isFinite(span.latest) ? dayAt(zone, span.latest) : null };
}
