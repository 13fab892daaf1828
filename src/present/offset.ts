/**
 * The one offset formatter: luxon's ISO offset ("+08:30"), and the two
 * shorter spellings the terminal shows made from it, so every output says an
 * offset the same way for the same place.
 */
import { isoOffset } from '../domain/zones.js';

/**
 * - `iso`: "+10:00", "+08:30", "-03:00", as JSON, CSV and ISO 8601 date-times give it;
 * - `short`: "+10", "+08:30", beside each time of the journeys' columns;
 * - `utc`: "UTC+10", "UTC+8:30", "UTC-5", "UTC", in the table's clocks line, the calendar and the next-departure line.
 */
export type OffsetNotation = 'iso' | 'short' | 'utc';

const said: Record<OffsetNotation, Map<number, string>> = { iso: new Map(), short: new Map(), utc: new Map() };

/** An offset from UTC in minutes, in `notation`. */
export function formatOffset(offsetMinutes: number, notation: OffsetNotation = 'iso'): string {
  // Round the whole offset first: local mean time (+02:30:17) must not become +02:30:60.
  const minutes = Math.round(offsetMinutes);
  const known = said[notation].get(minutes);
  if (known !== undefined) return known;
  const iso = isoOffset(minutes);
  const text = notation === 'iso' ? iso : notation === 'short' ? shortOf(iso) : utcOf(iso);
  said[notation].set(minutes, text);
  return text;
}

/** "+10:00" → "+10"; "+08:30" stays. */
const shortOf = (iso: string): string => (iso.endsWith(':00') ? iso.slice(0, 3) : iso);

/** "+10:00" → "UTC+10", "+08:30" → "UTC+8:30", "+00:00" → "UTC". */
function utcOf(iso: string): string {
  if (iso === '+00:00') return 'UTC';
  const hours = Number(iso.slice(1, 3));
  const minutes = iso.slice(4);
  return `UTC${iso[0]}${hours}${minutes === '00' ? '' : `:${minutes}`}`;
}
