// Builds a Prisma client over node-postgres. Shared by the app (lib/db.ts) and by scripts and
// tests, which cannot import 'server-only'.
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from './generated/prisma/client';

export interface QueryEvent {
  query: string;
  /** JSON array of the bound parameters. */
  params: string;
  duration: number;
}

export interface PrismaClientOptions {
  /** Bound on getting a connection: a free one from the pool, or a new one from the server. */
  connectTimeoutMs?: number;
  poolSize?: number;
  /**
   * Bound on each statement. Scripts (seeding a million rows, migrations) keep the generous
   * default; the app passes DATABASE_QUERY_TIMEOUT_MS.
   */
  queryTimeoutMs?: number;
  /** Sees every SQL statement (query-plan tests use it); off in the app. */
  onQuery?: (event: QueryEvent) => void;
}

export function createPrismaClient(
  connectionString: string,
  options: PrismaClientOptions = {},
): PrismaClient {
  const adapter = new PrismaPg({
    connectionString,
    max: options.poolSize ?? 10,
    // Fail fast when the database is down or the pool is exhausted, instead of hanging requests.
    connectionTimeoutMillis: options.connectTimeoutMs ?? 2000,
    idleTimeoutMillis: 30_000,
    // Postgres cancels a runaway statement itself; the driver's own timer covers a server that no
    // longer answers at all (a frozen process never sends the cancel), which hung requests for 20 s.
    statement_timeout: options.queryTimeoutMs ?? 15_000,
    query_timeout: options.queryTimeoutMs ?? 15_000,
  });
  if (options.onQuery) {
    const client = new PrismaClient({ adapter, log: [{ emit: 'event', level: 'query' }] });
    client.$on('query', options.onQuery);
    return client as unknown as PrismaClient;
  }
  return new PrismaClient({ adapter });
}

export type Db = PrismaClient;
