// The public response cache: anonymous GETs of public pages, embeds, charts and exports answered
// from memory at the Node HTTP-server level, before Next routes anything (so a hit costs about what
// a bare node:http server costs). Used by lib/http/public-http-cache.ts once it has read the data
// version for the request.
//
// - Keyed by the day (pace and "overdue" depend on the date) and the full path and query; every
//   entry remembers the data version it was rendered at, and is tagged with it (ETag).
// - A miss is rendered once through this same server (a loopback request carrying a secret of this
//   process and the version to render at); concurrent misses share that render.
// - After an edit, the reader whose request starts the new render waits for it (for a PNG, not
//   even that reader, and the chart pictures read in the last minutes are drawn again as soon as
//   the process sees the edit: refreshHotRasters); readers arriving while it runs get the
//   previous version's response, until the edit is STALE_GRACE_MS old
//   (lib/cache/versioned-slots.ts, mayServeStale below): a crowd does not queue behind a render,
//   and an edit shows on every instance within that time plus one render.
// - Only what is the same for every anonymous reader is kept: a 200 (provisionally when rendered
//   with a lagging aggregate). Other answers (a 404, an error) go to the requests that waited for
//   them, privately.
//   A response setting a cookie other than the language one, or larger than MAX_RESPONSE_BYTES,
//   is remembered as "pass" for that version: Next answers such requests itself.
import crypto from 'node:crypto';
import type http from 'node:http';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import { versionChangedAt } from '../cache/data-version-probe';
import { laggedServes, lagsResolved } from '../cache/lagged-serves';
import { VersionedSlots, type Versioned } from '../cache/versioned-slots';

export const FILL_HEADER = 'x-commitment-tracker-fill';
/** How long after an edit a reader may still be shown the version before it (plus one render). */
export const STALE_GRACE_MS = 600;
const MAX_RESPONSE_BYTES = 2_000_000;
const FILL_TIMEOUT_MS = 10_000;
// Compressed once per entry, for the readers that accept it (every browser).
const COMPRESSIBLE = /^(?:text\/|application\/(?:json|xml|atom\+xml)|image\/svg\+xml)/;
// Set per response by the caller, or meaningless once replayed.
const DROPPED_HEADERS = new Set([
  'set-cookie',
  'content-length',
  'content-encoding',
  'transfer-encoding',
  'connection',
  'keep-alive',
  'date',
  'etag',
  'cache-control',
  'vary',
  'x-accel-expires',
  'x-data-version',
]);
const SHAREABLE_COOKIE = /^lang=/;
const RASTER = /\.png(?:\?|$)/;

export interface CachedResponse {
  status: number;
  headers: [string, string][];
  body: Buffer;
  /** The body gzip-compressed, when its type compresses (shared responses only). */
  gzip: Buffer | null;
  /**
   * The same for every anonymous reader of this version: a 200. Anything else — an error page, a
   * 404 — is handed to the requests that waited for this render, privately, and not kept; so a
   * failure costs one render, not two.
   */
  shared: boolean;
  /**
   * Rendered while an aggregate lagged the data version (lib/cache/lagged-serves.ts: the status
   * over time counts, read again in the background after an edit). Kept as a provisional answer,
   * with a tag of its own, and rendered again once a background read has caught up.
   */
  lagged: boolean;
  /** lagsResolved() when its render started. */
  lagEpoch: number;
}

/** Not kept: the request goes to Next (an error page, a private answer, a file too large …). */
export const PASS = 'pass' as const;
type Fill = CachedResponse | typeof PASS;

const globalForResponses = globalThis as unknown as {
  publicResponseCache?: VersionedSlots<Fill>;
  publicResponseFillToken?: string;
  /** The last address requests were seen arriving on (see loopbackOrigin). */
  publicResponseOrigin?: string;
};
/**
 * The previous version's response may answer while the edit after it is younger than the grace
 * period, by the database's clock. An edit this process never saw (several in quick succession, or
 * the first request after a quiet spell long after it) is never hidden: the reader waits.
 */
export function mayServeStale(version: number, now = Date.now()): boolean {
  const changedAt = versionChangedAt(version + 1);
  return changedAt !== undefined && now - changedAt < STALE_GRACE_MS;
}

const responses = (globalForResponses.publicResponseCache ??= new VersionedSlots<Fill>({
  mayServeStale: (version) => mayServeStale(version),
  // A provisional page is worth rendering again only once a lagging read has caught up since.
  isFinal: (fill) => fill === PASS || !fill.lagged || fill.lagEpoch === lagsResolved(),
  maxEntries: 500,
  maxBytes: 96 * 2 ** 20,
  sizeOf: (fill) => (fill === PASS ? 0 : fill.body.length + (fill.gzip?.length ?? 0)),
}));
// Only this process's own render requests bypass the cache: a client sending the header could
// otherwise force a full render on every request.
const fillToken = (globalForResponses.publicResponseFillToken ??= crypto.randomBytes(16).toString('hex'));

/** Drops every entry (tests). */
export function clearResponseCache(): void {
  responses.clear();
  hotRasters.entries.clear();
  hotRasters.seenVersion = 0;
}

/**
 * For a loopback render request of this process: the data version it must render at (the header
 * is removed). Null for every other request, including one carrying a made-up header.
 */
export function takeFillVersion(headers: http.IncomingHttpHeaders): number | null {
  const value = headers[FILL_HEADER];
  if (value === undefined) return null;
  delete headers[FILL_HEADER];
  const [token, version] = String(value).split(' ');
  if (!token || token.length !== fillToken.length || !/^\d+$/.test(version ?? '')) return null;
  return crypto.timingSafeEqual(Buffer.from(token), Buffer.from(fillToken)) ? Number(version) : null;
}

