// API tokens: shown once, stored only as a sha256 hash (a random 256-bit token needs no slow hash).
// Each has a name, an expiry and a last use; revoking sets revokedAt once and for good (enabling
// a user again does not bring its tokens back). Plain functions over a client or transaction, with
// no access check: callers (CLI, admin actions) decide who may call them.
import crypto from 'node:crypto';
import type { Db } from '../prisma-client';

const PREFIX = 'ct_';
export const API_TOKEN_DEFAULT_DAYS = 90;
export const API_TOKEN_MAX_DAYS = 366;
export const API_TOKEN_NAME_MAX = 100;

type TokenDb = Pick<Db, 'apiToken'>;

export function generateApiToken(): string {
  return `${PREFIX}${crypto.randomBytes(32).toString('base64url')}`;
}

export function hashApiToken(token: string): string {
  return crypto.createHash('sha256').update(token, 'utf8').digest('hex');
}

/** A new token for the user; the returned `token` is the only time the secret exists in clear. */
export async function createApiToken(
  tx: TokenDb,
  userId: number,
  options: { name?: string; days?: number; now?: Date } = {},
): Promise<{ id: number; token: string; expiresAt: Date }> {
  const days = options.days ?? API_TOKEN_DEFAULT_DAYS;
  if (!Number.isInteger(days) || days < 1 || days > API_TOKEN_MAX_DAYS) {
    throw new RangeError(`a token lives 1 to ${API_TOKEN_MAX_DAYS} days`);
  }
  const now = options.now ?? new Date();
  const token = generateApiToken();
  const row = await tx.apiToken.create({
    data: {
      userId,
      tokenHash: hashApiToken(token),
      name: (options.name ?? '').trim().slice(0, API_TOKEN_NAME_MAX),
      createdAt: now,
      expiresAt: new Date(now.getTime() + days * 24 * 60 * 60 * 1000),
    },
    select: { id: true, expiresAt: true },
  });
  return { id: row.id, token, expiresAt: row.expiresAt };
}

export interface ApiTokenSummary {
  id: number;
  name: string;
  createdAt: Date;
  expiresAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

/** A user's tokens, newest first, without hashes (for the CLI and an admin list). */
export function listApiTokens(tx: TokenDb, userId: number): Promise<ApiTokenSummary[]> {
  return tx.apiToken.findMany({
    where: { userId },
    orderBy: { id: 'desc' },
    select: { id: true, name: true, createdAt: true, expiresAt: true, lastUsedAt: true, revokedAt: true },
  });
}

/** Revokes one token; false when there is no such token or it was already revoked. */
export async function revokeApiToken(tx: TokenDb, tokenId: number, now = new Date()): Promise<boolean> {
  const { count } = await tx.apiToken.updateMany({
    where: { id: tokenId, revokedAt: null },
    data: { revokedAt: now },
  });
  return count === 1;
}

/** Revokes every live token of a user (disable, "sign out everywhere"); returns how many. */
export async function revokeAllApiTokens(tx: TokenDb, userId: number, now = new Date()): Promise<number> {
  const { count } = await tx.apiToken.updateMany({
    where: { userId, revokedAt: null },
    data: { revokedAt: now },
  });
  return count;
}

/** Whether a stored token may authenticate now. */
export function isApiTokenUsable(
  row: { revokedAt: Date | null; expiresAt: Date },
  now = new Date(),
): boolean {
  return row.revokedAt === null && row.expiresAt.getTime() > now.getTime();
}
