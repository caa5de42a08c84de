// POST /api/sign-in — the login form's target, with or without JavaScript. A plain form post
// (urlencoded) gets 303 redirects (to the safe callback, or back to the form with an error); the
// form's script asks for JSON (`Accept: application/json`) and gets a status instead. The password
// only ever travels in the body.
import { NextResponse, type NextRequest } from 'next/server';
import { clientIpFrom } from '@/lib/auth/client-ip';
import { wantsSecureCookies } from '@/lib/auth/constants';
import { DEVICE_COOKIE_MAX_AGE_S, deviceCookieName } from '@/lib/auth/device-cookie';
import { isForeignOrigin } from '@/lib/auth/origin';
import { safeCallbackPath } from '@/lib/auth/safe-redirect';
import { sessionCookieFor } from '@/lib/auth/session-cookie';
import { signInWithPassword } from '@/lib/auth/sign-in';
import { BUSY_RETRY_AFTER_SECONDS } from '@/lib/auth/verification-gate';
import { isDatabaseUnavailable } from '@/lib/database-errors';
import { readBodyText } from '@/lib/api/read-body';
import { db } from '@/lib/db';
import { env } from '@/lib/env';
import { isLocale, type Locale } from '@/lib/i18n/config';
import { createTranslator } from '@/lib/i18n/messages';

const MAX_BODY_BYTES = 8 * 1024;
const THROTTLED_RETRY_AFTER_SECONDS = 15 * 60;
const NO_STORE = { 'Cache-Control': 'no-store' };

function loginUrl(locale: Locale, error: string, callback: string): string {
  return `/${locale}/login?${new URLSearchParams({ error, callbackUrl: callback })}`;
}

function seeOther(location: string): NextResponse {
  // Relative Location: the browser resolves it against the URL it posted to, never a forged Host.
  return new NextResponse(null, { status: 303, headers: { Location: location, ...NO_STORE } });
}

function busyPage(locale: Locale, callback: string): NextResponse {
  const t = createTranslator(locale);
  const back = loginUrl(locale, 'Busy', callback).replace(/&/g, '&amp;');
  const html = `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${t('editor.login.title')}</title></head><body style="font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem"><p role="alert">${t('editor.login.busy')}</p><p><a href="${back}">${t('editor.login.back')}</a></p></body></html>`;
  return new NextResponse(html, {
    status: 429,
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Retry-After': String(BUSY_RETRY_AFTER_SECONDS),
      ...NO_STORE,
    },
  });
}

export async function POST(request: NextRequest) {
  const wantsJson = /application\/json/i.test(request.headers.get('accept') ?? '');
  const fail = (status: number, error: string, headers: Record<string, string> = {}) =>
    NextResponse.json({ error }, { status, headers: { ...NO_STORE, ...headers } });

  if (isForeignOrigin(request)) return fail(403, 'Cross-site sign-in is not allowed.');
  if (!/^application\/x-www-form-urlencoded\s*(;|$)/i.test(request.headers.get('content-type') ?? '')) {
    return fail(415, 'Send the form as application/x-www-form-urlencoded.');
  }
  if (Number(request.headers.get('content-length') ?? '0') > MAX_BODY_BYTES) {
    return fail(413, 'The form is too large.');
  }
  const text = await readBodyText(request, MAX_BODY_BYTES);
  if (text === null) return fail(413, 'The form is too large.');
  const form = new URLSearchParams(text);
  const lang = form.get('lang');
  const locale: Locale = isLocale(lang) ? lang : 'en';
  const callback = safeCallbackPath(form.get('callbackUrl'), locale);

  const { NEXTAUTH_SECRET, NEXTAUTH_URL } = env();
  if (!NEXTAUTH_SECRET) return fail(503, 'Sign-in is not configured (NEXTAUTH_SECRET).');
  const secure = wantsSecureCookies(NEXTAUTH_URL);
  const deviceName = deviceCookieName(secure);

  let result: Awaited<ReturnType<typeof signInWithPassword>>;
  try {
    result = await signInWithPassword(db, {
      email: form.get('email'),
      password: form.get('password'),
      ip: clientIpFrom(request.headers),
      deviceCookie: request.cookies.get(deviceName)?.value,
      secret: NEXTAUTH_SECRET,
    });
  } catch (error) {
    if (!isDatabaseUnavailable(error)) throw error;
    return fail(503, 'The database is unavailable; try again shortly.', { 'Retry-After': '5' });
  }

  if (!result.ok) {
    if (result.reason === 'busy') {
      return wantsJson
        ? fail(429, 'busy', { 'Retry-After': String(BUSY_RETRY_AFTER_SECONDS) })
        : busyPage(locale, callback);
    }
    if (result.reason === 'throttled') {
      return wantsJson
        ? fail(429, 'throttled', { 'Retry-After': String(THROTTLED_RETRY_AFTER_SECONDS) })
        : seeOther(loginUrl(locale, 'Throttled', callback));
    }
    return wantsJson ? fail(401, 'invalid') : seeOther(loginUrl(locale, 'CredentialsSignin', callback));
  }

  const session = await sessionCookieFor(result.user, result.sessionId, { secret: NEXTAUTH_SECRET, secure });
  const response = wantsJson
    ? NextResponse.json({ ok: true, url: callback }, { headers: NO_STORE })
    : seeOther(callback);
  response.cookies.set(session.name, session.value, session.options);
  if (result.deviceCookie) {
    response.cookies.set(deviceName, result.deviceCookie, {
      httpOnly: true,
      sameSite: 'lax',
      path: '/',
      secure,
      maxAge: DEVICE_COOKIE_MAX_AGE_S,
    });
  }
  return response;
}
