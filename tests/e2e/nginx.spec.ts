// deploy/nginx.conf for real: nginx (Debian's package; .ci/run installs it when it can) in front of
// two app instances on one database, caching anonymous pages by the app's headers. An edit saved
// on one instance is served through the proxy within a second; signed-in requests bypass the
// cache. Without an nginx binary the tests are skipped, saying why.
import { spawn, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import { expect, test } from '@playwright/test';
import { generateApiToken, hashApiToken } from '../../lib/auth/tokens';
import { createPrismaClient } from '../../lib/prisma-client';
import { findNginx, startNginx, type RunningNginx } from '../../scripts/lib/nginx';
import { NEXT_BIN, PROJECT_ROOT } from '../../scripts/lib/ops/paths';

const SLUG = 'jetp-implementation-support';
const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
const FIRST = process.env.E2E_BASE_URL ?? `http://localhost:${E2E_PORT}`;
const SECOND_PORT = Number(process.env.NGINX_SECOND_PORT ?? E2E_PORT + 10);
const PROXY_PORT = Number(process.env.NGINX_TEST_PORT ?? E2E_PORT + 14);
const PROXY = `http://127.0.0.1:${PROXY_PORT}`;
const NGINX = findNginx();
const db = createPrismaClient(process.env.E2E_DATABASE_URL ?? '');
let second: ChildProcess | undefined;
let nginx: RunningNginx | undefined;

async function waitFor(url: string, what: string): Promise<void> {
  for (let attempt = 0; attempt < 200; attempt += 1) {
    const ok = await fetch(url).then(
      (response) => response.status < 500,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error(`${what} did not start`);
}

test.describe('behind nginx', () => {
  test.describe.configure({ mode: 'serial', timeout: 120_000 });
  test.skip(
    !NGINX,
    'nginx is not installed (apt-get install nginx-light): the reverse-proxy tests are skipped',
  );

  test.beforeAll(async () => {
    test.setTimeout(120_000);
    second = spawn(NEXT_BIN, ['start', '-p', String(SECOND_PORT)], {
      cwd: PROJECT_ROOT,
      env: {
        ...process.env,
        DATABASE_URL: process.env.E2E_DATABASE_URL,
        PORT: String(SECOND_PORT),
        TRUSTED_PROXY_HOPS: '1',
      },
      stdio: 'ignore',
      detached: true,
    });
    nginx = startNginx(NGINX!, [Number(new URL(FIRST).port), SECOND_PORT], PROXY_PORT);
    await waitFor(`http://localhost:${SECOND_PORT}/en`, 'the second instance');
    await waitFor(`${PROXY}/en`, 'nginx');
  });

  test.afterAll(async () => {
    nginx?.stop();
    if (second?.pid) process.kill(-second.pid, 'SIGTERM');
    await db.$disconnect();
  });

  test('anonymous pages are served from the proxy cache; an edit on one instance shows within a second', async () => {
    const page = `${PROXY}/en/commitments/${SLUG}`;
    const statuses: string[] = [];
    for (let index = 0; index < 4; index += 1) {
      const response = await fetch(page);
      expect(response.status).toBe(200);
      statuses.push(response.headers.get('x-cache-status') ?? '');
    }
    // Served from the proxy's copy (revalidated with a 304 when a second boundary passed).
    expect(statuses.slice(1).some((status) => status === 'HIT' || status === 'REVALIDATED')).toBe(true);

    const user = await db.user.create({
      data: {
        email: `nginx-${crypto.randomBytes(3).toString('hex')}@example.org`,
        name: 'Proxy Editor',
        role: 'EDITOR',
        passwordHash: 'x',
      },
    });
    const token = generateApiToken();
    await db.apiToken.create({ data: { userId: user.id, tokenHash: hashApiToken(token) } });
    const { version } = await db.commitment.findUniqueOrThrow({ where: { slug: SLUG } });
    const reason = `Seen through the proxy ${crypto.randomBytes(3).toString('hex')}`;
    // Saved on the second instance, directly; the proxy balances readers over both.
    const saved = await fetch(`http://localhost:${SECOND_PORT}/api/commitments/${SLUG}/status`, {
      method: 'PATCH',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ status: 'IN_PROGRESS', progress: 35, reason, version }),
    });
    expect(saved.status).toBe(200);
    const savedAt = Date.now();
    let seenAfter = -1;
    while (Date.now() - savedAt < 3000) {
      if ((await (await fetch(page)).text()).includes(reason)) {
        seenAfter = Date.now() - savedAt;
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    test.info().annotations.push({ type: 'visible after', description: `${seenAfter} ms` });
    expect(seenAfter).toBeGreaterThanOrEqual(0);
    expect(seenAfter).toBeLessThanOrEqual(1000);
  });

  test('signed-in and token requests bypass the cache and are never public', async () => {
    const signedIn = await fetch(`${PROXY}/en`, {
      headers: { Cookie: 'next-auth.session-token=not-a-real-session' },
    });
    expect(signedIn.headers.get('x-cache-status')).toBe('BYPASS');
    expect(signedIn.headers.get('cache-control') ?? '').not.toMatch(/public/);
    const token = await fetch(`${PROXY}/api/export/commitments.csv`, {
      headers: { Authorization: 'Bearer not-a-real-token' },
    });
    expect(token.headers.get('x-cache-status')).toBe('BYPASS');
    expect(token.headers.get('cache-control') ?? '').not.toMatch(/public/);
  });
});
