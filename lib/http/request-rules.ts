// Requests refused before any route runs, as plain rules over method, URL and headers, shared by
// the HTTP-server guard (lib/http/node-request-guard.ts) and proxy.ts. Each of these reached Next
// and came back as a 500: a bad request must get a 4xx that says what is wrong.
import { isLocale, localeFromAcceptLanguage, type Locale } from '../i18n/config';
import { createTranslator, type MessageKey } from '../i18n/messages';

export interface Refusal {
  status: number;
  key: MessageKey;
  values?: Record<string, string>;
  headers?: Record<string, string>;
}

/** Read only through the header accessor, so both Node's and fetch's header objects fit. */
export interface HeaderReader {
  get(name: string): string | null;
}

/**
 * Request headers the app sets for itself in proxy.ts (the cache key and the path for the language
 * switch). A client must never choose them, including on paths proxy.ts does not run for.
 */
export const INTERNAL_REQUEST_HEADERS = [
  'x-request-path',
  'x-commitment-tracker-data-version',
  'x-commitment-tracker-probed-version',
] as const;

// Node's fetch Request (which Next builds for every route) throws on these, so Next answers 500.
const UNSERVED_METHODS = new Set(['TRACE', 'TRACK', 'CONNECT']);
const ALLOWED_METHODS = 'GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS';

export function refuseMethod(method: string | undefined): Refusal | null {
  if (!method || !UNSERVED_METHODS.has(method.toUpperCase())) return null;
  return { status: 405, key: 'http.methodNotAllowed', headers: { Allow: ALLOWED_METHODS } };
}

/** Next decodes dynamic segments with decodeURIComponent and turns the URIError into a 500. */
export function refusePath(rawUrl: string): Refusal | null {
  const path = rawUrl.split(/[?#]/, 1)[0] ?? '';
  try {
    decodeURIComponent(path);
    return null;
  } catch {
    return { status: 400, key: 'http.badPath' };
  }
}

/** The language of the answer: the path's locale prefix, else the browser's preference. */
export function refusalLocale(rawUrl: string, acceptLanguage: string | null | undefined): Locale {
  const first = rawUrl.split(/[?#]/, 1)[0]?.split('/')[1];
  return isLocale(first) ? first : localeFromAcceptLanguage(acceptLanguage);
}

export interface RefusalResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** JSON for the API, a line of plain text elsewhere; never cached. */
export function refusalResponse(
  refusal: Refusal,
  rawUrl: string,
  acceptLanguage?: string | null,
): RefusalResponse {
  const t = createTranslator(refusalLocale(rawUrl, acceptLanguage));
  const message = t(refusal.key, refusal.values);
  const api = rawUrl.startsWith('/api/');
  return {
    status: refusal.status,
    headers: {
      'Content-Type': api ? 'application/json' : 'text/plain; charset=utf-8',
      'Cache-Control': 'no-store',
      ...refusal.headers,
    },
    body: api ? JSON.stringify({ error: message }) : `${message}\n`,
  };
}
