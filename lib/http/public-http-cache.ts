// HTTP caching of public responses, decided at the Node HTTP-server level (before Next routes the
// request), so a conditional request is answered with a 304 without rendering anything.
//
// - Anonymous GET/HEAD of a public page, an embed, a chart, an export, the Atom feed or the
//   deadline calendar: one primary-key read of the data version, then an entity tag over (build,
//   day, data version, language, full URL).
//   A matching If-None-Match → 304 at once. Otherwise the response comes from memory
//   (lib/http/response-cache.ts: rendered once per URL and data version, the previous version's
//   for a moment after an edit, tagged with its own version), else Next renders it; either way the
//   200 gets the ETag and a Cache-Control a shared cache may keep briefly and revalidate.
// - The URL is the whole path and query, so any parameter (filters, as-of dates, snapshots)
//   changes the tag without this module knowing about it.
// - A request with a session cookie or an Authorization header never gets `public`: whatever a
//   route said, it is answered `private, no-store`.
// Pages vary with the session cookie (the header shows who is signed in), hence `Vary: Cookie` on
// them; chart and export files do not depend on cookies.
import crypto from 'node:crypto';
import fs from 'node:fs';
import type http from 'node:http';
import path from 'node:path';
import { PROBE_FAILED, PROBED_VERSION_HEADER, probeDataVersion } from '../cache/data-version-probe';
import { laggedServes } from '../cache/lagged-serves';
import { LOCALE_COOKIE } from '../i18n/config';
import {
  cachedResponse,
  PASS,
  refreshHotRasters,
  takeFillVersion,
  type CachedResponse,
} from './response-cache';

/** Browsers revalidate every time (a 304 is cheap); shared caches may keep a copy for a second. */
export const PUBLIC_CACHE_CONTROL = 'public, max-age=0, s-maxage=1, stale-while-revalidate=30';
export const PRIVATE_CACHE_CONTROL = 'private, no-store';

/**
 * For nginx (deploy/nginx.conf), which counts cache lifetimes in whole seconds: `s-maxage=1` would
 * keep a copy up to two seconds. `X-Accel-Expires: @<this second>` (it takes precedence, and nginx
 * never forwards it) keeps it to the end of the current second, then revalidates with
 * If-None-Match: an edit shows through the proxy within a second.
 */
export function accelExpires(now = Date.now()): string {
  return `@${Math.floor(now / 1000)}`;
}

// The only cookie an anonymous public response may set: the reader's language, a function of the
// URL and of the request's Cookie header (which pages Vary on), so a shared copy is still right.
const SHAREABLE_COOKIE = /^lang=/;
const SESSION_COOKIE = /(?:^|;\s*)(?:__Secure-)?next-auth\.session-token(?:\.\d+)?=/;
const PRIVATE_PAGE = /^\/(?:en|vi)\/(?:login|admin)(?:\/|$)/;
const PAGE = /^\/(en|vi)(?:\/|$)/;
const EMBED = /^\/embed\/(en|vi)(?:\/|$)/;
const FILE = /^\/api\/(?:charts|export)\//;
// Feed readers and calendar apps poll these, anonymously, many times an hour.
const FEED = /^\/(?:feed\.atom|deadlines\.ics)$/;

/** 'page': shows who is signed in, so it varies with the Cookie header; 'file': the same for all. */
export type PublicRouteKind = 'page' | 'file';

/** Which public route a path is, or null for everything that is never shared-cached. */
export function publicRouteKind(pathname: string): PublicRouteKind | null {
  if (EMBED.test(pathname)) return 'file';
  if (PAGE.test(pathname)) return PRIVATE_PAGE.test(pathname) ? null : 'page';
  if (FILE.test(pathname) || FEED.test(pathname)) return 'file';
  return null;
}

/** The language a response is written in: the path's prefix for pages, `lang=` for files. */
export function responseLanguage(pathname: string, search: URLSearchParams): string {
  const prefix = EMBED.exec(pathname)?.[1] ?? PAGE.exec(pathname)?.[1];
  return prefix ?? (search.get('lang') === 'vi' ? 'vi' : 'en');
}

