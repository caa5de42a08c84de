// The JSON write API's transport: reading a bounded JSON body, and one mapping from a pipeline
// result to an HTTP answer with catalog text (in ?lang=vi, else English).
import { NextResponse } from 'next/server';
import { isForeignOrigin } from '../auth/origin';
import { readBodyText } from './read-body';
import { isLocale, type Locale } from '../i18n/config';
import { createTranslator, type MessageKey, type Translate } from '../i18n/messages';
import type { MutationResult, RawInput } from '../mutations/define-mutation';

const NO_STORE = { 'Cache-Control': 'no-store' };

function json(status: number, body: Record<string, unknown>, headers: Record<string, string> = {}) {
  return NextResponse.json(body, { status, headers: { ...NO_STORE, ...headers } });
}

export function apiTranslator(request: Request): { locale: Locale; t: Translate } {
  const lang = new URL(request.url).searchParams.get('lang');
  const locale: Locale = isLocale(lang) ? lang : 'en';
  return { locale, t: createTranslator(locale) };
}

/** A same-site JSON object of at most `maxBytes`, or the 4xx answer that says what is wrong. */
export async function readJsonObject(
  request: Request,
  t: Translate,
  maxBytes: number,
): Promise<{ ok: true; body: RawInput } | { ok: false; response: Response }> {
  const refuse = (status: number, key: MessageKey, values?: Record<string, string | number>) => ({
    ok: false as const,
    response: json(status, { error: t(key, values) }),
  });
  if (isForeignOrigin(request)) return refuse(403, 'api.errors.crossSite');
  if (!/^application\/json\s*(;|$)/i.test(request.headers.get('content-type') ?? '')) {
    return refuse(415, 'api.errors.contentType');
  }
  const declared = Number(request.headers.get('content-length') ?? '0');
  const text = declared > maxBytes ? null : await readBodyText(request, maxBytes);
  if (text === null) return refuse(413, 'api.errors.tooLarge', { bytes: maxBytes });
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return refuse(400, 'api.errors.notJson');
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    return refuse(400, 'api.errors.notObject');
  return { ok: true, body: body as RawInput };
}

interface ResponseOptions<T, C> {
  t: Translate;
  subject: { key: MessageKey; id: string };
  ok: (value: T) => Record<string, unknown>;
  /** The winning state's version and body, for a 409. */
  conflict?: (current: C) => { version: number; body: Record<string, unknown> };
}

export function mutationResponse<T, C>(
  result: MutationResult<T, C>,
  options: ResponseOptions<T, C>,
): Response {
  const { t } = options;
  const subject = t(options.subject.key);
  switch (result.kind) {
    case 'ok':
      return json(200, options.ok(result.value));
    case 'unauthenticated':
      return json(401, { error: t('api.errors.unauthenticated') }, { 'WWW-Authenticate': 'Bearer' });
    case 'forbidden':
      return json(403, { error: t('api.errors.forbidden') });
    case 'not-found':
      return json(404, {
        error: t('api.errors.notFound', { subject, id: options.subject.id.slice(0, 100) }),
      });
    case 'invalid':
      return json(400, {
        error: t('api.errors.invalid'),
        fields: Object.fromEntries(
          Object.entries(result.errors).map(([field, key]) => [field, t(key as MessageKey)]),
        ),
      });
    case 'conflict': {
      const current = options.conflict?.(result.current);
      return json(409, {
        error: t('api.errors.conflict', { subject, version: current?.version ?? '?' }),
        ...current?.body,
      });
    }
    case 'throttled':
      return json(
        429,
        { error: t('api.errors.throttled') },
        { 'Retry-After': String(result.retryAfterSeconds) },
      );
    case 'unavailable':
      // Nothing was written (the transaction never started or was rolled back): safe to retry.
      return json(503, { error: t('api.errors.unavailable') }, { 'Retry-After': '2' });
  }
}
