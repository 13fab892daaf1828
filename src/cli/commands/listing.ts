/**
 * `railnext routes` and `railnext stations`: the catalogue, as JSON or text.
 */
import type { Catalog } from '../../domain/model.js';
import { jsonRoutes, jsonStations, renderRoutes, renderStations } from '../../render/listings.js';
import { toAscii } from '../../render/ascii.js';
import { jsonSafe } from '../../render/text.js';
import { asciiOf, columnsOf, EXIT, paintFor, print, type Io } from '../io.js';
import { en } from '../../i18n/en.js';
import { localeFor } from '../../i18n/locale.js';
import type { Messages } from '../../i18n/messages.js';

export interface ListingRequest {
  what: 'routes' | 'stations';
  json: boolean;
  color: boolean | undefined;
  ascii: boolean;
  /** The instant plans and rules are judged at (--now, else the clock). */
  now: number;
}

/** Prints every route or every station. */
export async function listingCommand(
  request: ListingRequest,
  catalog: Catalog,
  io: Io,
  m: Messages = en,
): Promise<number> {
  if (request.json) {
    const json = request.what === 'routes' ? jsonRoutes(catalog, request.now) : jsonStations(catalog);
    await print(io, [`${jsonSafe(JSON.stringify(json, null, 2))}\n`]);
    return EXIT.ok;
  }
  const ascii = asciiOf(io, request.ascii);
  const paint = await paintFor(io, request.color);
  const locale = localeFor(m, catalog.stations);
  const layout = { width: columnsOf(io), ascii };
  const out =
    request.what === 'routes'
      ? renderRoutes(catalog, paint, request.now, locale, layout)
      : renderStations(catalog, paint, locale, layout);
  await print(io, [ascii ? toAscii(out, [], m.lang) : out]);
  return EXIT.ok;
}
