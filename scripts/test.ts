// `npm test`: every test on a real Postgres (embedded unless DATABASE_URL), then the browser
// tests in Chromium (the system's if it starts, else the npm-packaged one) against a production build. Prints one closing line:
// "tests: N passed, N failed, N skipped". Flags: --no-e2e, --e2e-only; other words filter files.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { NEXT_BIN } from './lib/ops/paths';
import { checkReachable } from './lib/ops/database';
import { PROJECT_ROOT, startEmbeddedPostgres, type RunningPostgres } from './lib/ops/embedded-postgres';
import { applyMigrations } from './lib/ops/migrate';
import { createPrismaClient } from '../lib/prisma-client';
import { seedDatabase } from '../prisma/seed/seed';
import { databaseUrl } from '../tests/support/test-database';
import { buildIsCurrent, recordBuild } from './lib/build-stamp';
import { resolveChromium } from './lib/chromium';
import { runMain, say } from './lib/cli';

const TEMPLATE = 'ct_template';
const E2E_DATABASE = 'ct_e2e';
const RESULTS_DIR = path.resolve(PROJECT_ROOT, process.env.TEST_RESULTS_DIR ?? 'test-results');
const argv = process.argv.slice(2);
const args = new Set(argv.filter((arg) => arg.startsWith('--')));
const runUnit = !args.has('--e2e-only');
const runE2e = !args.has('--no-e2e');
// Other words are file filters for Vitest and Playwright (e.g. `npm test -- editor --no-e2e`).
const filters = argv.filter((arg) => !arg.startsWith('--'));
const playwrightArgs = filters.length > 0 ? [...filters, '--pass-with-no-tests'] : [];
const vitestArgs = filters.length > 0 ? [...filters, '--passWithNoTests'] : [];

interface Counts {
  passed: number;
  failed: number;
  skipped: number;
}

async function openTestServer(): Promise<RunningPostgres> {
  if (process.env.DATABASE_URL) {
    say('using DATABASE_URL for test databases (needs the CREATEDB privilege)…');
    await checkReachable(process.env.DATABASE_URL);
    return { url: process.env.DATABASE_URL, startedHere: false, stop: async () => {} };
  }
  say('starting the embedded test database…');
  const port = Number(process.env.EMBEDDED_TEST_PG_PORT ?? 54339);
  return startEmbeddedPostgres({
    dataDir: path.join(PROJECT_ROOT, '.data', `test-postgres-${port}`),
    port,
    database: 'postgres',
  });
}

async function recreateDatabase(adminUrl: string, name: string, template?: string): Promise<string> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${name}"${template ? ` TEMPLATE "${template}"` : ''}`);
  } finally {
    await client.end();
  }
  return databaseUrl(adminUrl, name);
}

function run(command: string, commandArgs: string[], env: NodeJS.ProcessEnv): number {
  return spawnSync(command, commandArgs, { cwd: PROJECT_ROOT, env, stdio: 'inherit' }).status ?? 1;
}

function readVitestCounts(file: string): Counts {
  if (!fs.existsSync(file)) return { passed: 0, failed: 1, skipped: 0 };
  const report = JSON.parse(fs.readFileSync(file, 'utf8')) as {
    numPassedTests: number;
    numFailedTests: number;
    numPendingTests: number;
    numTodoTests: number;
    success: boolean;
  };
  return {
    passed: report.numPassedTests,
    // A suite that fails to load has no failed test but an unsuccessful run.
    failed: report.numFailedTests || (report.success ? 0 : 1),
    skipped: report.numPendingTests + report.numTodoTests,
  };
}

function readPlaywrightCounts(file: string): Counts {
  if (!fs.existsSync(file)) return { passed: 0, failed: 1, skipped: 0 };
  const report = JSON.parse(fs.readFileSync(file, 'utf8')) as {
    stats: { expected: number; unexpected: number; flaky: number; skipped: number };
    errors?: unknown[];
  };
  const loadErrors = report.errors?.length ?? 0;
  return {
    passed: report.stats.expected,
    failed: report.stats.unexpected + report.stats.flaky + loadErrors,
    skipped: report.stats.skipped,
  };
}

