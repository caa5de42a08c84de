import { defineConfig } from '@playwright/test';

import { SYSTEM_CHROMIUM_ARGS } from './scripts/lib/chromium';

// Browser tests run in the Chromium that scripts/test.ts chose (Playwright cannot download its own
// here: the system's, else the npm-packaged one, passed as CHROMIUM_PATH / CHROMIUM_ARGS) against
// a production build that scripts/test.ts starts on a fresh copy of the seeded database.
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [
    ['list'],
    ['json', { outputFile: `${process.env.TEST_RESULTS_DIR ?? 'test-results'}/e2e.json` }],
  ],
  outputDir: `${process.env.TEST_RESULTS_DIR ?? 'test-results'}/artifacts`,
  use: {
    baseURL: process.env.E2E_BASE_URL ?? 'http://localhost:3100',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: process.env.CHROMIUM_ARGS
        ? (JSON.parse(process.env.CHROMIUM_ARGS) as string[])
        : SYSTEM_CHROMIUM_ARGS,
    },
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
});
