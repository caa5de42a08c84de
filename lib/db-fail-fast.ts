// Once the driver has given up on a database that does not answer (frozen, partitioned), the
// app's next queries fail at once until it answers again, instead of each waiting out its timeout:
// a page that runs its queries in two or three rounds would otherwise take two or three times the
// timeout (the report took 4.2 s with a frozen database; every request must end within ~2 s).
import type { PrismaClient } from './generated/prisma/client';

// Messages of pg / pg-pool when their own timers fire (the server sent nothing).
const NO_ANSWER =
  /Query read timeout|timeout exceeded when trying to connect|Connection terminated due to connection timeout/i;

/** Recognised by lib/database-errors.ts (P1008: operation timed out), so callers answer 503. */
export class DatabaseNotAnsweringError extends Error {
  readonly code = 'P1008';
  constructor() {
    super('the database is not answering; failing fast until it does');
  }
}

export function isNoAnswerError(error: unknown): boolean {
  return error instanceof Error && NO_ANSWER.test(error.message);
}

/**
 * After a no-answer error, queries fail at once; after `cooldownMs` a single query is let through
 * to try the database again (others keep failing fast meanwhile), and its success closes the
 * breaker. Letting every query through again at once would make requests that straddle that
 * moment wait out a second timeout.
 */
export function withFailFast<T extends PrismaClient>(client: T, cooldownMs: number): T {
  let failUntil = 0;
  let open = false;
  let trialInFlight = false;
  return client.$extends({
    query: {
      async $allOperations({ args, query }) {
        const trial = open && !trialInFlight && Date.now() >= failUntil;
        if (open && !trial) throw new DatabaseNotAnsweringError();
        if (trial) trialInFlight = true;
        try {
          const result = await query(args);
          if (trial) open = false;
          return result;
        } catch (error) {
          if (isNoAnswerError(error)) {
            open = true;
            failUntil = Date.now() + cooldownMs;
          } else if (trial) {
            // The database answered (with an error of its own): it is reachable again.
            open = false;
          }
          throw error;
        } finally {
          if (trial) trialInFlight = false;
        }
      },
    },
  }) as unknown as T;
}
