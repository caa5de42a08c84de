// Users, sessions and tokens for auth tests, made through the same functions the app uses.
import crypto from 'node:crypto';
import { encode } from 'next-auth/jwt';
import { hashPassword } from '@/lib/auth/password';
import { createSession } from '@/lib/auth/sessions';
import { generateApiToken, hashApiToken } from '@/lib/auth/tokens';
import type { Db } from '@/lib/prisma-client';

export const TEST_SECRET = 'integration-secret-not-for-production-0123456789';
export const TEST_PASSWORD = 'violet-harbour-lantern-42';
export const SESSION_COOKIE = 'next-auth.session-token';

let cachedHash: Promise<string> | undefined;

export async function makeUser(
  db: Db,
  options: { role?: 'EDITOR' | 'ADMIN'; disabled?: boolean; name?: string; email?: string } = {},
) {
  cachedHash ??= hashPassword(TEST_PASSWORD);
  const suffix = crypto.randomBytes(4).toString('hex');
  return db.user.create({
    data: {
      email: options.email ?? `user-${suffix}@example.org`,
      name: options.name ?? `Test ${options.role ?? 'EDITOR'} ${suffix}`,
      role: options.role ?? 'EDITOR',
      disabled: options.disabled ?? false,
      passwordHash: await cachedHash,
    },
  });
}

/** A signed session cookie value for the user, exactly as next-auth would set it. */
export async function sessionTokenFor(
  db: Db,
  user: { id: number; email: string; name: string; sessionVersion: number },
) {
  const sid = await createSession(db, user.id, user.sessionVersion);
  const token = await encode({
    token: { sub: String(user.id), email: user.email, name: user.name, sid },
    secret: TEST_SECRET,
  });
  return { sid, token };
}

export async function apiTokenFor(db: Db, userId: number): Promise<string> {
  const token = generateApiToken();
  await db.apiToken.create({ data: { userId, tokenHash: hashApiToken(token) } });
  return token;
}