export function isSignedInRequest(headers: http.IncomingHttpHeaders): boolean {
  return Boolean(headers.authorization) || SESSION_COOKIE.test(headers.cookie ?? '');
}

let buildId: string | undefined;
/** A new deployment changes the HTML (asset names) without changing the data. */
function currentBuildId(): string {
  if (buildId === undefined) {
    try {
      const file = path.join(process.cwd(), process.env.NEXT_DIST_DIR ?? '.next', 'BUILD_ID');
      buildId = fs.readFileSync(file, 'utf8').trim();
    } catch {
      buildId = 'unknown';
    }
  }
  return buildId;
}

/** A weak tag: equal tags mean the same content, not necessarily the same bytes (compression). */
export function publicEntityTag(input: {
  url: string;
  language: string;
  dataVersion: number;
  build: string;
  day: string;
}): string {
  const digest = crypto
    .createHash('sha256')
    .update(`${input.build}\n${input.day}\n${input.language}\n${input.url}`)
    .digest('base64url')
    .slice(0, 22);
  return `W/"${input.dataVersion}-${digest}"`;
}

/** True when If-None-Match names the tag (weak comparison, lists and `*`). */
export function ifNoneMatchMatches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const bare = etag.replace(/^W\//, '');
  return ifNoneMatch
    .split(',')
    .map((tag) => tag.trim().replace(/^W\//, ''))
    .some((tag) => tag === '*' || tag === bare);
}

type Headers = http.OutgoingHttpHeaders | http.OutgoingHttpHeader[] | undefined;

/** Moves headers passed to writeHead onto the response, so they can be rewritten in one place. */
function adoptWriteHeadHeaders(response: http.ServerResponse, headers: Headers): void {
  if (!headers) return;
  if (Array.isArray(headers)) {
    const pairs: [string, string][] = [];
    if (Array.isArray(headers[0])) {
      for (const pair of headers as unknown as [string, string][]) pairs.push([pair[0], String(pair[1])]);
    } else {
      for (let index = 0; index + 1 < headers.length; index += 2) {
        pairs.push([String(headers[index]), String(headers[index + 1])]);
      }
    }
    for (const [name] of pairs) response.removeHeader(name);
    for (const [name, value] of pairs) response.appendHeader(name, value);
    return;
  }
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) response.setHeader(name, value);
  }
}

/** Calls `decide` just before the status line goes out, whichever way Next writes it. */
function beforeHeadersSent(response: http.ServerResponse, decide: (status: number) => void): void {
  const original = response.writeHead as (
    this: http.ServerResponse,
    status: number,
    reason?: string,
  ) => http.ServerResponse;
  // Node's implicit header path (first write without writeHead) also goes through writeHead.
  response.writeHead = function writeHeadRewritten(
    this: http.ServerResponse,
    status: number,
    ...rest: unknown[]
  ) {
    const [first, second] = rest;
    const reason = typeof first === 'string' ? first : undefined;
    const headers = (typeof first === 'string' ? second : first) as Headers;
    // The headers argument (if any) moves onto the response, where decide() can rewrite it.
    adoptWriteHeadHeaders(this, headers);
    decide(status);
    return original.call(this, status, reason);
  } as typeof response.writeHead;
}

function setCookies(response: http.ServerResponse): string[] {
  const value = response.getHeader('set-cookie');
  if (value === undefined) return [];
  return Array.isArray(value) ? value.map(String) : [String(value)];
}

function varyWithCookie(response: http.ServerResponse): void {
  const current = response.getHeader('vary');
  const names = (current === undefined ? '' : String(current))
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  if (!names.some((name) => name.toLowerCase() === 'cookie' || name === '*')) names.push('Cookie');
  response.setHeader('Vary', names.join(', '));
}

