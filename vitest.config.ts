import { defineConfig } from 'vitest/config';

/** The app's pure helpers are tested beside the browser tests but need no build and no browser. */
const APP_HELPERS = 'app-helpers';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: [`tests/browser/**/!(${APP_HELPERS}).test.ts`, '**/node_modules/**'],
          testTimeout: 30_000,
          hookTimeout: 120_000,
        },
      },
      {
        // Real chromium against a production build: one file at a time, generous timeouts.
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          exclude: [`tests/browser/${APP_HELPERS}.test.ts`],
          globalSetup: ['tests/browser/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
