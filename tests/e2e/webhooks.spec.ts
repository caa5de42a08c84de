// Webhooks end to end, on two production instances of their own sharing a database of their own
// (WEBHOOKS_ALLOW_PRIVATE_TARGETS=true, so they may send to this test's loopback receiver): an admin
// registers the webhook in the UI, an assessment is recorded, the instance sending it is killed
// (SIGKILL) while the receiver holds the request, and after a restart the delivery arrives —
// acknowledged exactly once for its delivery id, with both instances running.
import { spawn, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';
import { hashPassword } from '../../lib/auth/password';
import { generateApiToken, hashApiToken } from '../../lib/auth/tokens';
import { createPrismaClient } from '../../lib/prisma-client';
import { NEXT_BIN, PROJECT_ROOT } from '../../scripts/lib/ops/paths';
import { createTestDatabase, dropTestDatabase } from '../support/test-database';

const SLUG = 'vietnam-uk-clean-energy-partnership';
const SECRET = 'e2e-webhook-secret-0123456789';
const PASSWORD = 'harbour-signal-quartz-58';
const BASE_PORT = Number(process.env.E2E_PORT ?? 3100) + 92;
const PORTS = [BASE_PORT, BASE_PORT + 1] as const;
const base = (port: number) => `http://localhost:${port}`;

interface Arrival {
  deliveryId: string;
  signatureOk: boolean;
  acknowledged: boolean;
}

let database: { name: string; url: string };
let db: ReturnType<typeof createPrismaClient>;
const instances = new Map<number, ChildProcess>();
const arrivals: Arrival[] = [];
let holdNext = false;
let onHeld: ((socketPort: number) => void) | undefined;
let receiver: http.Server;
let receiverUrl: string;

function startInstance(port: number): ChildProcess {
  const child = spawn(NEXT_BIN, ['start', '-p', String(port)], {
    cwd: PROJECT_ROOT,
    env: {
      ...process.env,
      DATABASE_URL: database.url,
      NEXTAUTH_URL: base(port),
      PORT: String(port),
      WEBHOOKS_ALLOW_PRIVATE_TARGETS: 'true',
    },
    stdio: 'ignore',
    detached: true,
  });
  instances.set(port, child);
  return child;
}

async function waitUntil(check: () => Promise<boolean> | boolean, timeoutMs: number, what: string) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await Promise.resolve(check()).catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${what}: not within ${timeoutMs / 1000} s`);
}

const ready = (port: number) =>
  waitUntil(async () => (await fetch(`${base(port)}/en`)).ok, 90_000, `instance on ${port} started`);

/** Which of our instances owns the client socket with this local port (Linux /proc). */
function instanceOwningSocket(localPort: number): number | undefined {
  const inodes = new Set<string>();
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    for (const line of fs.readFileSync(table, 'utf8').split('\n').slice(1)) {
      const fields = line.trim().split(/\s+/);
      if (fields.length > 9 && parseInt(fields[1]!.split(':')[1]!, 16) === localPort) inodes.add(fields[9]!);
    }
  }
  for (const pid of fs.readdirSync('/proc').filter((entry) => /^\d+$/.test(entry))) {
    let group: number;
    let fds: string[];
    try {
      group = Number(fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ')[2]);
      fds = fs.readdirSync(`/proc/${pid}/fd`);
    } catch {
      continue;
    }
    const owner = [...instances].find(([, child]) => child.pid === group)?.[0];
    if (owner === undefined) continue;
    for (const fd of fds) {
      try {
        const match = /^socket:\[(\d+)\]$/.exec(fs.readlinkSync(`/proc/${pid}/fd/${fd}`));
        if (match && inodes.has(match[1]!)) return owner;
      } catch {
        // the descriptor closed meanwhile
      }
    }
  }
  return undefined;
}

test.describe.configure({ mode: 'serial', timeout: 240_000 });

test.beforeAll(async () => {
  test.setTimeout(240_000);
  database = await createTestDatabase('ct_webhooks_e2e');
  db = createPrismaClient(database.url);
  receiver = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const expected = `sha256=${crypto.createHmac('sha256', SECRET).update(body).digest('hex')}`;
      const arrival: Arrival = {
        deliveryId: String(request.headers['x-tracker-delivery']),
        signatureOk: request.headers['x-tracker-signature'] === expected,
        acknowledged: false,
      };
      arrivals.push(arrival);
      response.on('finish', () => {
        arrival.acknowledged = true;
      });
      if (holdNext) {
        // Hold the answer: the sender is killed while it waits.
        holdNext = false;
        onHeld?.(request.socket.remotePort!);
        return;
      }
      response.writeHead(200).end('thanks');
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/tracker-hook`;
  for (const port of PORTS) startInstance(port);
  await Promise.all(PORTS.map(ready));
});

