import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'bench/**/*.test.ts'],
    // Measured alone by `pnpm test:attack` (vitest.attack.config.ts), after every other test.
    exclude: [...configDefaults.exclude, 'src/attack.test.ts'],
    // Two cores: one worker per core; the training routes run real (small) networks.
    maxWorkers: 2,
    testTimeout: 30_000,
  },
});
