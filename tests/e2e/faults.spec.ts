// Survival under faults, against a production server of its own on a database of its own, so
// stopping that database disturbs no other test.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { NEXT_BIN } from '../../lib/ops/paths';
import { PROJECT_ROOT, startEmbeddedPostgres, type RunningPostgres } from '../../lib/ops/embedded-postgres';
import { applyMigrations } from '../../lib/ops/migrate';
import { createPrismaClient } from '../../lib/prisma-client';
import { seedDatabase } from '../../prisma/seed/seed';

const PG_PORT = Number(process.env.FAULT_PG_PORT ?? 54371);
const APP_PORT = Number(process.env.FAULT_APP_PORT ?? 3190);
const BASE = `http://localhost:${APP_PORT}`;
const DATA_DIR = path.join(PROJECT_ROOT, '.data', `fault-postgres-${PG_PORT}`);

let database: RunningPostgres;
let app: ChildProcess;

function startDatabase() {
  return startEmbeddedPostgres({ dataDir: DATA_DIR, port: PG_PORT, database: 'faults' });
}

async function timedGet(url: string): Promise<{ status: number; ms: number; body: string }> {
  const started = Date.now();
  const response = await fetch(url, { signal: AbortSignal.timeout(10_000) });
  const body = await response.text();
  return { status: response.status, ms: Date.now() - started, body };
}

async function waitFor(check: () => Promise<boolean>, timeoutMs: number): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (await check().catch(() => false)) return Date.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`condition not met within ${timeoutMs} ms`);
}

test.describe.configure({ mode: 'serial', timeout: 180_000 });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  fs.rmSync(DATA_DIR, { recursive: true, force: true });
  database = await startDatabase();
  await applyMigrations(database.url);
  const db = createPrismaClient(database.url);
  await seedDatabase(db);
  await db.$disconnect();
  app = spawn(NEXT_BIN, ['start', '-p', String(APP_PORT)], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, DATABASE_URL: database.url, NEXTAUTH_URL: BASE, PORT: String(APP_PORT) },
    stdio: 'ignore',
    detached: true,
  });
  await waitFor(async () => (await timedGet(`${BASE}/en`)).status === 200, 60_000);
});

test.afterAll(async () => {
  if (app?.pid) process.kill(-app.pid, 'SIGTERM');
  await database?.stop().catch(() => {});
  fs.rmSync(DATA_DIR, { recursive: true, force: true });
});

test('a database outage fails requests fast with the 503 page, and the app recovers without a restart', async () => {
  // Requests in flight while the database goes away.
  const inFlight = Array.from({ length: 10 }, () =>
    timedGet(`${BASE}/en`).catch(() => ({ status: 0, ms: 0, body: '' })),
  );
  await database.stop();
  const during = await Promise.all(inFlight);
  for (const result of during) expect([200, 503]).toContain(result.status);

  const pages = await Promise.all(['/en', '/en/commitments', '/vi'].map((p) => timedGet(`${BASE}${p}`)));
  for (const page of pages) {
    expect(page.status).toBe(503);
    expect(page.ms).toBeLessThanOrEqual(2000);
    expect(page.body).toMatch(/Temporarily unavailable|Tạm thời không truy cập được/);
    expect(page.body).not.toMatch(/at .*\.js:\d+|Error:/);
  }
  expect(app.exitCode).toBeNull();

  database = await startDatabase();
  const recoveredAfter = await waitFor(async () => (await timedGet(`${BASE}/en`)).status === 200, 5000);
  expect(recoveredAfter).toBeLessThanOrEqual(5000);
  expect((await timedGet(`${BASE}/en/commitments/english-second-language-2035`)).status).toBe(200);
});

test('slow clients that never finish their request do not hold the server', async () => {
  const sockets: net.Socket[] = [];
  for (let index = 0; index < 100; index += 1) {
    const socket = net.connect(APP_PORT, '127.0.0.1');
    socket.on('error', () => {});
    socket.write('GET /en HTTP/1.1\r\nHost: localhost\r\nX-Slow: ');
    sockets.push(socket);
  }
  try {
    const page = await timedGet(`${BASE}/en`);
    expect(page.status).toBe(200);
    expect(page.ms).toBeLessThan(2000);
  } finally {
    for (const socket of sockets) socket.destroy();
  }
});
