/**
 * Who runs what, for a GTFS feed's agency.txt. The schedules have no operator
 * field, so a service's agency is the national railway of the country it
 * starts in; a bus has no railway, and gets the same rule (the one bus in the
 * data, Heihe ⇄ Blagoveshchensk, names its carrier only in a note and has no
 * published times, so it has no trip in a feed). README "GTFS" says so.
 */
import type { Service } from '../domain/model.js';

export interface Agency {
  id: string;
  name: string;
  url: string;
  /** The agency's own language (GTFS agency_lang). */
  lang: string;
}

/** The railways, by ISO country code. The DPRK's has no site of its own: its Wikipedia article is a stable public page about it. */
export const RAILWAYS: Readonly<Record<string, Agency>> = {
  RU: { id: 'rzd', name: 'Russian Railways', url: 'https://www.rzd.ru/', lang: 'ru' },
  CN: { id: 'china-railway', name: 'China Railway', url: 'https://www.12306.cn/', lang: 'zh' },
  KP: {
    id: 'korean-state-railway',
    name: 'Korean State Railway',
    url: 'https://en.wikipedia.org/wiki/Korean_State_Railway',
    lang: 'ko',
  },
};

/** The agency of a service: the railway of the country of its first stop, or undefined for a country without one here. */
export function agencyOf(service: Service): Agency | undefined {
  return RAILWAYS[service.stops[0]!.station.country];
}
