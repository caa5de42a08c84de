// Account operations shared by the users CLI and (through the app's mutation pipeline) the admin
// UI. No access checks here: callers decide who may call them. Plain Node, no 'server-only'.
import type { Role } from '../generated/prisma/enums';
import type { Db } from '../prisma-client';
import { hashPassword } from './password';

export class AccountExistsError extends Error {
  constructor(readonly email: string) {
    super(`${email} already exists`);
  }
}

/** Postgres unique violation, as Prisma reports it. */
function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'P2002';
}

/**
 * Creates an account. Two creations of one email at once both pass any "does it exist?" check, so
 * the database's unique index decides, and the loser gets AccountExistsError, not a crash.
 */
export async function createAccount(
  db: Pick<Db, 'user'>,
  input: { email: string; name: string; role: Role; password: string },
): Promise<{ id: number; email: string; role: Role }> {
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.user.create({
      data: { email: input.email, name: input.name, role: input.role, passwordHash },
      select: { id: true, email: true, role: true },
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AccountExistsError(input.email);
    throw error;
  }
}

/**
 * Lifts the sign-in lock of an account: its failed attempts stop counting (they stay recorded,
 * and the audit log keeps every attempt). Returns how many failures were cleared.
 */
export async function unlockAccount(
  tx: Pick<Db, 'loginAttempt'>,
  email: string,
  now = new Date(),
): Promise<number> {
  const { count } = await tx.loginAttempt.updateMany({
    where: { email: email.trim().toLowerCase(), succeeded: false, clearedAt: null },
    data: { clearedAt: now },
  });
  return count;
}
