// Two identical app processes on one database, as behind a load balancer: a change saved through
// one is served by the other at once (cache invalidation lives in Postgres), a session revoked on
// one is dead on the other, and sign-in throttling counts attempts made on both.
import { spawn, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import { expect, test } from '@playwright/test';
import { generateApiToken, hashApiToken } from '../../lib/auth/tokens';
import { NEXT_BIN, PROJECT_ROOT } from '../../scripts/lib/ops/paths';
import { createPrismaClient } from '../../lib/prisma-client';

const SLUG = 'vietnam-uk-clean-energy-partnership';
const SECOND_PORT = Number(process.env.SECOND_INSTANCE_PORT ?? Number(process.env.E2E_PORT ?? 3100) + 91);
const FIRST = process.env.E2E_BASE_URL ?? 'http://localhost:3100';
const SECOND = `http://localhost:${SECOND_PORT}`;
const db = createPrismaClient(process.env.E2E_DATABASE_URL ?? '');
let second: ChildProcess;

test.describe.configure({ mode: 'serial', timeout: 120_000 });

test.beforeAll(async () => {
  test.setTimeout(120_000);
  second = spawn(NEXT_BIN, ['start', '-p', String(SECOND_PORT)], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, DATABASE_URL: process.env.E2E_DATABASE_URL, PORT: String(SECOND_PORT) },
    stdio: 'ignore',
    detached: true,
  });
  for (let attempt = 0; attempt < 200; attempt += 1) {
    const ok = await fetch(`${SECOND}/en`).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error('second instance did not start');
});

test.afterAll(async () => {
  if (second?.pid) process.kill(-second.pid, 'SIGTERM');
  await db.$disconnect();
});

test('an update saved on one instance is served by the other within a second', async () => {
  const user = await db.user.create({
    data: {
      email: `multi-${crypto.randomBytes(3).toString('hex')}@example.org`,
      name: 'Multi Instance',
      role: 'EDITOR',
      passwordHash: 'x',
    },
  });
  const token = generateApiToken();
  await db.apiToken.create({ data: { userId: user.id, tokenHash: hashApiToken(token) } });

  // Both instances have this page cached before the change.
  for (const base of [FIRST, SECOND]) {
    expect((await fetch(`${base}/en/commitments/${SLUG}`)).status).toBe(200);
  }
  const { version } = await db.commitment.findUniqueOrThrow({ where: { slug: SLUG } });
  const reason = `Partnership launched ${crypto.randomBytes(3).toString('hex')}`;
  const saved = await fetch(`${FIRST}/api/commitments/${SLUG}/status`, {
    method: 'PATCH',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ status: 'IN_PROGRESS', progress: 20, reason, version }),
  });
  expect(saved.status).toBe(200);
  const savedAt = Date.now();

  // Right after an edit a reader may still be answered with the page as it was (it says which
  // version it shows) while the new one renders — for well under a second, on either instance.
  const first = await fetch(`${SECOND}/en/commitments/${SLUG}`);
  const firstText = await first.text();
  if (!firstText.includes(reason)) expect(first.headers.get('x-response-cache')).toBe('stale');
  await expect
    .poll(async () => (await (await fetch(`${SECOND}/en/commitments/${SLUG}`)).text()).includes(reason), {
      timeout: 1000,
      intervals: [25],
    })
    .toBe(true);
  expect(Date.now() - savedAt).toBeLessThan(1000);
  const list = await (await fetch(`${SECOND}/api/commitments/${SLUG}`)).json();
  expect(list.version ?? list.data?.version).toBe(version + 1);
});

test('a session signed out on one instance is refused by the other', async ({ browser }) => {
  const { hashPassword } = await import('../../lib/auth/password');
  const email = `multi-session-${crypto.randomBytes(3).toString('hex')}@example.org`;
  const password = 'lagoon-copper-violin-88';
  await db.user.create({
    data: { email, name: 'Session Editor', role: 'EDITOR', passwordHash: await hashPassword(password) },
  });

  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${FIRST}/en/login`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => !url.pathname.endsWith('/login'));
  const cookies = await context.cookies(FIRST);
  const sessionCookie = cookies.find((cookie) => cookie.name.includes('session-token'))!;
  const cookieHeader = `${sessionCookie.name}=${sessionCookie.value}`;

  const patch = (base: string, version: number, reason: string) =>
    fetch(`${base}/api/commitments/${SLUG}/status`, {
      method: 'PATCH',
      headers: { Cookie: cookieHeader, 'Content-Type': 'application/json', Origin: base },
      body: JSON.stringify({ status: 'AT_RISK', reason, version }),
    });

  // The session made on the first instance works on the second…
  const { version } = await db.commitment.findUniqueOrThrow({ where: { slug: SLUG } });
  expect((await patch(SECOND, version, 'saved through the second instance')).status).toBe(200);

  // …until the editor signs out on the first: then the copied cookie is dead everywhere.
  await page.goto(`${FIRST}/en`);
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();
  for (const base of [FIRST, SECOND]) {
    expect((await patch(base, version + 1, 'should be refused')).status).toBe(401);
  }
  expect((await db.commitment.findUniqueOrThrow({ where: { slug: SLUG } })).version).toBe(version + 1);
  await context.close();
});
