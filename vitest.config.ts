import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // The end-to-end tests spawn the built bin; give a loaded CI machine room.
    testTimeout: 20_000,
  },
});
