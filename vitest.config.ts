import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';
import { electronProjectName, electronSuitePlan } from './test/e2e-electron/plan';

// The desktop suite drives the real Electron app, so it joins only where Electron's binary
// is installed; elsewhere the summary reporter prints one line saying why and how to run it.
const electronProject: TestProjectInlineConfiguration = {
  test: {
    name: electronProjectName,
    include: ['test/e2e-electron/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['test/e2e-electron/global-setup.ts'],
    testTimeout: 120_000,
    // The first run builds better-sqlite3 for Electron (about a minute).
    hookTimeout: 300_000,
    fileParallelism: false,
    expect: { poll: { timeout: 10_000 } },
  },
};

// One config for every project so `npm test` runs them all and ends with one summary; e2e
// runs serially because each file starts its own browser-mode server and Chromium.
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
      ...(electronSuitePlan().run ? [electronProject] : []),
    ],
  },
});
