/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { precompress } from './scripts/precompress.js';

// One config for the build and the tests: component tests run in jsdom, the end-to-end tests
// (e2e/) drive Debian's Chromium against the production build in dist/ from Node.
export default defineConfig({
  plugins: [react(), precompress()],
  resolve: {
    // @actlab/train loads `mnist` lazily for Node; its 41 MB must never reach the browser bundle.
    alias: { mnist: fileURLToPath(new URL('./src/lib/no-mnist.ts', import.meta.url)) },
  },
  build: {
    target: 'es2022',
    // The explorer's initial JavaScript is budgeted (scripts/check-bundle.mjs); report gzip sizes.
    reportCompressedSize: true,
  },
  worker: { format: 'es' },
  test: {
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['src/**/*.test.{ts,tsx}'],
          environment: 'jsdom',
          setupFiles: ['src/test-setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // One browser at a time: the machine has two cores and the pages train networks.
          fileParallelism: false,
        },
      },
    ],
  },
});
