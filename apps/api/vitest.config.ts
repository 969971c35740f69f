import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'bench/**/*.test.ts'],
    // Two cores: one worker per core; the training routes run real (small) networks.
    maxWorkers: 2,
    testTimeout: 30_000,
  },
});
