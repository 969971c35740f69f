import { defineConfig } from 'vitest/config';

// The attack test (src/attack.test.ts) measures /healthz's latency while the real server is
// attacked, so it runs alone: `pnpm test:attack`, which the workspace's `check` runs after every
// other package's tests, never beside them on the same two cores.
export default defineConfig({
  test: {
    include: ['src/attack.test.ts'],
    testTimeout: 120_000,
  },
});