test.afterAll(async () => {
  for (const child of instances.values()) {
    if (child.pid) {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
  }
  receiver?.closeAllConnections();
  await new Promise((resolve) => receiver?.close(resolve));
  await db?.$disconnect();
  if (database) await dropTestDatabase(database.name);
});

test('an admin registers a webhook; a killed sender’s delivery arrives after restart, exactly once', async ({
  page,
}) => {
  const email = `hooks-admin-${Date.now()}@example.org`;
  await db.user.create({
    data: { email, name: 'Hooks Admin', role: 'ADMIN', passwordHash: await hashPassword(PASSWORD) },
  });
  const [first, second] = PORTS;
  await page.goto(`${base(first)}/en/login?callbackUrl=${encodeURIComponent('/en/admin/webhooks')}`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { name: 'Webhooks', level: 1 })).toBeVisible();

  await page.getByLabel('Address (URL)').fill('ftp://files.example.org/hook');
  await page.getByLabel('Secret').fill(SECRET);
  await page.getByRole('button', { name: 'Add webhook' }).click();
  await expect(page.getByText('Enter an http:// or https:// address')).toBeVisible();

  await page.getByLabel('Address (URL)').fill(receiverUrl);
  await page.getByLabel('Secret').fill(SECRET);
  await page.getByRole('button', { name: 'Add webhook' }).click();
  await expect(page.getByRole('status')).toContainText('The webhook was added');
  await page.reload();
  await expect(page.getByTestId('webhooks')).toContainText(receiverUrl);
  expect(await page.content()).not.toContain(SECRET);

  // An editor records an assessment through the API of the first instance.
  const editor = await db.user.create({
    data: {
      email: `hooks-editor-${Date.now()}@example.org`,
      name: 'Hooks Editor',
      role: 'EDITOR',
      passwordHash: 'x',
    },
  });
  const token = generateApiToken();
  await db.apiToken.create({ data: { userId: editor.id, tokenHash: hashApiToken(token) } });
  const record = async (reason: string) => {
    const { version } = await db.commitment.findUniqueOrThrow({ where: { slug: SLUG } });
    const response = await fetch(`${base(first)}/api/commitments/${SLUG}/status`, {
      method: 'PATCH',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ status: 'IN_PROGRESS', reason, version }),
    });
    expect(response.status).toBe(200);
  };

  holdNext = true;
  const held = new Promise<number>((resolve) => {
    onHeld = resolve;
  });
  await record('Sent while the sender dies');
  const socketPort = await Promise.race([
    held,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error('no delivery within 15 s')), 15_000)),
  ]);
  const sender = instanceOwningSocket(socketPort);
  expect(sender, 'the sending instance is one of ours').toBeDefined();
  const delivery = await db.webhookDelivery.findFirstOrThrow({ orderBy: { id: 'desc' } });
  expect(arrivals.map((arrival) => arrival.deliveryId)).toEqual([delivery.deliveryId]);

  // Kill the sender mid-delivery, then start it again.
  const killed = instances.get(sender!)!;
  const exited = new Promise((resolve) => killed.once('exit', resolve));
  process.kill(-killed.pid!, 'SIGKILL');
  await exited;
  expect(arrivals[0]!.acknowledged).toBe(false);
  startInstance(sender!);
  await ready(sender!);

  // The claim of the killed sender expires (30 s lease); one instance sends again, same id.
  await waitUntil(
    () => arrivals.some((arrival) => arrival.deliveryId === delivery.deliveryId && arrival.acknowledged),
    75_000,
    'the delivery arrived again',
  );
  // Both instances keep polling: give them time to (wrongly) send it once more.
  await new Promise((resolve) => setTimeout(resolve, 4_000));
  const forDelivery = arrivals.filter((arrival) => arrival.deliveryId === delivery.deliveryId);
  expect(forDelivery.filter((arrival) => arrival.acknowledged)).toHaveLength(1);
  expect(forDelivery.every((arrival) => arrival.signatureOk)).toBe(true);
  expect(forDelivery).toHaveLength(2);
  const stored = await db.webhookDelivery.findUniqueOrThrow({ where: { id: delivery.id } });
  expect(stored).toMatchObject({ state: 'DELIVERED', attempts: 2, lastStatusCode: 200 });

  // With both instances running, a new assessment reaches the receiver once, promptly.
  const before = arrivals.length;
  await record('Both instances up');
  const next = await db.webhookDelivery.findFirstOrThrow({ orderBy: { id: 'desc' } });
  await waitUntil(() => arrivals.length > before, 10_000, 'the second delivery arrived');
  await new Promise((resolve) => setTimeout(resolve, 3_000));
  const again = arrivals.filter((arrival) => arrival.deliveryId === next.deliveryId);
  expect(again).toHaveLength(1);
  expect(again[0]).toMatchObject({ acknowledged: true, signatureOk: true });

  // The delivery log shows both, delivered.
  await page.goto(`${base(second)}/en/admin/webhooks`);
  await page.getByRole('link', { name: 'Delivery log' }).click();
  const log = page.getByTestId('webhook-deliveries');
  await expect(log).toContainText(delivery.deliveryId);
  await expect(log).toContainText(next.deliveryId);
  await expect(log.getByText('Delivered')).toHaveCount(2);
});
