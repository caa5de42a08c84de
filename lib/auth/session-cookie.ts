// The session cookie exactly as next-auth (lib/auth/options.ts) writes and reads it: a next-auth
// JWT whose only meaningful claim is `sid`, the server-side Session row (lib/auth/sessions.ts).
// Sign-in writes it itself (app/api/sign-in) so that one handler serves the form with and without
// JavaScript; next-auth still reads it (`/api/auth/session`) and ends it (sign-out).
import { encode } from 'next-auth/jwt';
import { SESSION_ABSOLUTE_MS, sessionCookieName } from './constants';

export interface CookieToSet {
  name: string;
  value: string;
  options: { httpOnly: true; sameSite: 'lax'; path: '/'; secure: boolean; maxAge: number };
}

export async function sessionCookieFor(
  user: { id: number; email: string; name: string },
  sessionId: string,
  config: { secret: string; secure: boolean },
): Promise<CookieToSet> {
  const maxAge = SESSION_ABSOLUTE_MS / 1000;
  const value = await encode({
    token: { sub: String(user.id), email: user.email, name: user.name, sid: sessionId },
    secret: config.secret,
    maxAge,
  });
  return {
    name: sessionCookieName(config.secure),
    value,
    options: { httpOnly: true, sameSite: 'lax', path: '/', secure: config.secure, maxAge },
  };
}
