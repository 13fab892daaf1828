/**
 * `railnext routes` and `railnext stations`: the catalogue, as JSON or text.
 */
import type { Catalog } from '../../domain/model.js';
import { jsonRoutes, jsonStations, renderRoutes, renderStations } from '../../render/listings.js';
import { jsonSafe } from '../../render/text.js';
import { EXIT, paintFor, print, type Io } from '../io.js';

export interface ListingRequest {
  what: 'routes' | 'stations';
  json: boolean;
  color: boolean | undefined;
}

/** Prints every route or every station. */
export async function listingCommand(request: ListingRequest, catalog: Catalog, io: Io): Promise<number> {
  const [json, text] = request.what === 'routes' ? [jsonRoutes, renderRoutes] : [jsonStations, renderStations];
  await print(io, [request.json ? `${jsonSafe(JSON.stringify(json(catalog), null, 2))}\n` : text(catalog, await paintFor(io, request.color))]);
  return EXIT.ok;
}
