import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // Two cores: one worker per core keeps the property tests from starving each other.
    maxWorkers: 2,
  },
});
