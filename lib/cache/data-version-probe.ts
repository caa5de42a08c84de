// Reads the public data version with a tiny dedicated pool. proxy.ts calls it once per request:
// it doubles as the database health check (an outage becomes a fast 503 instead of a hung or
// failed render), and the value it reads is handed to the page as its cache key.
import pg from 'pg';

const globalForProbe = globalThis as unknown as { dataVersionProbePool?: pg.Pool };

function pool(): pg.Pool {
  if (!globalForProbe.dataVersionProbePool) {
    const created = new pg.Pool({
      connectionString: process.env.DATABASE_URL,
      max: 4,
      connectionTimeoutMillis: Number(process.env.DATABASE_CONNECT_TIMEOUT_MS ?? 2000),
      idleTimeoutMillis: 30_000,
      statement_timeout: 2000,
      // statement_timeout is the server's; a frozen server needs the driver's own timer.
      query_timeout: 2000,
    });
    // An idle client losing its server must not crash the process.
    created.on('error', () => {});
    globalForProbe.dataVersionProbePool = created;
  }
  return globalForProbe.dataVersionProbePool;
}

export const DATA_VERSION_HEADER = 'x-commitment-tracker-data-version';
/** Set by the HTTP-level cache (lib/http/public-http-cache.ts) when it has just read the version. */
export const PROBED_VERSION_HEADER = 'x-commitment-tracker-probed-version';
/** That header's value when the read just failed: proxy.ts answers 503 without waiting again. */
export const PROBE_FAILED = 'unreachable';

/** The current data version, or null when the database cannot be reached. */
export async function probeDataVersion(): Promise<number | null> {
  try {
    const result = await pool().query<{ version: number }>(
      `SELECT version FROM "DataVersion" WHERE scope = 'public'`,
    );
    return result.rows[0]?.version ?? 0;
  } catch {
    return null;
  }
}
