import { defineConfig } from '@playwright/test';

// Browser tests run in Debian's Chromium (Playwright cannot download its own here) against a
// production build that scripts/test.ts starts on a fresh copy of the seeded database.
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
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-quic',
        '--no-first-run',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
});
