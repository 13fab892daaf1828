/**
 * The bin keeps the zone tables it works out (src/domain/zone-tables.ts) in
 * the user's cache folder, one file per tz database and zone, so a zone costs
 * its Intl calls once per tz database, not once per run. A file starts with a
 * checksum of the rest: a damaged one reads as none and is worked out again.
 */
import { join } from 'node:path';
import { readCacheFile, writeCacheFile } from '../cache-files.js';
import type { StoredZone, ZoneTableStore } from '../domain/zones.js';

/** FNV-1a over UTF-16 code units, as 8 hex digits: it tells a damaged file from a whole one. */
function checksum(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0');
}

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
      if (end !== 8 || text.slice(0, 8) !== checksum(text.slice(9))) return undefined;
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
      writeCacheFile(folder, fileFor(table.zone), `${checksum(json)}\n${json}`);
    },
  };
}
