/**
 * A GTFS feed as one zip (fflate). Its own module, loaded only by
 * `export gtfs … .zip`, with named imports so the bundle keeps only the zip
 * writer of fflate.
 */
import { strToU8, zipSync } from 'fflate';

/** The zip of `files` (name → text), each with `mtime` as its time, so the same export gives the same bytes. */
export function zipFiles(files: Record<string, string>, mtime: number): Uint8Array {
  const date = new Date(mtime);
  return zipSync(
    Object.fromEntries(Object.entries(files).map(([name, text]) => [name, [strToU8(text), { mtime: date }]])),
    { level: 6 },
  );
}
