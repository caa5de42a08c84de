// Email + password sign-in: throttled per account and per address (counted in Postgres, so it
// holds across instances), the same answer and the same work for a wrong email or a wrong password,
// and every attempt audited.
import type { Db } from '../prisma-client';
import { recordAudit } from '../audit';
import {
  THROTTLE_MAX_FAILURES_PER_ACCOUNT,
  THROTTLE_MAX_FAILURES_PER_IP,
  THROTTLE_WINDOW_MS,
} from './constants';
import { dummyPasswordHash, PASSWORD_MAX_LENGTH, verifyPassword } from './password';
import { createSession, type AuthUser } from './sessions';

export type SignInResult =
  { ok: true; user: AuthUser; sessionId: string } | { ok: false; reason: 'invalid' | 'throttled' };

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export async function isThrottled(db: Pick<Db, 'loginAttempt'>, email: string, ip: string): Promise<boolean> {
  const since = new Date(Date.now() - THROTTLE_WINDOW_MS);
  const [byAccount, byIp] = await Promise.all([
    db.loginAttempt.count({ where: { email, succeeded: false, createdAt: { gte: since } } }),
    db.loginAttempt.count({ where: { ip, succeeded: false, createdAt: { gte: since } } }),
  ]);
  return byAccount >= THROTTLE_MAX_FAILURES_PER_ACCOUNT || byIp >= THROTTLE_MAX_FAILURES_PER_IP;
}

export async function signInWithPassword(
  db: Db,
  input: { email: unknown; password: unknown; ip: string },
): Promise<SignInResult> {
  const email = typeof input.email === 'string' ? normalizeEmail(input.email).slice(0, 320) : '';
  const password = typeof input.password === 'string' ? input.password : '';
  const ip = input.ip.slice(0, 100);
  const audit = (outcome: 'OK' | 'DENIED', actor: { id: number | null; label: string }, reason?: string) =>
    recordAudit(db, {
      actor,
      action: 'auth.sign-in',
      targetType: 'user',
      targetId: email,
      outcome,
      details: reason ? { reason } : undefined,
      ip,
    });

  if (await isThrottled(db, email, ip)) {
    await db.loginAttempt.create({ data: { email, ip, succeeded: false } });
    await audit('DENIED', { id: null, label: email || 'anonymous' }, 'throttled');
    return { ok: false, reason: 'throttled' };
  }

  const user = email
    ? await db.user.findUnique({
        where: { email },
        select: {
          id: true,
          email: true,
          name: true,
          role: true,
          disabled: true,
          passwordHash: true,
          sessionVersion: true,
        },
      })
    : null;
  // Always run one argon2 verification, so the timing does not tell whether the email exists.
  const passwordOk =
    password.length > 0 && password.length <= PASSWORD_MAX_LENGTH
      ? await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password)
      : (await verifyPassword(await dummyPasswordHash(), 'x'), false);

  if (!user || !passwordOk || user.disabled) {
    await db.loginAttempt.create({ data: { email, ip, succeeded: false } });
    await audit(
      'DENIED',
      { id: user?.id ?? null, label: email || 'anonymous' },
      !user ? 'unknown-email' : !passwordOk ? 'wrong-password' : 'disabled',
    );
    return { ok: false, reason: 'invalid' };
  }

  const sessionId = await createSession(db, user.id, user.sessionVersion);
  await db.loginAttempt.create({ data: { email, ip, succeeded: true } });
  await db.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } });
  await audit('OK', { id: user.id, label: user.email });
  return {
    ok: true,
    sessionId,
    user: { id: user.id, email: user.email, name: user.name, role: user.role, sessionId },
  };
}
