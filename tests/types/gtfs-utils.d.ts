// gtfs-utils ships no types; these cover what the tests use.
declare module 'gtfs-utils/read-csv.js' {
  const readCsv: (path: string) => Promise<AsyncIterable<Record<string, string>>>;
  export default readCsv;
}

declare module 'gtfs-utils/compute-stopovers.js' {
  export interface Stopover {
    stop_id: string;
    trip_id: string;
    service_id: string;
    route_id: string;
    /** The service day's start, unix seconds. */
    start_of_trip: number;
    /** Unix seconds. */
    arrival: number;
    departure: number;
  }
  const computeStopovers: (
    readFile: (name: string) => Promise<AsyncIterable<Record<string, string>>>,
    timezone: string,
    filters?: { stopTime?: (row: Record<string, string>) => boolean },
  ) => AsyncIterable<Stopover>;
  export default computeStopovers;
}
