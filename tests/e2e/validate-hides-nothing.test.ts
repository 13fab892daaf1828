/**
 * `railnext validate` hides no problem behind another: rule checks, station
 * checks and cross-references each run on whatever of their input is valid.
 * Every line of the output is asserted, with the exit code.
 */
import { describe, expect, it } from 'vitest';
import { runBin } from '../helpers/run-bin.js';

const DIR = 'tests/fixtures/broken';

const CASES: [name: string, file: string, lines: string[]][] = [
  [
    "an unknown station in a stop hides none of the same service's rule errors",
    'unknown-station-and-rules',
    [
      `${DIR}/unknown-station-and-rules.json:/routes/0/services/0/stops/1/station: unknown station id "nakhodka" (line 16)`,
      `${DIR}/unknown-station-and-rules.json:/routes/0/services/1/stops/0/station: unknown station id "nakhodka" (line 23)`,
      `${DIR}/unknown-station-and-rules.json:/routes/0/services/2/stops/1/station: unknown station id "vladivostok" (line 32)`,
      `${DIR}/unknown-station-and-rules.json:/routes/0/services/0/runs/until: the last date 2026-12-05 is before the first date 2027-03-27 (line 13)`,
      `${DIR}/unknown-station-and-rules.json:/routes/0/services/1/runs/added/0: added date 2026-11-28 is outside the service's dates (from 2026-12-05) (line 21)`,
      `${DIR}/unknown-station-and-rules.json:/routes/0/services/2/runs: the service never runs: no date from 2027-02-01 to 2027-02-28 matches its rule (line 29)`,
      `1 file checked: 6 errors, 0 warnings.`,
    ],
  ],
  [
    'a station with a bad zone is still defined: in the shared-name check, and its stops are not at an unknown station',
    'bad-zone-station',
    [
      `${DIR}/bad-zone-station.json:/stations/1/timeZone: unknown time zone "Asia/Chongjin" (expected an IANA zone such as Asia/Vladivostok) (line 5)`,
      `${DIR}/bad-zone-station.json:/stations/1/id: "tumangang" is also a name of station "tumen" (${DIR}/bad-zone-station.json:/stations/2) (line 5)`,
      `${DIR}/bad-zone-station.json:/stations/1/name: "Tumangang" is also a name of station "tumen" (${DIR}/bad-zone-station.json:/stations/2) (line 5)`,
      `${DIR}/bad-zone-station.json:/routes/0/services/0/runs/until: the last date 2026-12-01 is before the first date 2026-12-05 (line 14)`,
      `1 file checked: 4 errors, 0 warnings.`,
    ],
  ],
  [
    'a duplicate id is reported at the later definition, even when the first has another error',
    'duplicate-after-bad',
    [
      `${DIR}/duplicate-after-bad.json:/stations/2/timeZone: unknown time zone "Asia/Chongjin" (expected an IANA zone such as Asia/Vladivostok) (line 6)`,
      `${DIR}/duplicate-after-bad.json:/routes/0/mode: expected one of train, bus, road, cableway, river, got "tram" (line 11)`,
      `${DIR}/duplicate-after-bad.json:/stations/1/id: duplicate station id "khasan" (first defined at ${DIR}/duplicate-after-bad.json:/stations/0) (line 5)`,
      `${DIR}/duplicate-after-bad.json:/stations/3/id: duplicate station id "tumangang" (first defined at ${DIR}/duplicate-after-bad.json:/stations/2) (line 7)`,
      `${DIR}/duplicate-after-bad.json:/routes/1/id: duplicate route id "extra" (first defined at ${DIR}/duplicate-after-bad.json:/routes/0) (line 24)`,
      `${DIR}/duplicate-after-bad.json:/routes/1/services/0/id: duplicate service id "first" (first defined at ${DIR}/duplicate-after-bad.json:/routes/0/services/0) (line 27)`,
      `1 file checked: 6 errors, 0 warnings.`,
    ],
  ],
];

describe('validate reports every problem of a file', () => {
  it.each(CASES)('%s', (_, file, lines) => {
    const r = runBin(['--no-bundled', 'validate', `${DIR}/${file}.json`]);
    expect(r.stdout.split('\n')).toEqual([...lines, '']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(3);
  });
});
