// Email + password sign-in: throttled per account, per address and per device (counted in
// Postgres, so it holds across instances), the same answer and the same work for a wrong email or
// a wrong password, and every attempt audited.
//
// The throttle is checked and the attempt recorded in one transaction under per-account and
// per-address advisory locks, *before* the password is verified: parallel guesses queue on the
// lock and each sees the ones before it, so no more than the limit are ever verified.
// Attempts the throttle refuses are recorded but not counted, so refused attempts cannot keep an
// account locked; a browser holding a device cookie for the account is counted on its own.
import type { Db } from '../prisma-client';
import { recordAudit } from '../audit';
import {
  THROTTLE_MAX_FAILURES_PER_ACCOUNT,
  THROTTLE_MAX_FAILURES_PER_DEVICE,
  THROTTLE_MAX_FAILURES_PER_IP,
  THROTTLE_WINDOW_MS,
} from './constants';
import { deviceIdFor, issueDeviceCookie } from './device-cookie';
import { dummyPasswordHash, PASSWORD_MAX_LENGTH, verifyPassword } from './password';
import { createSession, type AuthUser } from './sessions';
import { verificationGate, type VerificationGate } from './verification-gate';

export type SignInResult =
  | { ok: true; user: AuthUser; sessionId: string; deviceCookie: string | null }
  | { ok: false; reason: 'invalid' | 'throttled' | 'busy' };

export interface SignInInput {
  email: unknown;
  password: unknown;
  ip: string;
  /** The request's device cookie, if any. */
  deviceCookie?: string;
  /** Signs device cookies (NEXTAUTH_SECRET); without it no device is trusted or issued. */
  secret?: string;
}

// Advisory lock namespaces (first key of pg_advisory_xact_lock(int, int)).
const LOCK_ACCOUNT = 7301;
const LOCK_ADDRESS = 7302;

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * Decides whether this attempt may check a password and records it, as one step per account and
 * address. The row is written as a failure and turned into a success only after verification.
 * Counted failures: not refused by the throttle, not cleared by an unlock, inside the window.
 */
async function admitAttempt(
  db: Db,
  attempt: { email: string; ip: string; device: string | null },
): Promise<{ id: number; throttled: boolean }> {
  const now = new Date();
  // Timestamps are stored as UTC wall time without a zone (Prisma's convention): cast ISO strings.
  const since = new Date(now.getTime() - THROTTLE_WINDOW_MS).toISOString();
  const { email, ip, device } = attempt;
  const [, rows] = await db.$transaction([
    // Always account, then address: every transaction takes them in this order, so no deadlock.
    // The lock is its own statement: the next one then reads with a snapshot taken after it.
    db.$executeRaw`SELECT pg_advisory_xact_lock(${LOCK_ACCOUNT}::int, hashtext(${email})),
                          pg_advisory_xact_lock(${LOCK_ADDRESS}::int, hashtext(${ip}))`,
    db.$queryRaw<{ id: number; throttled: boolean }[]>`
      INSERT INTO "LoginAttempt" ("email", "ip", "device", "succeeded", "throttled", "createdAt")
      SELECT ${email}, ${ip}, ${device}::text, false,
        CASE WHEN ${device}::text IS NOT NULL THEN
          (SELECT count(*) FROM "LoginAttempt" WHERE "device" = ${device}::text
             AND NOT "succeeded" AND NOT "throttled" AND "clearedAt" IS NULL
             AND "createdAt" >= ${since}::timestamp) >= ${THROTTLE_MAX_FAILURES_PER_DEVICE}
        ELSE
          (SELECT count(*) FROM "LoginAttempt" WHERE "email" = ${email} AND "device" IS NULL
             AND NOT "succeeded" AND NOT "throttled" AND "clearedAt" IS NULL
             AND "createdAt" >= ${since}::timestamp) >= ${THROTTLE_MAX_FAILURES_PER_ACCOUNT}
          OR
          (SELECT count(*) FROM "LoginAttempt" WHERE "ip" = ${ip}
             AND NOT "succeeded" AND NOT "throttled" AND "clearedAt" IS NULL
             AND "createdAt" >= ${since}::timestamp) >= ${THROTTLE_MAX_FAILURES_PER_IP}
        END,
        ${now.toISOString()}::timestamp
      RETURNING "id", "throttled"`,
  ]);
  const row = rows[0];
  if (!row) throw new Error('Invariant: the sign-in attempt was not recorded');
  return { id: Number(row.id), throttled: row.throttled };
}

export async function signInWithPassword(
  db: Db,
  input: SignInInput,
  gate: VerificationGate = verificationGate,
): Promise<SignInResult> {
  // First, before any database or hashing work: overload is answered at once.
  const release = gate.tryAcquire();
  if (!release) return { ok: false, reason: 'busy' };
  try {
    return await attemptSignIn(db, input);
  } finally {
    release();
  }
}

async function attemptSignIn(db: Db, input: SignInInput): Promise<SignInResult> {
  const email = typeof input.email === 'string' ? normalizeEmail(input.email).slice(0, 320) : '';
  const password = typeof input.password === 'string' ? input.password : '';
  const ip = input.ip.slice(0, 100);
  const device = email ? deviceIdFor(input.deviceCookie, email, input.secret) : null;
  const audit = (outcome: 'OK' | 'DENIED', actor: { id: number | null; label: string }, reason?: string) =>
    recordAudit(db, {
      actor,
      action: 'auth.sign-in',
      targetType: 'user',
      targetId: email,
      outcome,
      details:
        reason || device
          ? { ...(reason ? { reason } : {}), ...(device ? { device: 'known' } : {}) }
          : undefined,
      ip,
    });

  const attempt = await admitAttempt(db, { email, ip, device });
  if (attempt.throttled) {
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
    await audit(
      'DENIED',
      { id: user?.id ?? null, label: email || 'anonymous' },
      !user ? 'unknown-email' : !passwordOk ? 'wrong-password' : 'disabled',
    );
    return { ok: false, reason: 'invalid' };
  }

  const sessionId = await createSession(db, user.id, user.sessionVersion);
  await db.loginAttempt.update({ where: { id: attempt.id }, data: { succeeded: true } });
  await db.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } });
  await audit('OK', { id: user.id, label: user.email });
  return {
    ok: true,
    sessionId,
    // A fresh device id on every success (OWASP), so an old copied cookie ages out of use.
    deviceCookie: input.secret ? issueDeviceCookie(user.email, input.secret) : null,
    user: { id: user.id, email: user.email, name: user.name, role: user.role, sessionId },
  };
}
