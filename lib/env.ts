// The one reader of process.env for the app, validated once so misconfiguration fails with a
// one-line message instead of a stack trace deep in a request.
import { z } from 'zod';

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  DATABASE_URL: z
    .string({ error: 'DATABASE_URL is not set (npm start sets it for the embedded database)' })
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must be a postgres:// or postgresql:// URL'),
  /** Upper bound on waiting for a pooled connection; the driver's default is to wait forever. */
  DATABASE_CONNECT_TIMEOUT_MS: z.coerce.number().int().positive().default(2000),
  DATABASE_POOL_SIZE: z.coerce.number().int().positive().default(10),
  /**
   * How many proxies in front of the app append the client address to X-Forwarded-For (1 behind
   * one nginx or load balancer). 0: the app faces clients directly and ignores the header.
   */
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  /**
   * Longest a statement may run, enforced by Postgres and, for a server that stopped answering
   * altogether (frozen, partitioned), by the driver: a request fails instead of hanging.
   */
  DATABASE_QUERY_TIMEOUT_MS: z.coerce.number().int().positive().default(2000),
  /** Refused writes per address per ten minutes before 429 (default 200; the browser tests raise it). */
  DENIED_WRITES_LIMIT: z.coerce.number().int().positive().optional(),
  NEXTAUTH_SECRET: z.string().min(16).optional(),
  NEXTAUTH_URL: z.string().url().optional(),
  /** `true` lets webhooks target private, loopback and link-local addresses (tests, intranets). */
  WEBHOOKS_ALLOW_PRIVATE_TARGETS: z
    .enum(['true', 'false'])
    .optional()
    .transform((value) => value === 'true'),
  /** Where this instance listens; the public URL's fallback when NEXTAUTH_URL is unset. */
  PORT: z.coerce.number().int().positive().default(3000),
});

export type Env = z.infer<typeof envSchema>;

let cached: Env | undefined;

export function env(): Env {
  if (cached) return cached;
  const parsed = envSchema.safeParse(process.env);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new Error(`Configuration error: ${first?.path.join('.')}: ${first?.message}`);
  }
  cached = parsed.data;
  return cached;
}
