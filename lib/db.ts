import 'server-only';
import { withFailFast } from './db-fail-fast';
import { env } from './env';
import { createPrismaClient, type Db } from './prisma-client';

// One client per process; kept on globalThis so dev-mode hot reloads do not open new pools.
const globalForDb = globalThis as unknown as { commitmentTrackerDb?: Db };

function createDb(): Db {
  const { DATABASE_URL, DATABASE_CONNECT_TIMEOUT_MS, DATABASE_POOL_SIZE, DATABASE_QUERY_TIMEOUT_MS } = env();
  const client = createPrismaClient(DATABASE_URL, {
    connectTimeoutMs: DATABASE_CONNECT_TIMEOUT_MS,
    poolSize: DATABASE_POOL_SIZE,
    queryTimeoutMs: DATABASE_QUERY_TIMEOUT_MS,
  });
  // One timeout's worth: by then the proxy's health probe answers 503 for new requests anyway.
  return withFailFast(client, DATABASE_QUERY_TIMEOUT_MS);
}

/** The app's Prisma client, created on first use (so builds never need a database). */
export const db: Db = new Proxy({} as Db, {
  get(_target, property) {
    globalForDb.commitmentTrackerDb ??= createDb();
    const value = Reflect.get(globalForDb.commitmentTrackerDb, property);
    return typeof value === 'function' ? value.bind(globalForDb.commitmentTrackerDb) : value;
  },
});
