/**
 * `railnext export gtfs <dir>`: a window of every service written as a GTFS feed.
 */
import type { Catalog } from '../../domain/model.js';
import type { WindowSpec } from '../../domain/window.js';
import { exportGtfs } from '../export-gtfs.js';
import { EXIT, print, VERSION, type Io } from '../io.js';
import { en } from '../../i18n/en.js';
import { localeFor } from '../../i18n/locale.js';
import type { Messages } from '../../i18n/messages.js';

export interface ExportRequest {
  /** A file ending in .zip, or a folder. */
  path: string;
  /** --force: replace a feed already there. */
  force: boolean;
  window: WindowSpec;
  now: number;
}

/** Writes the feed and says what it holds; exits 1 when it has no trip. */
export async function exportCommand(
  request: ExportRequest,
  catalog: Catalog,
  io: Io,
  m: Messages = en,
): Promise<number> {
  const { message, trips } = await exportGtfs(
    catalog,
    request.window,
    request.now,
    request.path,
    VERSION,
    localeFor(m, catalog.stations),
    request.force,
  );
  await print(io, [message]);
  return trips > 0 ? EXIT.ok : EXIT.empty;
}
