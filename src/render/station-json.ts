/**
 * A station as every JSON document shows it: its own file, because the
 * departures' JSON (json.ts) and the dead end's (nearest-json.ts) both use it.
 */
import type { Station, Translations } from '../domain/model.js';

export interface JsonStation {
  id: string;
  name: string;
  /** The name in other scripts, when the schedules give it: { "ru": "Хасан", "ko": "하산" }. */
  names?: Translations<string>;
  country: string;
  timeZone: string;
}

/** The station as the JSON shows it. */
export function jsonStation(station: Station): JsonStation {
  return {
    id: station.id,
    name: station.name,
    ...(station.names ? { names: station.names } : {}),
    country: station.country,
    timeZone: station.timeZone,
  };
}
