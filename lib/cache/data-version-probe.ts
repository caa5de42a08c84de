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

// What this process knows of each data version it has read, shared by the module's copies
// (instrumentation and the app's bundles load it separately):
// - when it came to be (its own clock, from the age the database reports), so a cache can tell
//   how long an edit has gone unseen;
// - the history version read with it. Every transaction that bumps the history version bumps the
//   public one too (bumpDataVersion), so a public version fixes its history version: a page keyed
//   by the proxy's read needs no second query for it (and so no query at all when its reads are
//   cached, even as the database goes away).
interface VersionRead {
  changedAt: number;
  history: number;
}
const globalForVersions = globalThis as unknown as { dataVersionsRead?: Map<number, VersionRead> };
const versionsRead = (globalForVersions.dataVersionsRead ??= new Map());
const REMEMBERED_VERSIONS = 64;

function noteVersion(version: number, ageMs: number, history: number): void {
  if (versionsRead.has(version)) return;
  versionsRead.set(version, { changedAt: Date.now() - Math.max(0, ageMs), history });
  if (versionsRead.size > REMEMBERED_VERSIONS) versionsRead.delete(versionsRead.keys().next().value!);
}

/**
 * When the edit that produced `version` was committed (ms since the epoch, this process's clock),
 * if this process has read that version; undefined when it never saw it (edits in quick succession).
 */
export function versionChangedAt(version: number): number | undefined {
  return versionsRead.get(version)?.changedAt;
}

/** The history version read together with public `version`, if this process read that one. */
export function historyVersionFor(version: number): number | undefined {
  return versionsRead.get(version)?.history;
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
    const history = result.rows.find((candidate) => candidate.scope === 'history');
    noteVersion(row.version, Number(row.age_ms), history?.version ?? 0);
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
