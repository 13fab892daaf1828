import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvField, csvLines, CSV_HEADER, scheduleCell } from '../../src/render/csv.js';
import { jsonDeparture } from '../../src/render/json.js';
import { formatsLookup } from '../fixtures/formats-window.js';
import { STRANGE_NAME, STRANGE_NOTE } from '../fixtures/formats-catalog.js';

describe('csvField', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\r', '"cr\r"'],
    ['', ''],
    [null, ''],
    [17, '17'],
    ['Ярославский; \\', 'Ярославский; \\'],
  ] as const)('%j → %j', (input, output) => {
    expect(csvField(input)).toBe(output);
  });
});

describe('csvLines', () => {
  const text = () => [...csvLines(formatsLookup('2018-05-01', '2018-05-06').departures())].join('');

  it('writes the header and one CRLF record per departure, quoting names and notes', () => {
    expect(text()).toBe(
      [
        'service,route,name,mode,number,from_id,from_name,to_id,to_name,departure_date,departure_time,departure_utc_offset,departure_time_zone,arrival_date,arrival_time,arrival_utc_offset,arrival_time_zone,arrival_derived,journey_minutes,times_per_day,status,confidence,notes,sources,numbers,status_note,fares,through_cars',
        // Pyongyang on UTC+08:30 (until 2018-05-04), arriving eight days later.
        'pyongyang-moscow,through,Pyongyang → Moscow,train,1/2,pyongyang,Pyongyang,moscow,"Moscow, ""Yaroslavsky""; \\ terminal",2018-05-03,10:00,+08:30,Asia/Pyongyang,2018-05-11,06:00,+03:00,Europe/Moscow,false,11610,1,running,high,"Line one, with ""quotes""; and a \\ backslash\nline two: Ярославский вокзал — 평양","A, ""quoted"" source",1/2,,,',
        // Times not published: empty cells, never invented ones.
        'heihe-blagoveshchensk,bus,Heihe → Blagoveshchensk,bus,,heihe,Heihe,blagoveshchensk,Blagoveshchensk,2018-05-05,,,Asia/Shanghai,,,,Asia/Yakutsk,false,,4,announced,medium,,,,,,',
        '',
      ].join('\r\n'),
    );
  });

  it('reads back through csv-parse as the JSON values, row by row', () => {
    const rows: Record<string, string>[] = parse(text(), { columns: true });
    const json = [...formatsLookup('2018-05-01', '2018-05-06').departures()].map(jsonDeparture);
    expect(Object.keys(rows[0]!)).toEqual(CSV_HEADER);
    expect(rows.map((r) => [r.to_name, r.notes, r.departure_time, r.journey_minutes])).toEqual(
      json.map((d) => [
        d.arrival.station.name,
        d.notes.join('\n'),
        d.departure.time ?? '',
        d.durationMinutes === null ? '' : String(d.durationMinutes),
      ]),
    );
    expect(rows[0]!.to_name).toBe(STRANGE_NAME);
    expect(rows[0]!.notes).toBe(STRANGE_NOTE);
  });
});

describe('scheduleCell', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+10:00', "'+10:00"],
    ['-1', "'-1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', '\\u{9}x'],
    ['Khasan', 'Khasan'],
    ['a=b', 'a=b'],
    ['Bidi \u202e\u0085', 'Bidi \\u{202e}\\u{85}'],
  ])('%j → %j', (input, output) => {
    expect(scheduleCell({ pieces: [input] })).toBe(output);
  });

  it('neutralises the cell, not each piece, and keeps line breaks between pieces', () => {
    expect(scheduleCell({ pieces: ['=a', '=b'], join: '\n' })).toBe("'=a\n=b");
    expect(scheduleCell({ pieces: ['=a'] }, { raw: true })).toBe('=a');
  });
});
