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

/** One read for every request that arrived before it was sent (see probeDataVersion). */
let nextRead: Promise<number | null> | null = null;

// When each data version this process has read came to be (its own clock, from the age the
// database reports), so a cache can tell how long an edit has gone unseen. Shared by the module's
// copies (instrumentation and the app's bundles load it separately).
const globalForTimes = globalThis as unknown as { dataVersionTimes?: Map<number, number> };
const versionTimes = (globalForTimes.dataVersionTimes ??= new Map());
const REMEMBERED_VERSIONS = 64;

function noteVersion(version: number, ageMs: number): void {
  if (versionTimes.has(version)) return;
  versionTimes.set(version, Date.now() - Math.max(0, ageMs));
  if (versionTimes.size > REMEMBERED_VERSIONS) versionTimes.delete(versionTimes.keys().next().value!);
}

/**
 * When the edit that produced `version` was committed (ms since the epoch, this process's clock),
 * if this process has read that version; undefined when it never saw it (edits in quick succession).
 */
export function versionChangedAt(version: number): number | undefined {
  return versionTimes.get(version);
}

// The history version that goes with each public version this process has read. Every
// transaction that bumps the history version bumps the public one too (bumpDataVersion), so a
// public version fixes its history version: a page keyed by the proxy's read needs no second
// query for it (and so no query at all when its reads are cached, even as the database goes away).
const globalForHistory = globalThis as unknown as { historyVersionByPublic?: Map<number, number> };
const historyByPublic = (globalForHistory.historyVersionByPublic ??= new Map());

function noteHistoryVersion(version: number, history: number): void {
  if (historyByPublic.has(version)) return;
  historyByPublic.set(version, history);
  if (historyByPublic.size > REMEMBERED_VERSIONS)
    historyByPublic.delete(historyByPublic.keys().next().value!);
}

/** The history version read together with public `version`, if this process read that one. */
export function historyVersionFor(version: number): number | undefined {
  return historyByPublic.get(version);
}

async function readDataVersion(): Promise<number | null> {
  try {
    // Both scopes in one statement: one snapshot, so the pair is consistent.
    const result = await pool().query<{ scope: string; version: number; age_ms: number }>(
      `SELECT scope, version, extract(epoch FROM (clock_timestamp() AT TIME ZONE 'UTC') - "updatedAt") * 1000 AS age_ms
       FROM "DataVersion" WHERE scope IN ('public', 'history')`,
    );
    const row = result.rows.find((candidate) => candidate.scope === 'public');
    if (!row) return 0;
    noteVersion(row.version, Number(row.age_ms));
    const history = result.rows.find((candidate) => candidate.scope === 'history');
    noteHistoryVersion(row.version, history?.version ?? 0);
    return row.version;
  } catch {
    return null;
  }
}

/**
 * The current data version, or null when the database cannot be reached. Requests arriving in the
 * same turn of the event loop share one read, sent once they have all arrived: every request still
 * gets a value read after it came in (an edit committed before it was sent is always seen), at one
 * query per batch instead of one per request under load.
 */
export function probeDataVersion(): Promise<number | null> {
  nextRead ??= new Promise((resolve) => {
    setImmediate(() => {
      nextRead = null;
      resolve(readDataVersion());
    });
  });
  return nextRead;
}
