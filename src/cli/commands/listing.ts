/**
 * `railnext routes` and `railnext stations`: the catalogue, as JSON or text.
 */
import type { Catalog } from '../../domain/model.js';
import { jsonRoutes, jsonStations, renderRoutes, renderStations } from '../../render/listings.js';
import { toAscii } from '../../render/ascii.js';
import { asciiOf, columnsOf, EXIT, paintFor, print, type Io } from '../io.js';

export interface ListingRequest {
  what: 'routes' | 'stations';
  json: boolean;
  color: boolean | undefined;
  ascii: boolean;
}

/** Prints every route or every station. */
export async function listingCommand(request: ListingRequest, catalog: Catalog, io: Io): Promise<number> {
  const json = request.what === 'routes' ? jsonRoutes : jsonStations;
  if (request.json) {
    await print(io, [`${JSON.stringify(json(catalog), null, 2)}\n`]);
    return EXIT.ok;
  }
  const ascii = asciiOf(io, request.ascii);
  const paint = await paintFor(io, request.color);
  const out = request.what === 'routes' ? renderRoutes(catalog, paint, columnsOf(io), ascii) : renderStations(catalog, paint, columnsOf(io), ascii);
  await print(io, [ascii ? toAscii(out) : out]);
  return EXIT.ok;
}
