/**
 * `railnext export gtfs <dir>`: the departures of a window, every service,
 * built into a GTFS feed and written to a folder.
 */
import { lookup } from '../domain/lookup.js';
import { unfoldThroughCars } from '../domain/through.js';
import type { Catalog } from '../domain/model.js';
import type { WindowSpec } from '../domain/window.js';
import { gtfsFeed } from '../render/gtfs.js';
import { checkFeedPath, writeFeed } from './write-feed.js';
import { english, type Locale } from '../i18n/locale.js';
import { safe } from '../text-guard.js';

/** The feed's one clock (GTFS allows one per feed): Russian Railways publishes in Moscow time. */
export const GTFS_TIME_ZONE = 'Europe/Moscow';

/** Writes the feed to `path` (a .zip file or a folder); returns what to tell the user and how many trips it holds. */
export async function exportGtfs(
  catalog: Catalog,
  window: WindowSpec,
  now: number,
  path: string,
  version: string,
  locale: Locale = english,
  force = false,
): Promise<{ message: string; trips: number }> {
  const { m } = locale;
  checkFeedPath(path);
  const l = lookup(catalog, { window, now });
  // A feed lists every trip: a through car is its own trip there, not a note on its train.
  const feed = gtfsFeed(unfoldThroughCars(l.departures()), {
    agencyTimeZone: GTFS_TIME_ZONE,
    first: l.from,
    last: l.until,
    version,
    lastChecked: catalog.lastChecked,
  });
  await writeFeed({ path, force, mtime: now }, feed.files);
  const lines = [
    m.gtfs.wrote(safe(path), feed.tripCount, feed.serviceDays, m.dates.date(l.from), m.dates.date(l.until)),
  ];
  if (feed.leftOut.length) lines.push(m.gtfs.leftOut(feed.leftOut.map((s) => safe(locale.name(s)))));
  return { message: `${lines.join('\n')}\n`, trips: feed.tripCount };
}
