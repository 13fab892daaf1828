/**
 * The labels a departure is shown with in the terminal, in the chosen
 * language and safe to print: its two stations, its service and status.
 */
import type { Departure } from '../domain/expand.js';
import type { Service, Station } from '../domain/model.js';
import { numberAt, throughCarEnds } from '../domain/through.js';
import type { Locale } from '../i18n/locale.js';
import { safe } from '../text-guard.js';

/** "Khasan → Tumangang". */
export const stationPair = (from: Station, to: Station, locale: Locale): string =>
  `${safe(locale.station(from))} → ${safe(locale.station(to))}`;

/** The station's name without a parenthesis: "Moscow", not "Moscow (Yaroslavsky station)". */
const placeName = (station: Station, locale: Locale): string =>
  locale.station(station).replace(/\s*[(（][^()（）]*[)）]$/, '');

/** "announced (no run confirmed)", "suspended"; null for a running service. */
export function statusLabel(s: Service, locale: Locale): string | null {
  const { m } = locale;
  if (s.status === 'running') return null;
  const note = locale.statusNote(s);
  return note ? m.statusWithNote(m.status[s.status], safe(note)) : m.status[s.status];
}

/**
 * The departures table's service: "train 646", "train 651, Moscow car",
 * "train (announced, no run confirmed)", "train 354, through cars from
 * Irkutsk and Chita". `carRuns` names the station a through car's row is named for.
 * `arrivals`, when given, says where the cars leaving here with the train arrive
 * ("Beijing car: arr. Sun 29 Nov 08:40 +08"), in place of "through cars to Beijing".
 */
export function serviceLabel(
  d: Departure,
  locale: Locale,
  carRuns?: ReadonlyMap<Service, Station>,
  arrivals?: readonly string[],
): string {
  const { m } = locale;
  const s = d.service;
  const number = numberAt(s, d.leg.fromIndex);
  const run = carRuns?.get(s);
  const ends = throughCarEnds(d);
  const to = arrivals?.length ? [] : (ends?.to ?? []);
  const throughCars =
    ends && (ends.from.length > 0 || to.length > 0)
      ? m.table.throughCars(
          ends.from.map((x) => safe(locale.station(x))),
          to.map((x) => safe(locale.station(x))),
        )
      : null;
  const car = run ? m.table.car(safe(placeName(run, locale))) : null;
  const parts = [car, throughCars, ...(arrivals ?? [])].filter((part): part is string => Boolean(part));
  const cars = parts.length > 0 ? m.table.cars(parts) : null;
  return m.table.service(m.mode[s.mode], number ? safe(number) : null, statusLabel(s, locale), cars);
}

/** The cars that leave here in the train and run on from where it ends, each named for where it goes ("Beijing"). */
export function onwardCars(d: Departure, locale: Locale): { name: string; car: Departure }[] {
  return (d.throughCars ?? [])
    .filter((car) => car.service.stops[0]!.station.id === d.from.station.id)
    .map((car) => ({ name: locale.m.table.car(safe(placeName(car.to.station, locale))), car }));
}

/** A journey's leg: the number it leaves under, as the departures table gives it; without one, the service's name tells which car it is. */
export function legServiceLabel(d: Departure, locale: Locale): string {
  const { m } = locale;
  const s = d.service;
  const number = numberAt(s, d.leg.fromIndex);
  const status = statusLabel(s, locale);
  return number
    ? m.table.service(m.mode[s.mode], safe(number), status, null)
    : `${safe(locale.name(s))}${status ? ` (${status})` : ''}`;
}
