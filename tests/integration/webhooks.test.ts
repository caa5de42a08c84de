// Webhooks on real Postgres: registration refuses what it must (non-http, private targets, editors),
// each new assessment queues one delivery per webhook in its own transaction, a delivery is signed
// so the receiver can verify it, two senders never claim the same row, and failures back off.
import { vi } from 'vitest';

vi.mock('next/headers', () => ({
  headers: async () => {
    throw new Error('outside a request');
  },
}));
import crypto from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/auth';
import { updateCommitmentStatus } from '@/lib/commitments/update-status';
import { db } from '@/lib/db';
import { createPrismaClient } from '@/lib/prisma-client';
import { addWebhook } from '@/lib/webhooks/add';
import { webhookPayloadSchema } from '@/lib/webhooks/payload';
import { removeWebhook } from '@/lib/webhooks/remove';
import {
  CLAIM_LEASE_MS,
  claimDueDeliveries,
  recordOutcome,
  retryDelayMs,
  sendDueDeliveries,
} from '@/lib/webhooks/sender';
import { makeUser } from '../support/auth-fixtures';

const SLUG = 'vietnam-uk-clean-energy-partnership';
const SECRET = 'receiver-shared-secret-0123456789';
let admin: Actor;
let editor: Actor;

interface Received {
  headers: http.IncomingHttpHeaders;
  body: string;
}
const received: Received[] = [];
let receiverStatus = 200;
let receiver: http.Server;
let receiverUrl: string;

beforeAll(async () => {
  const [adminUser, editorUser] = await Promise.all([makeUser(db, { role: 'ADMIN' }), makeUser(db)]);
  const asActor = (user: typeof adminUser): Actor => ({
    kind: 'user',
    user: { id: user.id, email: user.email, name: user.name, role: user.role },
  });
  admin = asActor(adminUser);
  editor = asActor(editorUser);
  receiver = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      received.push({ headers: request.headers, body: Buffer.concat(chunks).toString('utf8') });
      response.writeHead(receiverStatus).end('ok');
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
});

afterAll(async () => {
  await new Promise((resolve) => receiver.close(resolve));
});

beforeEach(async () => {
  received.length = 0;
  receiverStatus = 200;
  await db.webhookDelivery.deleteMany();
  await db.webhook.deleteMany();
});

const context = (actor: Actor) => ({ actor, ip: null, via: 'api' as const });

async function recordAssessment(reason: string) {
  const { version } = await db.commitment.findUniqueOrThrow({
    where: { slug: SLUG },
    select: { version: true },
  });
  return updateCommitmentStatus.run(
    { slug: SLUG, version, status: 'IN_PROGRESS', reason, assessor: 'INDEPENDENT' },
    context(editor),
  );
}

describe('registering a webhook', () => {
  it('refuses a URL that is not http(s) with a field error, and writes nothing', async () => {
    for (const url of ['ftp://example.org/x', 'javascript:alert(1)', 'not a url', '']) {
      const result = await addWebhook.run({ url, secret: SECRET }, context(admin));
      expect(result).toEqual({ kind: 'invalid', errors: { url: 'feeds.errors.webhookUrl' } });
    }
    const short = await addWebhook.run({ url: 'https://example.org/x', secret: 'short' }, context(admin));
    expect(short).toMatchObject({ kind: 'invalid', errors: { secret: 'feeds.errors.secret' } });
    expect(await db.webhook.count()).toBe(0);
  });

  it('refuses loopback, private and link-local targets (WEBHOOKS_ALLOW_PRIVATE_TARGETS unset)', async () => {
    expect(process.env.WEBHOOKS_ALLOW_PRIVATE_TARGETS).toBeUndefined();
    for (const url of [
      receiverUrl,
      'http://localhost:8080/x',
      'http://[::1]/x',
      'http://10.1.2.3/x',
      'http://172.20.0.1/x',
      'http://192.168.1.1/x',
      'http://169.254.169.254/latest/meta-data',
      'http://0.0.0.0/x',
      'http://[fd00::1]/x',
      'http://[fe80::1]/x',
      'http://[::ffff:127.0.0.1]/x',
    ]) {
      const result = await addWebhook.run({ url, secret: SECRET }, context(admin));
      expect(result, url).toEqual({ kind: 'invalid', errors: { url: 'feeds.errors.privateTarget' } });
    }
    expect(await db.webhook.count()).toBe(0);
    const audited = await db.auditEvent.findFirst({
      where: { action: 'webhook.add', outcome: 'INVALID' },
      orderBy: { id: 'desc' },
    });
    expect(audited).not.toBeNull();
  });

  it('is for admins only', async () => {
    const result = await addWebhook.run({ url: 'https://8.8.8.8/hook', secret: SECRET }, context(editor));
    expect(result.kind).toBe('forbidden');
    const ok = await addWebhook.run({ url: 'https://8.8.8.8/hook', secret: SECRET }, context(admin));
    expect(ok.kind).toBe('ok');
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { action: 'webhook.add', outcome: 'OK' },
      orderBy: { id: 'desc' },
    });
    expect(JSON.stringify(audit.details)).not.toContain(SECRET);
    const id = ok.kind === 'ok' ? ok.value.id : 0;
    expect((await removeWebhook.run({ webhookId: String(id) }, context(editor))).kind).toBe('forbidden');
    expect((await removeWebhook.run({ webhookId: String(id) }, context(admin))).kind).toBe('ok');
    expect((await removeWebhook.run({ webhookId: String(id) }, context(admin))).kind).toBe('not-found');
  });
});

