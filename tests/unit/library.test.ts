import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import * as railnext from '../../src/index.js';

describe('the library', () => {
  it('importing it prints nothing and registers no listeners', () => {
    const script = `
      const before = process.listenerCount('exit') + process.listenerCount('uncaughtException') + process.stdout.listenerCount('error');
      await import(${JSON.stringify(new URL('../../dist/index.js', import.meta.url).href)});
      const after = process.listenerCount('exit') + process.listenerCount('uncaughtException') + process.stdout.listenerCount('error');
      if (after !== before) process.exitCode = 9;`;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('looks up departures without the CLI', () => {
    const catalog = railnext.loadBundled();
    const l = railnext.lookup(catalog, {
      query: 'Хасан',
      window: { from: { kind: 'date', day: railnext.parseIsoDate('2026-12-02')!, text: '2026-12-02' }, days: 1 },
      now: 0,
    });
    expect([...l.departures()].map((d) => railnext.jsonDeparture(d).departure.at)).toEqual(['2026-12-02T15:30:00+10:00']);
  });
});