function makePrivate(response: http.ServerResponse): void {
  beforeHeadersSent(response, () => {
    const cacheControl = response.getHeader('cache-control');
    if (cacheControl === undefined || /public|s-maxage/i.test(String(cacheControl))) {
      response.setHeader('Cache-Control', PRIVATE_CACHE_CONTROL);
    }
  });
}

function makePublic(
  response: http.ServerResponse,
  kind: PublicRouteKind,
  dataVersion: number,
  etagFor: (dataVersion: number) => string,
): void {
  const lagged = laggedServes();
  beforeHeadersSent(response, (status) => {
    if (status !== 200) return;
    // Rendered while an aggregate lagged the data version: no tag, so no cache keeps it as current.
    if (laggedServes() !== lagged) {
      response.setHeader('Cache-Control', PRIVATE_CACHE_CONTROL);
      response.removeHeader('etag');
      return;
    }
    // A response setting any other cookie is someone's own: never shared.
    if (setCookies(response).some((cookie) => !SHAREABLE_COOKIE.test(cookie))) {
      response.setHeader('Cache-Control', PRIVATE_CACHE_CONTROL);
      response.removeHeader('etag');
      return;
    }
    // A route answering with an earlier version's file (a chart still re-rendering) says so; the
    // tag must name the version the bytes were drawn from.
    const declared = Number(response.getHeader('x-data-version'));
    const version = Number.isInteger(declared) && declared >= 0 ? declared : dataVersion;
    response.setHeader('Cache-Control', PUBLIC_CACHE_CONTROL);
    response.setHeader('X-Accel-Expires', accelExpires());
    response.setHeader('ETag', etagFor(version));
    if (kind === 'page') varyWithCookie(response);
  });
}

/** In production only: in development the code changes under the same data version. */
function enabled(): boolean {
  return process.env.NODE_ENV === 'production' && process.env.PUBLIC_HTTP_CACHE !== 'off';
}

/**
 * Applies HTTP caching to one request. Returns true when it took the request over: it then either
 * answers 304 itself or calls `proceed` (Next) later, once the data version is known.
 */
export function applyPublicHttpCaching(
  request: http.IncomingMessage,
  response: http.ServerResponse,
  proceed: () => void,
): boolean {
  if (!enabled()) return false;
  // This server's own render of a cache miss (lib/http/response-cache.ts): Next renders it at the
  // version the cache asked for, with no caching headers (the cache sets its own when replaying).
  const fillVersion = takeFillVersion(request.headers);
  if (fillVersion !== null) {
    request.headers[PROBED_VERSION_HEADER] = String(fillVersion);
    return false;
  }
  if (request.method !== 'GET' && request.method !== 'HEAD') return false;
  let url: URL;
  try {
    url = new URL(request.url ?? '/', 'http://local');
  } catch {
    return false;
  }
  const kind = publicRouteKind(url.pathname);
  if (!kind) return false;
  if (isSignedInRequest(request.headers)) {
    makePrivate(response);
    return false;
  }
  // Router requests (RSC payloads, prefetches) differ from the HTML at the same URL: left to Next.
  if (request.headers.rsc || request.headers['next-router-prefetch'] || url.searchParams.has('_rsc')) {
    return false;
  }
  void probeDataVersion().then((dataVersion) => {
    // The database is unreachable: proxy.ts answers its 503 (told so, not waiting a second time).
    if (dataVersion === null) {
      request.headers[PROBED_VERSION_HEADER] = PROBE_FAILED;
      return proceed();
    }
    // Pictures being read are drawn again as soon as an edit is seen, off this request.
    void refreshHotRasters(dataVersion);
    const pathAndQuery = `${url.pathname}${url.search}`;
    const etagFor = (version: number) =>
      publicEntityTag({
        url: pathAndQuery,
        language: responseLanguage(url.pathname, url.searchParams),
        dataVersion: version,
        build: currentBuildId(),
        day: new Date().toISOString().slice(0, 10),
      });
    const etag = etagFor(dataVersion);
    if (ifNoneMatchMatches(request.headers['if-none-match'], etag)) return notModified(response, kind, etag);
    const renderWithNext = () => {
      // proxy.ts reuses this read instead of asking Postgres again.
      request.headers[PROBED_VERSION_HEADER] = String(dataVersion);
      makePublic(response, kind, dataVersion, etagFor);
      proceed();
    };
    cachedResponse(request, pathAndQuery, dataVersion).then(
      (entry) => {
        if (entry.value === PASS) return renderWithNext();
        sendCached(request, response, kind, entry.value, {
          etag: etagFor(entry.version),
          version: entry.version,
          stale: entry.version < dataVersion,
          language: responseLanguage(url.pathname, url.searchParams),
        });
      },
      // The render failed (a timeout, the server shutting down): Next answers this one itself.
      (error: unknown) => {
        console.warn(`response cache: rendering ${pathAndQuery} failed (${String(error)}); Next answers`);
        renderWithNext();
      },
    );
  });
  return true;
}

