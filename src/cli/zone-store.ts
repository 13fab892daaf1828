/**
 * The bin keeps the zone tables it works out (src/domain/zone-tables.ts) in
 * the user's cache folder, one file per tz database and zone, so a zone costs
 * its Intl calls once per tz database, not once per run. A file starts with a
 * checksum of the rest: a damaged one reads as none and is worked out again.
 */
import { join } from 'node:path';
import { fnv1a, readCacheFile, writeCacheFile } from '../cache-files.js';
import type { StoredZone, ZoneTableStore } from '../domain/zones.js';

/** The folder of one tz database's tables; undefined for a version string that is no plain name. */
function folderFor(root: string, tz: string): string | undefined {
  return /^[0-9a-z.]{1,20}$/.test(tz) ? join(root, `zones-${tz}`) : undefined;
}

/** "Europe/Berlin" → "Europe%2FBerlin.json": one file name per zone id, whatever its characters. */
const fileFor = (zone: string): string => `${encodeURIComponent(zone)}.json`;

/** A ZoneTableStore in `root` (railnext's cache folder). */
export function fileZoneStore(root: string): ZoneTableStore {
  return {
    read(tz, zone) {
      const folder = folderFor(root, tz);
      const bytes = folder === undefined ? undefined : readCacheFile(join(folder, fileFor(zone)));
      if (bytes === undefined) return undefined;
      const text = bytes.toString('utf8');
      const end = text.indexOf('\n');
      if (end !== 8 || text.slice(0, 8) !== fnv1a(text.slice(9))) return undefined;
      try {
        return JSON.parse(text.slice(9)) as StoredZone; // its shape is checked by the caller (isWholeTable)
      } catch {
        return undefined;
      }
    },
    write(table) {
      const folder = folderFor(root, table.tz);
      if (folder === undefined) return;
      const json = JSON.stringify(table);
      writeCacheFile(folder, fileFor(table.zone), `${fnv1a(json)}\n${json}`);
    },
  };
}
