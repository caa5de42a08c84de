// The one place that decides access. Every server action, route handler and protected page asks it
// itself (requirePermission for pages, authorize via the mutation pipeline, actorFromRequest for routes).
import 'server-only';
import { decode } from 'next-auth/jwt';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { db } from '../db';
import { env } from '../env';
import type { Locale } from '../i18n/config';
import { sessionCookieName, wantsSecureCookies } from './constants';
import type { Permission } from './permissions';
import { checkSession, type AuthUser } from './sessions';
import { hashApiToken, isApiTokenUsable } from './tokens';

export type { AuthUser } from './sessions';
export type { Permission } from './permissions';

/** Who is asking: nobody, a known but refused user (disabled), or a signed-in user. */
export type Actor =
  | { kind: 'anonymous' }
  | { kind: 'disabled'; userId: number; label: string }
  | { kind: 'user'; user: AuthUser };

export class AuthError extends Error {
  constructor(readonly status: 401 | 403) {
    super(status === 401 ? 'Sign in required' : 'Not allowed');
  }
}

function readCookie(header: string | null, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const index = part.indexOf('=');
    if (index > 0 && part.slice(0, index).trim() === name) {
      // A malformed value ("%zz") is no session, not a crash: it would throw URIError here.
      try {
        return decodeURIComponent(part.slice(index + 1).trim());
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}

/** The actor behind a session cookie value (the next-auth JWT). */
export async function actorFromSessionToken(sessionToken: string | undefined): Promise<Actor> {
  if (!sessionToken || sessionToken.length > 8192) return { kind: 'anonymous' };
  const secret = env().NEXTAUTH_SECRET;
  if (!secret) return { kind: 'anonymous' };
  const payload = await decode({ token: sessionToken, secret }).catch(() => null);
  const sid = payload?.sid;
  if (typeof sid !== 'string') return { kind: 'anonymous' };
  const check = await checkSession(db, sid);
  if (check.kind === 'ok') return { kind: 'user', user: check.user };
  if (check.kind === 'disabled') return { kind: 'disabled', userId: check.userId, label: check.label };
  return { kind: 'anonymous' };
}

/** The actor behind an API token (`Authorization: Bearer …`). */
export async function actorFromApiToken(token: string): Promise<Actor> {
  if (!token || token.length > 200) return { kind: 'anonymous' };
  const row = await db.apiToken.findUnique({
    where: { tokenHash: hashApiToken(token) },
    select: {
      id: true,
      revokedAt: true,
      expiresAt: true,
      lastUsedAt: true,
      user: { select: { id: true, email: true, name: true, role: true, disabled: true } },
    },
  });
  if (!row || !isApiTokenUsable(row)) return { kind: 'anonymous' };
  const { user } = row;
  if (user.disabled) return { kind: 'disabled', userId: user.id, label: user.email };
  if (!row.lastUsedAt || Date.now() - row.lastUsedAt.getTime() > 60_000) {
    await db.apiToken.update({ where: { id: row.id }, data: { lastUsedAt: new Date() } });
  }
  return { kind: 'user', user: { id: user.id, email: user.email, name: user.name, role: user.role } };
}

function cookieName(): string {
  return sessionCookieName(wantsSecureCookies(env().NEXTAUTH_URL));
}

/** For route handlers: a Bearer token when present (and then only it), else the session cookie. */
export async function actorFromRequest(request: Request): Promise<Actor> {
  const authorization = request.headers.get('authorization');
  if (authorization) {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
    return match?.[1] ? actorFromApiToken(match[1]) : { kind: 'anonymous' };
  }
  return actorFromSessionToken(readCookie(request.headers.get('cookie'), cookieName()));
}

/** For server components and server actions (reads the request's cookies). */
export async function currentActor(): Promise<Actor> {
  const store = await cookies();
  return actorFromSessionToken(store.get(cookieName())?.value);
}

export async function getOptionalUser(): Promise<AuthUser | null> {
  const actor = await currentActor();
  return actor.kind === 'user' ? actor.user : null;
}

/** Pages: the signed-in user, or a redirect to the sign-in page that comes back here. */
export async function requireUser(locale: Locale = 'en', returnTo?: string): Promise<AuthUser> {
  const user = await getOptionalUser();
  if (!user) {
    redirect(`/${locale}/login${returnTo ? `?callbackUrl=${encodeURIComponent(returnTo)}` : ''}`);
  }
  return user;
}

/** Pages: the signed-in user holding this permission; others are sent to sign in or refused. */
export async function requirePermission(
  permission: Permission,
  locale: Locale = 'en',
  returnTo?: string,
): Promise<AuthUser> {
  const user = await requireUser(locale, returnTo);
  if (!permission.allows(user)) redirect(`/${locale}/login?error=forbidden`);
  return user;
}

/** Actions and routes: the user holding this permission, or an AuthError (401/403) to report. */
export function authorize(actor: Actor, permission: Permission): AuthUser {
  if (actor.kind === 'anonymous') throw new AuthError(401);
  if (actor.kind === 'disabled' || !permission.allows(actor.user)) throw new AuthError(403);
  return actor.user;
}

export function actorLabel(actor: Actor): { id: number | null; label: string } {
  if (actor.kind === 'user') return { id: actor.user.id, label: actor.user.email };
  if (actor.kind === 'disabled') return { id: actor.userId, label: actor.label };
  return { id: null, label: 'anonymous' };
}
