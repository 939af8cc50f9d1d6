import { defineConfig } from 'vitest/config';

// Three projects so `npm test` runs them all and ends with one summary; e2e runs serially
// because each file starts its own browser-mode server and Chromium.
export default defineConfig({
  test: {
    reporters: ['default', './test/summary-reporter.ts'],
    exclude: ['**/node_modules/**', 'dist/**', 'out/**', 'release/**'],
    projects: [
      { test: { name: 'unit', include: ['test/unit/**/*.test.ts'], environment: 'node' } },
      {
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          // The UI answers in milliseconds, but a loaded CI machine may need seconds.
          expect: { poll: { timeout: 10_000 } },
        },
      },
    ],
  },
});
