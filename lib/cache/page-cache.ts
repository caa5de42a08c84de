// A micro-cache of rendered public pages, used by proxy.ts. Anonymous GETs of public pages are
// answered from memory, keyed by the URL, the Postgres data version the proxy has just read and
// the day (pace and "overdue" depend on the date). A miss renders the page once through this same
// server (a request the proxy lets through) and keeps the HTML; concurrent misses share one render.
// An edit on any instance bumps the data version, so no instance serves a stale page afterwards.

import { laggedServes } from './lagged-serves';

export const PAGE_CACHE_FILL_HEADER = 'x-commitment-tracker-cache-fill';

const SESSION_COOKIES = ['next-auth.session-token', '__Secure-next-auth.session-token'];
// Pages with per-visitor content (sign-in form tokens, admin) are never cached.
const PRIVATE_PATH = /^\/(en|vi)\/(login|admin)(\/|$)/;
const MAX_ENTRIES = 300;
const MAX_BYTES = 2_000_000;
const DROPPED_HEADERS = new Set([
  'set-cookie',
  'content-length',
  'content-encoding',
  'transfer-encoding',
  'connection',
  'keep-alive',
  'date',
]);

export interface CachedPage {
  status: number;
  headers: [string, string][];
  body: string;
}

const globalForPages = globalThis as unknown as {
  publicPageCache?: Map<string, Promise<CachedPage | null>>;
  pageCacheFillToken?: string;
};
const pages = (globalForPages.publicPageCache ??= new Map());
// The fill header carries a secret of this process, so only its own render requests bypass the
// cache: a client sending the header could otherwise force a full render on every request.
const fillToken = (globalForPages.pageCacheFillToken ??= crypto.randomUUID());

/** The header that marks this server's own render of a cache miss. */
export function pageCacheFillHeaders(): Record<string, string> {
  return { [PAGE_CACHE_FILL_HEADER]: fillToken };
}

interface RequestLike {
  method: string;
  headers: Headers;
  nextUrl: URL;
  cookies: { has(name: string): boolean };
}

export function isCacheablePageRequest(request: RequestLike): boolean {
  // Production only: in development the code changes under the cache.
  if (process.env.NODE_ENV !== 'production' || request.method !== 'GET' || !process.env.PORT) return false;
  const { headers, nextUrl } = request;
  if (headers.get(PAGE_CACHE_FILL_HEADER) === fillToken) return false;
  if (headers.has('rsc') || headers.has('next-action')) return false;
  if (headers.has('next-router-prefetch') || nextUrl.searchParams.has('_rsc')) return false;
  if (SESSION_COOKIES.some((name) => request.cookies.has(name))) return false;
  return !PRIVATE_PATH.test(nextUrl.pathname);
}

async function render(pathAndQuery: string): Promise<CachedPage | null> {
  try {
    const response = await fetch(`http://127.0.0.1:${process.env.PORT}${pathAndQuery}`, {
      headers: pageCacheFillHeaders(),
      redirect: 'manual',
      signal: AbortSignal.timeout(10_000),
    });
    const body = await response.text();
    const html = response.headers.get('content-type')?.startsWith('text/html');
    if (response.status !== 200 || !html || body.length > MAX_BYTES) return null;
    const headers = [...response.headers.entries()].filter(([name]) => !DROPPED_HEADERS.has(name));
    return { status: response.status, headers, body };
  } catch {
    return null;
  }
}

/** The cached page, rendering it on a miss; null when it cannot be cached (render normally). */
export async function cachedPage(pathAndQuery: string, dataVersion: number): Promise<CachedPage | null> {
  const key = `${dataVersion}|${new Date().toISOString().slice(0, 10)}|${pathAndQuery}`;
  let entry = pages.get(key);
  if (entry) {
    pages.delete(key);
    pages.set(key, entry);
  } else {
    const lagged = laggedServes();
    entry = render(pathAndQuery).then((page) => {
      // Rendered with a lagging figure: answer with it, but do not keep it for this version.
      if (laggedServes() !== lagged && pages.get(key) === entry) pages.delete(key);
      return page;
    });
    pages.set(key, entry);
    while (pages.size > MAX_ENTRIES) pages.delete(pages.keys().next().value!);
  }
  const page = await entry;
  // Failures are not kept: the next request tries again.
  if (!page && pages.get(key) === entry) pages.delete(key);
  return page;
}
