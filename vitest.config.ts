import { defineConfig } from 'vitest/config';

/**
 * The differential suites that take minutes (expansion against rrule over twenty years, a century through pipes, the
 * zones against zoneinfo since 1970, the code cache damaged in every way, random schedules, networks and command lines,
 * completion in the real bash, zsh and fish) are named *.slow.test.ts and form the "slow" project: `npm test` runs the "fast" one, `npm run test:slow` these, CI
 * (.ci/run) both.
 */
const SLOW = 'tests/**/*.slow.test.ts';

export default defineConfig({
  test: {
    // The build's zone table, in use as in the bin (npm test builds first).
    setupFiles: ['tests/setup/zone-table.ts'],
    // The end-to-end tests spawn the built bin; give a loaded CI machine room.
    testTimeout: 20_000,
    // vitest's default is one worker less than the cores: one worker on these 2-core machines. Most test time is
    // waiting for spawned bins, so a worker more than the cores keeps both busy (2026-12-07, 2 cores: the suite in
    // 85 s with three workers, 93 s with two).
    maxWorkers: 3,
    projects: [
      {
        extends: true,
        // Each file in a fresh module graph re-imports the CLI: without that, the fast project took half the CPU time
        // (2026-12-07: the unit tests 25 s of CPU instead of 49, the end-to-end tests 78 s instead of about 100). The
        // tests reset what they change (the zone table, the environment); a test that passes alone and fails here does not.
        test: { name: 'fast', include: ['tests/**/*.test.ts'], exclude: [SLOW], isolate: false },
      },
      // Each slow case may spawn the bin many times (a shell runs it on every Tab): room on a loaded CI machine.
      { extends: true, test: { name: 'slow', include: [SLOW], testTimeout: 120_000 } },
    ],
  },
});