function notModified(response: http.ServerResponse, kind: PublicRouteKind, etag: string): void {
  const headers: http.OutgoingHttpHeaders = {
    ETag: etag,
    'Cache-Control': PUBLIC_CACHE_CONTROL,
    'X-Accel-Expires': accelExpires(),
  };
  if (kind === 'page') headers.Vary = 'Cookie';
  response.writeHead(304, headers);
  response.end();
}

function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const separator = part.indexOf('=');
    if (separator > 0 && part.slice(0, separator).trim() === name) return part.slice(separator + 1).trim();
  }
  return undefined;
}

function acceptsGzip(headers: http.IncomingHttpHeaders): boolean {
  return /\bgzip\b(?!\s*;\s*q=0(?:\.0*)?(?:\s*[,;]|$))/i.test(String(headers['accept-encoding'] ?? ''));
}

/** Answers from the response cache: the stored headers, then this request's own caching ones. */
function sendCached(
  request: http.IncomingMessage,
  response: http.ServerResponse,
  kind: PublicRouteKind,
  cached: CachedResponse,
  tag: { etag: string; version: number; stale: boolean; language: string },
): void {
  // A provisional page (a lagging figure) has a tag of its own: revalidating it gets the whole
  // page once there is one.
  const etag = cached.lagged ? tag.etag.replace(/"$/, '-provisional"') : tag.etag;
  // The reader may already have exactly this (the previous version's, or the provisional page).
  if (cached.shared && ifNoneMatchMatches(request.headers['if-none-match'], etag)) {
    return notModified(response, kind, etag);
  }
  for (const [name, value] of cached.headers) response.appendHeader(name, value);
  if (cached.shared) {
    response.setHeader('ETag', etag);
    response.setHeader('Cache-Control', PUBLIC_CACHE_CONTROL);
    response.setHeader('X-Accel-Expires', accelExpires());
  } else {
    // An error page: not kept by anyone.
    response.setHeader('Cache-Control', PRIVATE_CACHE_CONTROL);
  }
  response.setHeader('X-Data-Version', String(tag.version));
  const state = !cached.shared ? 'miss' : cached.lagged ? 'provisional' : tag.stale ? 'stale' : 'hit';
  response.setHeader('X-Response-Cache', state);
  const vary = kind === 'page' ? ['Cookie'] : [];
  if (cached.gzip) vary.push('Accept-Encoding');
  if (vary.length) response.setHeader('Vary', vary.join(', '));
  // What proxy.ts does for the pages Next renders: remember the language being read.
  if (kind === 'page' && cookieValue(request.headers.cookie, LOCALE_COOKIE) !== tag.language) {
    response.setHeader(
      'Set-Cookie',
      `${LOCALE_COOKIE}=${tag.language}; Path=/; Max-Age=31536000; SameSite=Lax`,
    );
  }
  const body = cached.gzip && acceptsGzip(request.headers) ? cached.gzip : cached.body;
  if (body === cached.gzip) response.setHeader('Content-Encoding', 'gzip');
  response.setHeader('Content-Length', body.length);
  response.writeHead(cached.status);
  response.end(request.method === 'HEAD' ? undefined : body);
}
