/**
 * boxTable draws what cli-table3 drew for railnext's table (compact style,
 * no border or head colours): the same text, cell for cell.
 */
import Table from 'cli-table3';
import { describe, expect, it } from 'vitest';
import { boxTable } from '../../src/render/box.js';

function cliTable3(head: string[], rows: string[][]): string {
  const table = new Table({ head, style: { head: [], border: [], compact: true } });
  for (const row of rows) table.push(row);
  return table.toString();
}

const HEAD = ['Date', 'Departs', 'From → To', 'Arrives', 'Journey', 'Service'];
const bold = (t: string) => `\u001b[1m${t}\u001b[22m`;
const yellow = (t: string) => `\u001b[33m${t}\u001b[39m`;

describe('boxTable equals cli-table3', () => {
  it.each([
    ['one row', HEAD, [['Wed 2 Dec 2026', '15:30 +10', 'Khasan → Tumangang', '14:47 +09 ~', '17 min', 'train 645']]],
    ['many rows of different widths', HEAD, [
      ['Wed 2 Dec 2026', '15:30 +10', 'Khasan → Tumangang', '14:47 +09 ~', '17 min', 'train 645'],
      ['Thu 17 Dec 2026', '? (4 a day)', 'Heihe → Blagoveshchensk (Kanikurgan)', '?', '?', 'bus'],
      ['Sat 3 Jan 2027', '23:10 +08:30', 'Pyongyang → Moscow', '18:00 +03 +8 d', '8 d 2 h', 'train'],
    ]],
    ['wide characters', HEAD, [['Mon 1 Feb 2027', '09:00', '평양 → 丹东', '13:00', '4 h', 'train 51'], ['x', '', 'Хасан → 두만강', '', '', '']]],
    ['emoji and combining marks', ['a', 'b'], [['🚆 train', 'e\u0301te'], ['👨‍👩‍👧', '✈️']]],
    ['colour codes in cells and head', HEAD.map(bold), [['Wed 2 Dec 2026', `15:30 ${yellow('~*')}`, 'Khasan → Tumangang', yellow('?'), yellow('?'), 'train 645']]],
    ['empty cells', ['', 'x'], [['', ''], ['y', '']]],
  ])('%s', (_name, head, rows) => {
    expect(boxTable(head, rows)).toBe(cliTable3(head, rows));
  });
});
