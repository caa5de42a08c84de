import 'server-only';
import { headers } from 'next/headers';
import { cache } from 'react';
import { DATA_VERSION_HEADER, historyVersionFor } from './data-version-probe';
import { noteLagResolved, noteLaggedServe } from './lagged-serves';
import { db } from '../db';

// Public reads are cached in each process, keyed by a version number kept in Postgres. Every
// write transaction bumps that number (bumpDataVersion), so an edit made through any instance
// invalidates the caches of all instances on their next request: one primary-key read per request
// instead of the page's full set of queries.

const PUBLIC_SCOPE = 'public';
/**
 * Bumped with the public version by every write except an assessment dated today or later: a
 * view of an earlier day (lib/queries/time-point.ts `isSettledPast`) cannot change without it, so
 * its costliest reads are keyed by this one and survive the day's stream of edits.
 */
const HISTORY_SCOPE = 'history';
const MAX_ENTRIES = 500;

interface Entry {
  version: number;
  value: Promise<unknown>;
  /** When its read started (Date.now()): how old the data it shows can be. */
  startedAt: number;
  /** Resolved (a rejected read is removed from the store). */
  settled: boolean;
  /** A read for a newer version is under way (cachedPublicReadWithLag). */
  refreshing: boolean;
}

const globalStore = globalThis as unknown as { publicReadCache?: Map<string, Entry> };
const store = (globalStore.publicReadCache ??= new Map());

/** Request headers, or null outside a request (tests, scripts), where headers() throws. */
async function readRequestHeaders(): Promise<Headers | null> {
  try {
    return (await headers()) as unknown as Headers;
  } catch {
    return null;
  }
}

/** The data version for this request (read once per request). */
export const currentDataVersion = cache(async (): Promise<number> => {
  // proxy.ts has already read it for this request; outside a request (tests, scripts) ask Postgres.
  // A server action's response re-renders the page after the action wrote, so the version the
  // proxy read before the write is stale there: ask Postgres again.
  const requestHeaders = await readRequestHeaders();
  const fromProxy = requestHeaders?.has('next-action') ? null : requestHeaders?.get(DATA_VERSION_HEADER);
  if (fromProxy && /^\d+$/.test(fromProxy)) return Number(fromProxy);
  const row = await db.dataVersion.findUnique({
    where: { scope: PUBLIC_SCOPE },
    select: { version: true },
  });
  return row?.version ?? 0;
});

/**
 * The history version for this request: the one the proxy's probe read with the public version
 * (no query), else read once per request (server-action renders, tests, scripts).
 */
const currentHistoryVersion = cache(async (): Promise<number> => {
  const requestHeaders = await readRequestHeaders();
  const fromProxy = requestHeaders?.has('next-action') ? null : requestHeaders?.get(DATA_VERSION_HEADER);
  const paired = fromProxy && /^\d+$/.test(fromProxy) ? historyVersionFor(Number(fromProxy)) : undefined;
  if (paired !== undefined) return paired;
  const row = await db.dataVersion.findUnique({ where: { scope: HISTORY_SCOPE }, select: { version: true } });
  return row?.version ?? 0;
});

export async function cachedPublicRead<T>(key: string, read: () => Promise<T>): Promise<T> {
  return cachedRead(key, await currentDataVersion(), read);
}

/**
 * For reads of a settled past (isSettledPast): keyed by the history version, so an edit dated
 * today leaves them cached. Stored apart from the public-version entries (the counters differ).
 */
export async function cachedHistoryRead<T>(key: string, read: () => Promise<T>): Promise<T> {
  return cachedRead(`history:${key}`, await currentHistoryVersion(), read);
}

function cachedRead<T>(key: string, version: number, read: () => Promise<T>): Promise<T> {
  const hit = store.get(key);
  if (hit && hit.version === version) {
    // Refresh recency for the LRU order.
    store.delete(key);
    store.set(key, hit);
    return hit.value as Promise<T>;
  }
  return remember(key, version, read()).value as Promise<T>;
}

function remember(key: string, version: number, value: Promise<unknown>, startedAt = Date.now()): Entry {
  const entry: Entry = { version, value, startedAt, settled: false, refreshing: false };
  store.set(key, entry);
  value.then(
    () => {
      entry.settled = true;
    },
    // A failed read must not be served from cache.
    () => {
      if (store.get(key) === entry) store.delete(key);
    },
  );
  while (store.size > MAX_ENTRIES) {
    const oldest = store.keys().next().value;
    if (oldest === undefined) break;
    store.delete(oldest);
  }
  return entry;
}

/**
 * For aggregates too costly to recompute after every edit (the status-over-time counts scan every
 * assessment's history): after an edit, the previous value is served while one read for the new
 * version runs in the background, as long as that value's read started less than `maxLagMs` ago.
 * So the figures lag an edit by about one read's duration, never more than `maxLagMs`, and a
 * stream of edits costs one read at a time per instance instead of one per request.
 */
export async function cachedPublicReadWithLag<T>(
  key: string,
  read: () => Promise<T>,
  maxLagMs: number,
): Promise<T> {
  return cachedReadWithLag(key, await currentDataVersion(), read, maxLagMs);
}

/** cachedPublicReadWithLag for reads of a settled past, keyed as cachedHistoryRead's are. */
export async function cachedHistoryReadWithLag<T>(
  key: string,
  read: () => Promise<T>,
  maxLagMs: number,
): Promise<T> {
  return cachedReadWithLag(`history:${key}`, await currentHistoryVersion(), read, maxLagMs);
}

function cachedReadWithLag<T>(
  key: string,
  version: number,
  read: () => Promise<T>,
  maxLagMs: number,
): Promise<T> {
  const hit = store.get(key);
  if (!hit || hit.version === version || !hit.settled || Date.now() - hit.startedAt > maxLagMs) {
    return cachedRead(key, version, read);
  }
  noteLaggedServe();
  if (!hit.refreshing) {
    hit.refreshing = true;
    const startedAt = Date.now();
    const next = read();
    next.then(
      () => {
        if (store.get(key) === hit) remember(key, version, next, startedAt).settled = true;
        noteLagResolved();
      },
      () => {
        hit.refreshing = false;
      },
    );
  }
  return hit.value as Promise<T>;
}

type VersionWriter = Pick<typeof db, '$queryRaw'>;

/**
 * Call inside every transaction that changes what the public sees. The time of the change is the
 * database's clock (UTC), so every instance can tell how long ago an edit was against one clock
 * (lib/cache/data-version-probe.ts). `history: false` only for a write that changes nothing a
 * day before today shows (an assessment dated today or later); the history version is bumped
 * otherwise, after the public one (always in that order, so two writers never wait on each other
 * in opposite orders).
 */
export async function bumpDataVersion(
  tx: VersionWriter,
  options: { history?: boolean } = {},
): Promise<number> {
  const version = await bumpScope(tx, PUBLIC_SCOPE);
  if (options.history !== false) await bumpScope(tx, HISTORY_SCOPE);
  return version;
}

async function bumpScope(tx: VersionWriter, scope: string): Promise<number> {
  const rows = await tx.$queryRaw<{ version: number }[]>`
    INSERT INTO "DataVersion" (scope, version, "updatedAt")
    VALUES (${scope}, 1, clock_timestamp() AT TIME ZONE 'UTC')
    ON CONFLICT (scope) DO UPDATE
      SET version = "DataVersion".version + 1, "updatedAt" = clock_timestamp() AT TIME ZONE 'UTC'
    RETURNING version`;
  return rows[0]!.version;
}
