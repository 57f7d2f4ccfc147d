import { defineConfig } from 'vitest/config';

// TZ is pinned to UTC by the npm script: dates are wall-clock values and must never shift.
// Each project sets `extends: true`: an inline project inherits nothing from this root config
// otherwise (vitest resolves it with configFile false), and the unit project ran with vitest's
// default hookTimeout of 10 s, so a busy machine failed whole suites in their set-up.
export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 240_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts', 'test/unit/**/*.test.tsx'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/e2e/global-setup.ts'],
          testTimeout: 120_000,
          // One Chromium at a time: this machine has 2 cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