describe('delivering', () => {
  // Loopback targets are registered as the test's own setup; the app refuses them (above).
  const register = (url = receiverUrl) =>
    db.webhook.create({ data: { url, secret: SECRET, createdBy: 'test' } });

  it('queues one delivery per webhook with the assessment, and none when the assessment fails', async () => {
    await register();
    await register('http://127.0.0.1:9/second');
    expect((await recordAssessment('queued with the assessment')).kind).toBe('ok');
    const deliveries = await db.webhookDelivery.findMany();
    expect(deliveries).toHaveLength(2);
    expect(new Set(deliveries.map((row) => row.deliveryId)).size).toBe(2);
    const stale = await updateCommitmentStatus.run(
      { slug: SLUG, version: 1, status: 'AT_RISK', reason: 'stale version' },
      context(editor),
    );
    expect(stale.kind).toBe('conflict');
    expect(await db.webhookDelivery.count()).toBe(2);
  });

  it('POSTs the assessment signed with the secret; the receiver can verify it', async () => {
    await register();
    expect((await recordAssessment('signed delivery')).kind).toBe('ok');
    expect(await sendDueDeliveries(db, { allowPrivate: true })).toBe(1);
    expect(received).toHaveLength(1);
    const [{ headers, body }] = received as [Received];
    expect(headers['content-type']).toBe('application/json');
    const expected = `sha256=${crypto.createHmac('sha256', SECRET).update(body).digest('hex')}`;
    const signature = String(headers['x-tracker-signature']);
    expect(crypto.timingSafeEqual(Buffer.from(signature), Buffer.from(expected))).toBe(true);
    const wrong = `sha256=${crypto.createHmac('sha256', 'another-secret-entirely').update(body).digest('hex')}`;
    expect(signature).not.toBe(wrong);
    const payload = webhookPayloadSchema.parse(JSON.parse(body));
    expect(payload.assessment.reason).toBe('signed delivery');
    expect(payload.commitment.slug).toBe(SLUG);
    const row = await db.webhookDelivery.findFirstOrThrow();
    expect(headers['x-tracker-delivery']).toBe(row.deliveryId);
    expect(payload.deliveryId).toBe(row.deliveryId);
    expect(row).toMatchObject({ state: 'DELIVERED', attempts: 1, lastStatusCode: 200 });
    // Delivered means done: the next round sends nothing.
    expect(await sendDueDeliveries(db, { allowPrivate: true })).toBe(0);
  });

  it('refuses a private target again at delivery time, and retries later with the same delivery id', async () => {
    await register();
    expect((await recordAssessment('private at delivery')).kind).toBe('ok');
    const before = Date.now();
    await sendDueDeliveries(db, { allowPrivate: false });
    expect(received).toHaveLength(0);
    const row = await db.webhookDelivery.findFirstOrThrow();
    expect(row.state).toBe('PENDING');
    expect(row.attempts).toBe(1);
    expect(row.lastError).toMatch(/refused/);
    expect(row.nextAttemptAt.getTime()).toBeGreaterThanOrEqual(before + retryDelayMs(1) - 1000);

    receiverStatus = 500;
    const [claimed] = await claimDueDeliveries(db, new Date(row.nextAttemptAt.getTime() + 1));
    expect(claimed!.deliveryId).toBe(row.deliveryId);
    expect(claimed!.attempts).toBe(2);
  });

  it('two senders on the same database never claim the same delivery', async () => {
    const webhook = await register();
    await db.webhookDelivery.createMany({
      data: Array.from({ length: 60 }, (_, index) => ({
        deliveryId: crypto.randomUUID(),
        webhookId: webhook.id,
        event: 'assessment.created',
        body: `{"n":${index}}`,
      })),
    });
    const other = createPrismaClient(process.env.DATABASE_URL!, { poolSize: 4 });
    try {
      const claimedBy = async (client: Parameters<typeof claimDueDeliveries>[0]) => {
        const ids: number[] = [];
        for (;;) {
          const batch = await claimDueDeliveries(client, new Date(), 3);
          if (batch.length === 0) return ids;
          ids.push(...batch.map((row) => row.id));
        }
      };
      const results = await Promise.all([claimedBy(db), claimedBy(other), claimedBy(db), claimedBy(other)]);
      const all = results.flat();
      expect(all).toHaveLength(60);
      expect(new Set(all).size).toBe(60);
      expect(results.filter((ids) => ids.length > 0).length).toBeGreaterThan(1);
    } finally {
      await other.$disconnect();
    }
    const attempts = await db.webhookDelivery.findMany({ select: { attempts: true } });
    expect(attempts.every((row) => row.attempts === 1)).toBe(true);
  });

  it('a killed sender’s claim expires; its late result cannot overwrite the new sender’s', async () => {
    await register();
    expect((await recordAssessment('lease')).kind).toBe('ok');
    const start = new Date();
    const [first] = await claimDueDeliveries(db, start);
    expect(first).toBeDefined();
    expect(await claimDueDeliveries(db, new Date(start.getTime() + CLAIM_LEASE_MS - 1000))).toHaveLength(0);
    const [second] = await claimDueDeliveries(db, new Date(start.getTime() + CLAIM_LEASE_MS + 1));
    expect(second!.deliveryId).toBe(first!.deliveryId);
    expect(second!.attempts).toBe(2);
    expect(await recordOutcome(db, first!, { ok: false, status: null, error: 'socket hang up' })).toBe(false);
    expect(await recordOutcome(db, second!, { ok: true, status: 204 })).toBe(true);
    expect(await db.webhookDelivery.findFirstOrThrow()).toMatchObject({
      state: 'DELIVERED',
      lastStatusCode: 204,
    });
  });

  it('backs off exponentially and gives up 24 hours after queueing', async () => {
    expect([1, 2, 3, 4].map(retryDelayMs)).toEqual([10_000, 20_000, 40_000, 80_000]);
    expect(retryDelayMs(30)).toBe(60 * 60 * 1000);
    const webhook = await register();
    const now = new Date();
    const row = await db.webhookDelivery.create({
      data: {
        deliveryId: crypto.randomUUID(),
        webhookId: webhook.id,
        event: 'assessment.created',
        body: '{}',
        createdAt: now,
        nextAttemptAt: now,
      },
    });
    const [claimed] = await claimDueDeliveries(db, now);
    await recordOutcome(db, claimed!, { ok: false, status: 503, error: 'HTTP 503' }, now);
    let stored = await db.webhookDelivery.findUniqueOrThrow({ where: { id: row.id } });
    expect(stored).toMatchObject({ state: 'PENDING', attempts: 1, lastStatusCode: 503, lockedUntil: null });
    expect(stored.nextAttemptAt.getTime() - now.getTime()).toBe(10_000);

    // Nearly a day later, the next pause would end past the 24 hours: failed for good.
    const late = new Date(now.getTime() + 24 * 60 * 60 * 1000 - 5_000);
    const [again] = await claimDueDeliveries(db, late);
    expect(again!.attempts).toBe(2);
    await recordOutcome(db, again!, { ok: false, status: null, error: 'connect ECONNREFUSED' }, late);
    stored = await db.webhookDelivery.findUniqueOrThrow({ where: { id: row.id } });
    expect(stored).toMatchObject({ state: 'FAILED', attempts: 2, lastError: 'connect ECONNREFUSED' });
    expect(await claimDueDeliveries(db, new Date(late.getTime() + 48 * 3600_000))).toHaveLength(0);
  });
});
