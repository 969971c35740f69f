import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    maxWorkers: 2,
    // The numeric tests start Python (NumPy's import alone takes a while on a busy machine) and
    // load TensorFlow.js; the defaults of 5 s and 10 s are too tight for that on shared CI.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