/**
 * Where this server listens, as seen by the request's own socket (no configuration needed). A
 * socket the client has already closed has no address any more: then the last one seen.
 */
function loopbackOrigin(request: http.IncomingMessage): string {
  const { localAddress, localPort } = request.socket;
  if (localPort === undefined) {
    if (globalForResponses.publicResponseOrigin) return globalForResponses.publicResponseOrigin;
    throw new Error('the request has no local address to render through');
  }
  let host = localAddress ?? '127.0.0.1';
  if (host.startsWith('::ffff:')) host = host.slice(7);
  if (host === '::' || host === '0.0.0.0') host = '127.0.0.1';
  return (globalForResponses.publicResponseOrigin = `http://${host.includes(':') ? `[${host}]` : host}:${localPort}`);
}

async function readBounded(body: ReadableStream<Uint8Array>): Promise<Buffer | null> {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return Buffer.concat(chunks, size);
    size += value.length;
    if (size > MAX_RESPONSE_BYTES) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
}

const gzip = promisify(zlib.gzip);

async function render(origin: string, pathAndQuery: string, version: number): Promise<Fill> {
  const lagged = laggedServes();
  const lagEpoch = lagsResolved();
  const response = await fetch(`${origin}${pathAndQuery}`, {
    headers: { [FILL_HEADER]: `${fillToken} ${version}`, 'accept-encoding': 'identity' },
    redirect: 'manual',
    signal: AbortSignal.timeout(FILL_TIMEOUT_MS),
  });
  const cookies = response.headers.getSetCookie();
  if (cookies.some((cookie) => !SHAREABLE_COOKIE.test(cookie))) {
    await response.body?.cancel();
    return PASS;
  }
  const body = response.body ? await readBounded(response.body) : Buffer.alloc(0);
  if (!body) return PASS;
  const headers = [...response.headers.entries()].filter(([name]) => !DROPPED_HEADERS.has(name));
  const shared = response.status === 200;
  const type = response.headers.get('content-type') ?? '';
  const compressed = shared && COMPRESSIBLE.test(type) && body.length > 1024 ? await gzip(body) : null;
  return {
    status: response.status,
    headers,
    body,
    gzip: compressed,
    shared,
    lagged: laggedServes() !== lagged,
    lagEpoch,
  };
}

// Chart pictures read lately (embedded in partner pages, open in a dashboard): rasterising one takes
// ~250 ms of CPU, so it is done as soon as this process sees an edit, off every request, rather
// than when the next reader asks. One at a time, only for the newest version seen, and only for
// the few pictures actually being read.
const HOT_RASTER_WINDOW_MS = 10 * 60_000;
const HOT_RASTER_LIMIT = 8;
const globalForRasters = globalThis as unknown as {
  hotRasters?: {
    entries: Map<string, { origin: string; readAt: number }>;
    seenVersion: number;
    running: boolean;
  };
};
const hotRasters = (globalForRasters.hotRasters ??= { entries: new Map(), seenVersion: 0, running: false });

function noteRasterRead(pathAndQuery: string, origin: string): void {
  hotRasters.entries.delete(pathAndQuery);
  hotRasters.entries.set(pathAndQuery, { origin, readAt: Date.now() });
  if (hotRasters.entries.size > HOT_RASTER_LIMIT) {
    hotRasters.entries.delete(hotRasters.entries.keys().next().value!);
  }
}

/**
 * Told the data version by every public request: when it is newer than any seen before, the
 * pictures read in the last HOT_RASTER_WINDOW_MS are rendered at it in the background. Resolves
 * when that round is done (tests); never rejects.
 */
export async function refreshHotRasters(dataVersion: number): Promise<void> {
  if (dataVersion <= hotRasters.seenVersion) return;
  hotRasters.seenVersion = dataVersion;
  if (hotRasters.running) return;
  hotRasters.running = true;
  try {
    // Edits seen while a round runs start another round, at the newest version only.
    for (let version = 0; version < hotRasters.seenVersion;) {
      version = hotRasters.seenVersion;
      for (const [pathAndQuery, { origin, readAt }] of [...hotRasters.entries]) {
        if (Date.now() - readAt > HOT_RASTER_WINDOW_MS) {
          hotRasters.entries.delete(pathAndQuery);
          continue;
        }
        await responses.refresh(
          responseKey(pathAndQuery),
          version,
          () => render(origin, pathAndQuery, version),
          keepFill,
        );
      }
    }
  } finally {
    hotRasters.running = false;
  }
}

const responseKey = (pathAndQuery: string) => `${new Date().toISOString().slice(0, 10)}|${pathAndQuery}`;
const keepFill = (fill: Fill) => fill === PASS || fill.shared;

/**
 * The response for an anonymous GET at `dataVersion`, or the previous version's during the grace
 * period (`version` says which). PASS: let Next answer. Rejects when the render failed.
 */
export async function cachedResponse(
  request: http.IncomingMessage,
  pathAndQuery: string,
  dataVersion: number,
): Promise<Versioned<Fill>> {
  const key = responseKey(pathAndQuery);
  const origin = loopbackOrigin(request);
  const raster = RASTER.test(pathAndQuery);
  if (raster) noteRasterRead(pathAndQuery, origin);
  return responses.get(
    key,
    dataVersion,
    () => render(origin, pathAndQuery, dataVersion),
    keepFill,
    // Rasterising is slow enough to keep off every request: right after an edit even the request
    // that starts a PNG's render gets the previous picture (within the same grace).
    !raster,
  );
}