async function waitForServer(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url, { redirect: 'manual' });
      if (response.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error(`the app did not start at ${url} within ${timeoutMs / 1000} s`);
}

async function runBrowserTests(adminUrl: string, baseEnv: NodeJS.ProcessEnv): Promise<Counts> {
  const chromium = await resolveChromium(say);
  if ('error' in chromium) {
    say(`browser tests need Chromium: ${chromium.error}; failing rather than skipping`);
    return { passed: 0, failed: 1, skipped: 0 };
  }
  say(
    `browser tests use ${chromium.source === 'system' ? 'the system' : 'the npm-packaged'} Chromium (${chromium.executablePath})`,
  );
  const e2eUrl = await recreateDatabase(adminUrl, E2E_DATABASE, TEMPLATE);
  if (!buildIsCurrent()) {
    say('building the app for the browser tests…');
    if (run(NEXT_BIN, ['build'], baseEnv) !== 0) return { passed: 0, failed: 1, skipped: 0 };
    recordBuild();
  }
  const port = Number(process.env.E2E_PORT ?? 3100);
  const baseUrl = `http://localhost:${port}`;
  const serverEnv = {
    ...baseEnv,
    DATABASE_URL: e2eUrl,
    NEXTAUTH_URL: baseUrl,
    NEXTAUTH_SECRET: 'e2e-secret-not-for-production-0123456789',
    PORT: String(port),
    // Every simulated visitor shares the loopback address, and the fuzz test alone sends hundreds
    // of refused writes: the per-address limit is tested in tests/integration/denied-attempts.test.ts.
    DENIED_WRITES_LIMIT: '1000000',
  };
  const server = spawn(NEXT_BIN, ['start', '-p', String(port)], {
    cwd: PROJECT_ROOT,
    env: serverEnv,
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  });
  try {
    await waitForServer(`${baseUrl}/en`, 60_000);
    const reportFile = path.join(RESULTS_DIR, 'e2e.json');
    fs.rmSync(reportFile, { force: true });
    run('npx', ['playwright', 'test', ...playwrightArgs], {
      ...serverEnv,
      E2E_BASE_URL: baseUrl,
      E2E_DATABASE_URL: e2eUrl,
      TEST_RESULTS_DIR: RESULTS_DIR,
      // Resolved once here; playwright.config.ts only reads them.
      CHROMIUM_PATH: chromium.executablePath,
      CHROMIUM_ARGS: JSON.stringify(chromium.args),
    });
    return readPlaywrightCounts(reportFile);
  } finally {
    if (server.pid) process.kill(-server.pid, 'SIGTERM');
  }
}

runMain(async () => {
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  const server = await openTestServer();
  const total: Counts = { passed: 0, failed: 0, skipped: 0 };
  const add = (counts: Counts) => {
    total.passed += counts.passed;
    total.failed += counts.failed;
    total.skipped += counts.skipped;
  };
  try {
    say('preparing the template test database (migrations + seed)…');
    const templateUrl = await recreateDatabase(server.url, TEMPLATE);
    await applyMigrations(templateUrl);
    const db = createPrismaClient(templateUrl);
    await seedDatabase(db);
    await db.$disconnect();

    const baseEnv: NodeJS.ProcessEnv = {
      ...process.env,
      NEXT_TELEMETRY_DISABLED: '1',
      TEST_DATABASE_ADMIN_URL: server.url,
      TEST_TEMPLATE_DATABASE: TEMPLATE,
    };
    if (runUnit) {
      const reportFile = path.join(RESULTS_DIR, 'vitest.json');
      fs.rmSync(reportFile, { force: true });
      run(
        'npx',
        [
          'vitest',
          'run',
          '--reporter=default',
          '--reporter=json',
          `--outputFile=${reportFile}`,
          ...vitestArgs,
        ],
        baseEnv,
      );
      add(readVitestCounts(reportFile));
    }
    if (runE2e) add(await runBrowserTests(server.url, baseEnv));
  } finally {
    await server.stop();
  }
  say(`tests: ${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
  if (total.failed > 0 || (filters.length === 0 && total.passed === 0)) process.exit(1);
});
