// Sends queued webhook deliveries. Every app instance runs one sender (started from
// instrumentation.ts); they share the queue in Postgres:
// - a claim is one statement (SELECT … FOR UPDATE SKIP LOCKED inside an UPDATE … RETURNING), so two
//   senders never take the same row, and it is a lease (lockedUntil): a sender killed mid-delivery
//   leaves a claim that expires, and another instance (or this one, restarted) sends it again with
//   the same X-Tracker-Delivery id;
// - each claim counts an attempt, and the result is written only if the row still carries that
//   attempt (a sender whose lease ran out cannot overwrite the result of the one that took over);
// - failures are retried with exponential backoff until 24 hours after queueing, then marked failed.
import type { PrismaClient } from '../generated/prisma/client';
import { postDelivery, DELIVERY_TIMEOUT_MS, type PostOutcome } from './post';
import { signBody } from './payload';

type Db = Pick<PrismaClient, '$queryRaw' | '$executeRaw'>;

/** Longer than one delivery can take (DNS ≤ 5 s + the 10 s timeout), so a live claim never expires. */
export const CLAIM_LEASE_MS = 30_000;
export const RETRY_WINDOW_MS = 24 * 60 * 60 * 1000;
const FIRST_RETRY_MS = 10_000;
const LONGEST_RETRY_MS = 60 * 60 * 1000;

export interface ClaimedDelivery {
  id: number;
  deliveryId: string;
  body: string;
  attempts: number;
  createdAt: Date;
  url: string;
  secret: string;
}

/** Pause before the next attempt after `attempts` failed ones: 10 s, 20 s, 40 s … at most 1 h. */
export function retryDelayMs(attempts: number): number {
  return Math.min(FIRST_RETRY_MS * 2 ** Math.max(0, attempts - 1), LONGEST_RETRY_MS);
}

// Timestamps are stored as UTC wall-clock `timestamp(3)`; the ISO string cast drops its "Z".
const stamp = (date: Date) => date.toISOString();

/** Takes up to `limit` due deliveries for this sender, counting an attempt on each. */
export async function claimDueDeliveries(db: Db, now = new Date(), limit = 10): Promise<ClaimedDelivery[]> {
  const leaseEnd = new Date(now.getTime() + CLAIM_LEASE_MS);
  return db.$queryRaw<ClaimedDelivery[]>`
    WITH due AS (
      SELECT id FROM "WebhookDelivery"
      WHERE state = 'PENDING'
        AND "nextAttemptAt" <= ${stamp(now)}::timestamp
        AND ("lockedUntil" IS NULL OR "lockedUntil" <= ${stamp(now)}::timestamp)
      ORDER BY "nextAttemptAt", id
      LIMIT ${limit}
      FOR UPDATE SKIP LOCKED
    )
    UPDATE "WebhookDelivery" AS d
    SET "lockedUntil" = ${stamp(leaseEnd)}::timestamp,
        attempts = d.attempts + 1,
        "lastAttemptAt" = ${stamp(now)}::timestamp
    FROM due, "Webhook" AS w
    WHERE d.id = due.id AND w.id = d."webhookId"
    RETURNING d.id, d."deliveryId"::text AS "deliveryId", d.body, d.attempts, d."createdAt", w.url, w.secret`;
}

/** Writes an attempt's result, unless another sender has claimed the row since (returns false). */
export async function recordOutcome(
  db: Db,
  delivery: Pick<ClaimedDelivery, 'id' | 'attempts' | 'createdAt'>,
  outcome: PostOutcome,
  now = new Date(),
): Promise<boolean> {
  if (outcome.ok) {
    const updated = await db.$executeRaw`
      UPDATE "WebhookDelivery"
      SET state = 'DELIVERED', "deliveredAt" = ${stamp(now)}::timestamp, "lockedUntil" = NULL,
          "lastStatusCode" = ${outcome.status}, "lastError" = NULL
      WHERE id = ${delivery.id} AND attempts = ${delivery.attempts} AND state = 'PENDING'`;
    return updated === 1;
  }
  const next = new Date(now.getTime() + retryDelayMs(delivery.attempts));
  const givingUp = next.getTime() > delivery.createdAt.getTime() + RETRY_WINDOW_MS;
  const updated = await db.$executeRaw`
    UPDATE "WebhookDelivery"
    SET state = ${givingUp ? 'FAILED' : 'PENDING'}::"WebhookDeliveryState",
        "nextAttemptAt" = ${stamp(next)}::timestamp, "lockedUntil" = NULL,
        "lastStatusCode" = ${outcome.status}, "lastError" = ${outcome.error.slice(0, 500)}
    WHERE id = ${delivery.id} AND attempts = ${delivery.attempts} AND state = 'PENDING'`;
  return updated === 1;
}

export interface SendOptions {
  allowPrivate: boolean;
  timeoutMs?: number;
}

export function deliveryHeaders(delivery: Pick<ClaimedDelivery, 'deliveryId' | 'body' | 'secret'>) {
  return {
    'Content-Type': 'application/json',
    'User-Agent': 'CommitmentTracker-Webhooks/1',
    'X-Tracker-Event': 'assessment.created',
    'X-Tracker-Delivery': delivery.deliveryId,
    'X-Tracker-Signature': signBody(delivery.body, delivery.secret),
  };
}

/** One round: claim what is due, send it all at once, record each result. How many were claimed. */
export async function sendDueDeliveries(db: Db, options: SendOptions): Promise<number> {
  const claimed = await claimDueDeliveries(db);
  await Promise.all(
    claimed.map(async (delivery) => {
      const outcome = await postDelivery(delivery.url, deliveryHeaders(delivery), delivery.body, {
        allowPrivate: options.allowPrivate,
        timeoutMs: options.timeoutMs ?? DELIVERY_TIMEOUT_MS,
      });
      await recordOutcome(db, delivery, outcome);
    }),
  );
  return claimed.length;
}

export interface RunningSender {
  stop(): Promise<void>;
}

/** Polls every `intervalMs` (1 s: prompt enough, one indexed query per instance per second). */
export function startWebhookSender(
  db: Db,
  options: SendOptions & { intervalMs?: number; log?: (line: string) => void },
): RunningSender {
  const intervalMs = options.intervalMs ?? 1000;
  let stopped = false;
  let round: Promise<void> = Promise.resolve();
  let timer: NodeJS.Timeout | undefined;
  const tick = () => {
    round = sendDueDeliveries(db, options)
      .then((count) => {
        // A full batch: more may be waiting, go again at once.
        if (count >= 10 && !stopped) return void setImmediate(tick);
        schedule();
      })
      .catch((error: unknown) => {
        options.log?.(`webhook sender: ${error instanceof Error ? error.message : String(error)}`);
        schedule();
      });
  };
  const schedule = () => {
    if (!stopped) timer = setTimeout(tick, intervalMs);
  };
  schedule();
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await round;
    },
  };
}
