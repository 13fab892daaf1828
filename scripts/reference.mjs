/**
 * The reference railnext is measured and checked against: the obvious way to
 * expand the same running rules, with rrule for the service dates and a luxon
 * DateTime per occurrence for each zone. It reads the catalog railnext built
 * from the schedules (parsing is not what is compared), never its expansion.
 *
 * Used by `npm run bench` (speed, and the check) and by
 * tests/unit/reference.slow.test.ts (the check, in the slow test suite).
 */
import rrulePkg from 'rrule';
import { DateTime } from 'luxon';

// rrule ships CommonJS: in Node's ES modules only its default export is there.
const { RRule } = rrulePkg;

const MS_PER_DAY = 86_400_000;
const WEEKDAYS = [null, RRule.MO, RRule.TU, RRule.WE, RRule.TH, RRule.FR, RRule.SA, RRule.SU];

/** The UTC midnight Date of an epoch day: rrule counts dates in UTC. */
const dateOf = (epochDay) => new Date(epochDay * MS_PER_DAY);
const epochDayOf = (date) => Math.floor(date.getTime() / MS_PER_DAY);

/** The service dates of `runs` in [first, last], by rrule, added dates in and cancelled ones out. */
function serviceDates(runs, first, last) {
  const rule = runs.rule;
  const options = { dtstart: dateOf(runs.from), ...(runs.until === null ? {} : { until: dateOf(runs.until) }) };
  let rrule;
  if (rule.every === 'day') rrule = new RRule({ ...options, freq: RRule.DAILY });
  else if (rule.every === 'week')
    rrule = new RRule({ ...options, freq: RRule.WEEKLY, byweekday: rule.weekdays.map((d) => WEEKDAYS[d]) });
  else rrule = new RRule({ ...options, freq: RRule.MONTHLY, bymonthday: rule.days });
  const days = new Set(rrule.between(dateOf(first), dateOf(last), true).map(epochDayOf));
  for (const day of runs.cancelled) days.delete(day);
  for (const day of runs.added)
    if (day >= first && day <= last && day >= runs.from && (runs.until === null || day <= runs.until)) days.add(day);
  return [...days].sort((a, b) => a - b);
}

/** An event of stop `index` on `serviceDate` as { dt, date }: a luxon DateTime when the time is known, else only a date. */
function resolve(service, serviceDate, index, kind) {
  const stop = service.stops[index];
  const event = stop[kind];
  const zone = stop.station.timeZone;
  if (!event) return null;
  if (event.journeyMinutes !== null) {
    const previous = index > 0 ? resolve(service, serviceDate, index - 1, 'departure') : null;
    if (!previous?.dt) return null;
    return { dt: previous.dt.plus({ minutes: event.journeyMinutes }).setZone(zone) };
  }
  if (event.day === null) return null;
  const day = dateOf(serviceDate + event.day);
  const civil = { year: day.getUTCFullYear(), month: day.getUTCMonth() + 1, day: day.getUTCDate() };
  if (event.time === null) return { date: DateTime.fromObject(civil, { zone: 'UTC' }).toISODate() };
  const dt = DateTime.fromObject(
    { ...civil, hour: Math.floor(event.time / 60), minute: event.time % 60 },
    { zone: event.zone },
  );
  return { dt: dt.setZone(zone) };
}

/** One line per departure, the same for both sides: service, then each end's station, local date, time, offset and instant. */
function line(serviceId, fromStation, from, toStation, to) {
  const end = (station, e) =>
    e?.dt
      ? `${station} ${e.dt.toISODate()} ${e.dt.toFormat('HH:mm')} ${e.dt.offset} ${e.dt.toMillis()}`
      : `${station} ${e?.date ?? '?'} ? ? ?`;
  return `${serviceId} ${end(fromStation, from)} > ${end(toStation, to)}`;
}

/**
 * Every service from its first stop to its last, departing on a local date in
 * [first, last] (epoch days) at its first stop: the departures railnext gives
 * for `railnext --date … --until …`, in no particular order. Each is
 * { service, from, to } with a luxon DateTime (`dt`) or only a date per end.
 */
export function referenceExpand(catalog, first, last) {
  const out = [];
  for (const service of catalog.services) {
    const lastIndex = service.stops.length - 1;
    const departureEvent = service.stops[0].departure;
    // No departure date published: railnext lists no departures for it either.
    if (!departureEvent || departureEvent.journeyMinutes !== null || departureEvent.day === null) continue;
    const offset = departureEvent.day;
    for (const serviceDate of serviceDates(service.runs, first - offset - 2, last - offset + 2)) {
      const from = resolve(service, serviceDate, 0, 'departure');
      const localDay = from.dt
        ? Math.floor((from.dt.toMillis() + from.dt.offset * 60_000) / MS_PER_DAY)
        : epochDayOf(new Date(`${from.date}T00:00:00Z`));
      if (localDay < first || localDay > last) continue;
      out.push({ service, from, to: resolve(service, serviceDate, lastIndex, 'arrival') });
    }
  }
  return out;
}

/** referenceExpand's departures, one line each in the format railnextLine gives. */
export function referenceDepartures(catalog, first, last) {
  return referenceExpand(catalog, first, last).map(({ service, from, to }) =>
    line(service.id, service.stops[0].station.id, from, service.stops[service.stops.length - 1].station.id, to),
  );
}

/** railnext's departure in the reference's line format (its own fields, formatted without luxon). */
export function railnextLine(d) {
  const end = (e) => {
    if (e.instant === null) return `${e.station.id} ${e.epochDay === null ? '?' : isoDate(e.epochDay)} ? ? ?`;
    const hh = String(Math.floor(e.minuteOfDay / 60)).padStart(2, '0');
    const mm = String(e.minuteOfDay % 60).padStart(2, '0');
    return `${e.station.id} ${isoDate(e.epochDay)} ${hh}:${mm} ${e.offsetMinutes} ${e.instant}`;
  };
  return `${d.service.id} ${end(d.from)} > ${end(d.to)}`;
}

const isoDate = (epochDay) => new Date(epochDay * MS_PER_DAY).toISOString().slice(0, 10);

/** Compares railnext's departures (in its order) with the reference's; returns the first differences, none when equal. */
export function differences(railnextLines, referenceLines, most = 10) {
  const a = [...railnextLines].sort();
  const b = [...referenceLines].sort();
  const out = [];
  if (a.length !== b.length) out.push(`railnext has ${a.length} departures, the reference ${b.length}`);
  const bSet = new Set(b);
  const aSet = new Set(a);
  for (const x of a) if (!bSet.has(x) && out.length < most) out.push(`only railnext: ${x}`);
  for (const x of b) if (!aSet.has(x) && out.length < most) out.push(`only reference: ${x}`);
  return out;
}
