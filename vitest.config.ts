import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // The build's zone table, in use as in the bin (npm test builds first).
    setupFiles: ['tests/setup/zone-table.ts'],
    // The end-to-end tests spawn the built bin; give a loaded CI machine room.
    testTimeout: 20_000,
    // vitest's default is one worker less than the cores: one worker on these 2-core machines. Most test time is
    // waiting for spawned bins, so two workers keep both cores busy.
    maxWorkers: 2,
  },
});
