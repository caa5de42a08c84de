// Runs before every page and API request (Node.js runtime). It does three things, none of them
// access control (that is decided by lib/auth in every action and route):
// 1. database health: one primary-key read; an outage answers a plain 503 at once;
// 2. hands that read's data version to the request as its public-cache key;
// 3. pages without a locale prefix redirect to the reader's language (cookie, then Accept-Language).
// Before all that, server-action submissions Next would answer with a 500 are refused with a 4xx.
import { NextResponse, type NextRequest } from 'next/server';
import {
  DATA_VERSION_HEADER,
  PROBE_FAILED,
  PROBED_VERSION_HEADER,
  probeDataVersion,
} from './lib/cache/data-version-probe';
import { isLocale, LOCALE_COOKIE, localeFromAcceptLanguage, type Locale } from './lib/i18n/config';
import { createTranslator } from './lib/i18n/messages';
import { refusalResponse } from './lib/http/request-rules';
import {
  isPossibleServerAction,
  refuseServerActionBody,
  refuseServerActionHeaders,
} from './lib/http/server-action-rules';

function unavailable(request: NextRequest, locale: Locale): NextResponse {
  const headers = { 'Retry-After': '5', 'Cache-Control': 'no-store' };
  const t = createTranslator(locale);
  if (request.nextUrl.pathname.startsWith('/api/')) {
    return NextResponse.json({ error: t('common.unavailable.body') }, { status: 503, headers });
  }
  const html = `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${t('common.unavailable.title')}</title></head><body style="font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem"><h1>${t('common.unavailable.title')}</h1><p>${t('common.unavailable.body')}</p><p><a href="">${t('common.unavailable.retry')}</a></p></body></html>`;
  return new NextResponse(html, {
    status: 503,
    headers: { ...headers, 'Content-Type': 'text/html; charset=utf-8' },
  });
}

/** A 4xx for a server-action POST that Next's own decoder would turn into a 500; else null. */
async function refusedServerAction(request: NextRequest, isApi: boolean): Promise<NextResponse | null> {
  if (isApi || !isPossibleServerAction(request.method, request.headers)) return null;
  const refusal = refuseServerActionHeaders(request.headers) ?? (await refuseServerActionBody(request));
  if (!refusal) return null;
  const { pathname } = request.nextUrl;
  const answer = refusalResponse(refusal, pathname, request.headers.get('accept-language'));
  return new NextResponse(answer.body, { status: answer.status, headers: answer.headers });
}

export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const first = pathname.split('/')[1];
  const isApi = first === 'api';
  // Embeds carry their language in the second segment and set no cookie (they live in other sites).
  const isEmbed = first === 'embed';
  const refused = await refusedServerAction(request, isApi);
  if (refused) return refused;
  const cookie = request.cookies.get(LOCALE_COOKIE)?.value;
  const preferred: Locale = isLocale(first)
    ? first
    : isLocale(cookie)
      ? cookie
      : localeFromAcceptLanguage(request.headers.get('accept-language'));

  if (!isApi && !isEmbed && !isLocale(first)) {
    return NextResponse.redirect(
      new URL(`/${preferred}${pathname === '/' ? '' : pathname}${search}`, request.url),
    );
  }

  // The HTTP-level cache (lib/http/public-http-cache.ts) may have read it a moment ago; the node
  // guard strips any client-sent copy of that header.
  const probed = request.headers.get(PROBED_VERSION_HEADER);
  const version =
    probed === PROBE_FAILED
      ? null
      : probed && /^\d+$/.test(probed)
        ? Number(probed)
        : await probeDataVersion();
  if (version === null) return unavailable(request, preferred);

  const setLocaleCookie = (response: NextResponse) => {
    if (!isApi && !isEmbed && cookie !== first) {
      response.cookies.set(LOCALE_COOKIE, first!, { path: '/', sameSite: 'lax', maxAge: 60 * 60 * 24 * 365 });
    }
    return response;
  };

  const headers = new Headers(request.headers);
  // Always overwritten here, so a client cannot choose the cache key.
  headers.set(DATA_VERSION_HEADER, String(version));
  // The layout builds the language switch from this (no client JavaScript needed for it).
  headers.set('x-request-path', `${pathname}${search}`);
  return setLocaleCookie(NextResponse.next({ request: { headers } }));
}

export const config = {
  // Everything except Next internals and files with an extension (chart URLs end in .svg/.png
  // but live under /api/, which is matched explicitly), and the import upload routes: Next buffers
  // a request body for the proxy only up to 10 MB and hands the route the truncated rest, so
  // /api/admin/import (50 MB, its own bounded reader and permission check) bypasses the proxy.
  matcher: ['/api', '/api/((?!admin/import(?:/|$)).*)', '/((?!_next|api/admin/import(?:/|$)|.*\\..*).*)'],
};
