/**
 * Reads a GTFS feed folder with gtfs-utils, an independent GTFS library, into
 * the stopovers it computes.
 */
import { join } from 'node:path';
import computeStopovers, { type Stopover } from 'gtfs-utils/compute-stopovers.js';
import readCsv from 'gtfs-utils/read-csv.js';

export async function gtfsStopovers(dir: string, agencyTimeZone: string): Promise<Stopover[]> {
  const readFile = async (name: string) => {
    const rows = await readCsv(join(dir, `${name}.txt`));
    if (name !== 'stops') return rows;
    // The GTFS reference counts stop_times in the agency's zone; stop_timezone
    // only says where a stop is. gtfs-utils applies stop_timezone to the times
    // instead, so it is read without it here, the spec's way.
    return (async function* () {
      for await (const { stop_timezone: _zone, ...row } of rows) yield row;
    })();
  };
  const out: Stopover[] = [];
  // Stops whose time is not published have empty times, which gtfs-utils cannot parse; a reader without interpolation skips them.
  for await (const s of computeStopovers(readFile, agencyTimeZone, { stopTime: (row) => row.arrival_time !== '' }))
    out.push(s);
  return out;
}
