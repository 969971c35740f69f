import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // Two cores: one worker per core keeps the property tests from starving each other.
    maxWorkers: 2,
    // The property tests take about a second alone but ten times that while turbo runs every
    // package's tests at once on two cores; 5 s would fail them for the machine's load, not a bug.
    testTimeout: 30_000,
  },
});
