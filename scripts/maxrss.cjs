/**
 * Runs a CommonJS script (the bin) in this process and reports its peak
 * resident memory on stderr when it exits, for `npm run bench`:
 *   node scripts/maxrss.cjs bin/railnext.cjs [args…]
 *
 * On Linux the peak is VmHWM, this process's own high-water mark: getrusage's
 * maxrss (process.resourceUsage) keeps the parent's resident size from the
 * fork across exec, so a bench process holding 70 MB made every child report
 * at least 70 MB. Elsewhere it is maxrss.
 */
const { readFileSync } = require('node:fs');
const { resolve } = require('node:path');
const script = resolve(process.argv[2]);
process.argv.splice(1, 2, script);

function peakKb() {
  try {
    const hwm = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync('/proc/self/status', 'utf8'));
    if (hwm) return Number(hwm[1]);
  } catch {
    // No /proc: not Linux.
  }
  return process.resourceUsage().maxRSS;
}

process.on('exit', () => process.stderr.write(`railnext-maxrss=${peakKb()}\n`));
require(script);
