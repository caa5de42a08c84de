// Starts this instance's webhook sender once (the app's server process only; see instrumentation.ts).
// Its own small pool, so a slow receiver never holds connections that requests need.
import { env } from '../env';
import { createPrismaClient } from '../prisma-client';
import { startWebhookSender, type RunningSender } from './sender';

const globalSender = globalThis as unknown as { commitmentTrackerWebhookSender?: RunningSender };

export function startAppWebhookSender(): void {
  if (globalSender.commitmentTrackerWebhookSender) return;
  let config: ReturnType<typeof env>;
  try {
    config = env();
  } catch (error) {
    // No database configured (e.g. a bare `next build`): nothing to send from.
    console.error(`webhook sender not started: ${(error as Error).message}`);
    return;
  }
  const db = createPrismaClient(config.DATABASE_URL, {
    poolSize: 2,
    connectTimeoutMs: config.DATABASE_CONNECT_TIMEOUT_MS,
    queryTimeoutMs: config.DATABASE_QUERY_TIMEOUT_MS,
  });
  globalSender.commitmentTrackerWebhookSender = startWebhookSender(db, {
    allowPrivate: config.WEBHOOKS_ALLOW_PRIVATE_TARGETS,
    log: (line) => console.error(line),
  });
}
