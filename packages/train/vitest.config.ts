import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    // Two cores: one worker per core; experiments train real networks, so allow them time.
    maxWorkers: 2,
    testTimeout: 60_000,
  },
});
