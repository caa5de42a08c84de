// Server-side sessions. The signed cookie (next-auth JWT) only carries a session id; every request
// loads that row and its user, so logout, disabling a user or changing their role takes effect on
// the very next request on every instance.
import crypto from 'node:crypto';
import type { Db } from '../prisma-client';
import type { Role } from '../generated/prisma/enums';
import { SESSION_ABSOLUTE_MS, SESSION_IDLE_MS, SESSION_TOUCH_MS } from './constants';

export interface AuthUser {
  id: number;
  email: string;
  name: string;
  role: Role;
  /** Present when the request was authenticated by a browser session. */
  sessionId?: string;
}

export type SessionCheck =
  { kind: 'ok'; user: AuthUser } | { kind: 'disabled'; userId: number; label: string } | { kind: 'invalid' };

type SessionDb = Pick<Db, 'session' | 'user'>;

export async function createSession(db: SessionDb, userId: number, sessionVersion: number): Promise<string> {
  const id = crypto.randomBytes(32).toString('base64url');
  const now = new Date();
  await db.session.create({
    data: {
      id,
      userId,
      sessionVersion,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + SESSION_ABSOLUTE_MS),
    },
  });
  return id;
}

export async function checkSession(
  db: SessionDb,
  sessionId: string,
  now = new Date(),
): Promise<SessionCheck> {
  const session = await db.session.findUnique({
    where: { id: sessionId },
    select: {
      sessionVersion: true,
      createdAt: true,
      lastSeenAt: true,
      expiresAt: true,
      revokedAt: true,
      user: {
        select: { id: true, email: true, name: true, role: true, disabled: true, sessionVersion: true },
      },
    },
  });
  if (!session || session.revokedAt) return { kind: 'invalid' };
  const { user } = session;
  const time = now.getTime();
  if (
    session.expiresAt.getTime() <= time ||
    time - session.createdAt.getTime() > SESSION_ABSOLUTE_MS ||
    time - session.lastSeenAt.getTime() > SESSION_IDLE_MS ||
    session.sessionVersion !== user.sessionVersion
  ) {
    return { kind: 'invalid' };
  }
  if (user.disabled) return { kind: 'disabled', userId: user.id, label: user.email };
  if (time - session.lastSeenAt.getTime() > SESSION_TOUCH_MS) {
    await db.session.updateMany({ where: { id: sessionId, revokedAt: null }, data: { lastSeenAt: now } });
  }
  return {
    kind: 'ok',
    user: { id: user.id, email: user.email, name: user.name, role: user.role, sessionId },
  };
}

export async function revokeSession(db: SessionDb, sessionId: string): Promise<void> {
  await db.session.updateMany({ where: { id: sessionId, revokedAt: null }, data: { revokedAt: new Date() } });
}

/** Ends every session of a user (disable, role change, "sign out everywhere"). */
export async function revokeAllSessions(db: SessionDb, userId: number): Promise<void> {
  await db.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
  await db.session.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: new Date() } });
}
