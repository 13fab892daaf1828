/**
 * Runs a CommonJS script (the bin) in this process and reports its peak
 * resident memory on stderr when it exits, for `npm run bench`:
 *   node scripts/maxrss.cjs bin/railnext.cjs [args…]
 */
const { resolve } = require('node:path');
const script = resolve(process.argv[2]);
process.argv.splice(1, 2, script);
process.on('exit', () => process.stderr.write(`railnext-maxrss=${process.resourceUsage().maxRSS}\n`));
require(script);
