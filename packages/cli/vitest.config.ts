import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    maxWorkers: 2,
    // Packing, installing and running the packages outside the workspace takes tens of seconds.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
