import { defineConfig } from 'vitest/config';

// TZ is pinned to UTC by the npm script: dates are wall-clock values and must never shift.
export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 240_000,
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts', 'test/unit/**/*.test.tsx'],
          environment: 'node',
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/e2e/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 240_000,
          // One Chromium at a time: this machine has 2 cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
