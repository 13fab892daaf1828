/**
 * The part of docs/performance.md that `npm run bench` writes: the table of a full run and the line saying when,
 * where and under which Nodes it was measured, between two markers. What is around them is written by hand.
 */

export const START = '<!-- npm run bench writes from here to the end marker: a change between them is lost -->';
export const END = '<!-- end of what npm run bench writes -->';

const hhmm = (date) => date.toISOString().slice(11, 16);

/** The results of a run as Markdown: when and on what it ran, then one row per measurement. */
export function benchResults({ started, ended, loads, nodes, cpu, cpus, runs, rows }) {
  const under = nodes.map((n) => `Node ${n.version.replace(/^v/, '')} (tz ${n.tz})`).join(' and ');
  return [
    `Measured by \`npm run bench\` on ${started.toISOString().slice(0, 10)} from ${hhmm(started)} to ${hhmm(ended)} UTC on ${cpus} × ${cpu}, ` +
      `at a load average of ${loads[0].toFixed(1)} at the start and ${loads[1].toFixed(1)} at the end, under ${under}, ${runs} rounds:`,
    '',
    '| measurement | median (min–max) | budget | |',
    '|---|---|---|---|',
    ...rows.map((r) => `| ${r.what} | ${r.value} | ${r.budget} | ${r.ok ? 'ok' : 'MISSED'} |`),
  ].join('\n');
}

/** `page` with `results` between the markers; throws when the page has lost them. */
export function withBenchResults(page, results) {
  const from = page.indexOf(START);
  const to = page.indexOf(END);
  if (from < 0 || to < from)
    throw new Error(`docs/performance.md has no "${START}" … "${END}" to write the results between`);
  return `${page.slice(0, from + START.length)}\n${results}\n${page.slice(to)}`;
}
