/**
 * The output formats: one record from a format's name to the module of its
 * writers, each loaded only when its format is chosen, and the one dispatch.
 * A new format is a file beside these (exporting `writers`) and a line here.
 */
import type { Writers } from './writers.js';

const FORMAT_WRITERS = {
  table: () => import('./table-output.js'),
  json: () => import('./json-output.js'),
  ndjson: () => import('./ndjson-output.js'),
  csv: () => import('./csv-output.js'),
  ics: () => import('./ics-output.js'),
} satisfies Record<string, () => Promise<{ writers: Writers }>>;

export type Format = keyof typeof FORMAT_WRITERS;

/** The formats' names, in the order help and completion list them: the type, commander's choices and the help text. */
export const FORMATS = Object.keys(FORMAT_WRITERS) as readonly Format[];

/** What a writer is for: departures, journeys, arrivals at a station (--to), or month grids (--calendar). */
export type Subject = keyof Writers;

/** The one dispatch: the writer of `subject` in `format`. */
export async function writerOf<S extends Subject>(format: Format, subject: S): Promise<NonNullable<Writers[S]>> {
  const writer = (await FORMAT_WRITERS[format]()).writers[subject];
  // The command line refuses a subject a format cannot write (--calendar with --json) before anything is computed.
  if (writer === undefined) throw new Error(`the ${format} format writes no ${subject}`);
  return writer;
}
