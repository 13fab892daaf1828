import { defineConfig } from 'vitest/config';

/**
 * The differential suites that take minutes (expansion against rrule over twenty years, a century through pipes, the
 * zones against zoneinfo since 1970, the code cache damaged in every way, random schedules, networks and command lines)
 * are named *.slow.test.ts and form the "slow" project: `npm test` runs the "fast" one, `npm run test:slow` these, CI
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
      { extends: true, test: { name: 'fast', include: ['tests/**/*.test.ts'], exclude: [SLOW] } },
      { extends: true, test: { name: 'slow', include: [SLOW] } },
    ],
  },
});
