/**
 * The journeys a lookup asks for (--journeys, --change, --changes,
 * --max-wait, --arrive-by, --to; their part of the request is in
 * request.ts), planned and printed in the chosen format.
 */
import type { Messages } from '../i18n/messages.js';
import { arrivalsAt } from '../domain/arrivals.js';
import { checkDayInRange } from '../domain/window.js';
import { planJourneys, type JourneyPlan } from '../domain/journeys.js';
import { journeyLimitPassed, ruledOutBy, type JourneyLimit } from '../domain/journey-limits.js';
import type { Catalog } from '../domain/model.js';
import { writerOf } from '../output/registry.js';
import type { JourneyMode, OutputContext } from '../output/writers.js';
import { safe } from '../render/text.js';
import { tookPath } from './code-paths.js';
import type { Io } from './io.js';
import { printPaged } from './pager.js';
import { CliError } from './error-messages.js';
import type { LookupRequest } from './request.js';

/** The plan the request asks for. */
function plan(request: LookupRequest, catalog: Catalog): JourneyPlan {
  const { journeys: j, window, now } = request;
  if (j.to !== undefined) return arrivalsAt(catalog, j.to, { window, now });
  // The arrival date keeps to the range every date option takes (the window's).
  if (j.arriveBy) checkDayInRange(j.arriveBy, now);
  const options = {
    window,
    now,
    changeMinutes: j.changeMinutes,
    maxChanges: j.maxChanges,
    maxWaitDays: j.maxWaitDays,
    ...(j.arriveBy ? { arriveBy: j.arriveBy } : {}),
  };
  const passed = journeyLimitPassed(catalog, request.query!, options);
  if (passed) throw new CliError((m) => limitMessage(passed, m));
  return planJourneys(catalog, request.query!, request.destination!, options);
}

function limitMessage(limit: JourneyLimit, m: Messages): string {
  const e = m.journeys.errors;
  if (limit.kind === 'window-days') return e.windowLimit(limit.max, limit.got);
  if (limit.kind === 'services') return e.servicesLimit(limit.max, limit.got);
  return e.stopsLimit(limit.max, safe(limit.service), limit.got);
}

/** Prints the journeys; resolves to how many were printed, or undefined when the lookup's own answer should be printed instead. */
export async function printJourneys(
  request: LookupRequest,
  catalog: Catalog,
  io: Io,
  context: OutputContext,
  mode: JourneyMode = 'asked',
): Promise<number | undefined> {
  tookPath('journeys');
  const p = plan(request, catalog);
  const journeys = p.journeys.slice(0, request.limit);
  // Where a direct service runs, the lookup's own answer (its next departure) says more than which option rules journeys out.
  if (journeys.length === 0 && !p.next?.length && request.journeys.to === undefined && mode !== 'no-direct-departure') {
    const { changeMinutes, maxChanges, maxWaitDays } = request.journeys;
    const ruled = ruledOutBy(catalog, request.query!, request.destination!, {
      window: request.window,
      now: request.now,
      changeMinutes,
      maxChanges,
      maxWaitDays,
      ...(request.journeys.arriveBy ? { arriveBy: request.journeys.arriveBy } : {}),
    });
    if (ruled.length > 0) p.ruledOutBy = ruled;
  }
  if (mode === 'no-direct-departure' && journeys.length === 0) return undefined;
  if (mode === 'no-direct-service' && journeys.length === 0 && !p.next?.length && !p.ruledOutBy) return undefined;
  const { changeMinutes, maxChanges, maxWaitDays, to } = request.journeys;
  const subject = {
    plan: { ...p, journeys },
    mode,
    query: to === undefined ? (request.query ?? null) : null,
    changeMinutes,
    maxChanges,
    maxWaitDays,
  };
  const write = await writerOf(
    request.format === 'calendar' ? 'table' : request.format,
    to === undefined ? 'journeys' : 'arrivals',
  );
  await printPaged(io, await write(subject, context), request.pager);
  return journeys.length;
}
