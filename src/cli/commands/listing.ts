/**
 * `railnext routes` and `railnext stations`: the catalogue, as JSON or text.
 */
import type { Catalog } from '../../domain/model.js';
import { jsonRoutes, jsonStations, renderRoutes, renderStations } from '../../render/listings.js';
import { jsonSafe } from '../../render/text.js';
import { EXIT, paintFor, print, type Io } from '../io.js';
import { en } from '../../i18n/en.js';
import { localeFor } from '../../i18n/locale.js';
import type { Messages } from '../../i18n/messages.js';

export interface ListingRequest {
  what: 'routes' | 'stations';
  json: boolean;
  color: boolean | undefined;
}

/** Prints every route or every station. */
export async function listingCommand(request: ListingRequest, catalog: Catalog, io: Io, m: Messages = en): Promise<number> {
  const [json, text] = request.what === 'routes' ? [jsonRoutes, renderRoutes] : [jsonStations, renderStations];
  await print(io, [request.json ? `${jsonSafe(JSON.stringify(json(catalog), null, 2))}\n` : text(catalog, await paintFor(io, request.color), localeFor(m, catalog.stations))]);
  return EXIT.ok;
}
