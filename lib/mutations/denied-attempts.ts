// Refused write attempts are audited, but an address hammering the actions must not grow the audit
// log without bound: per address and ten-minute window, the first refusals get an audit row each,
// later ones are only counted (one row per window), and past a limit the address is answered 429
// at once. One atomic statement, so concurrent requests on any instance count exactly.
import { env } from '../env';
import type { Db } from '../prisma-client';

export const DENIED_WINDOW_MS = 10 * 60 * 1000;
/** Refusals per address and window that each get their own audit row. */
export const DENIED_AUDITED_PER_WINDOW = 50;
/**
 * Refusals per address and window after which the address is answered 429. The browser tests
 * raise it (DENIED_WRITES_LIMIT): there every simulated visitor shares the loopback address.
 */
export const DENIED_LIMIT_PER_WINDOW = 200;

function deniedLimit(): number {
  return env().DENIED_WRITES_LIMIT ?? DENIED_LIMIT_PER_WINDOW;
}

export type DeniedAttemptVerdict = 'audit' | 'count-only' | 'throttle';

export async function countDeniedAttempt(
  db: Pick<Db, '$queryRaw'>,
  ip: string | null,
  now = Date.now(),
): Promise<{ verdict: DeniedAttemptVerdict; count: number; retryAfterSeconds: number }> {
  const windowStart = new Date(now - (now % DENIED_WINDOW_MS));
  const [row] = await db.$queryRaw<{ count: number }[]>`
    INSERT INTO "DeniedAttemptWindow" ("ip", "windowStart", "count")
    VALUES (${(ip ?? 'unknown').slice(0, 100)}, ${windowStart}, 1)
    ON CONFLICT ("ip", "windowStart") DO UPDATE SET "count" = "DeniedAttemptWindow"."count" + 1
    RETURNING "count"`;
  const count = Number(row?.count ?? 1);
  const retryAfterSeconds = Math.ceil((windowStart.getTime() + DENIED_WINDOW_MS - now) / 1000);
  const verdict: DeniedAttemptVerdict =
    count > deniedLimit() ? 'throttle' : count > DENIED_AUDITED_PER_WINDOW ? 'count-only' : 'audit';
  return { verdict, count, retryAfterSeconds };
}
