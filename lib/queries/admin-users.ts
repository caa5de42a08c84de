// Reads for the admin's account page: not cached (admins must see what is in the database now).
import 'server-only';
import { db } from '../db';

/** Every API token with its owner, newest first, without hashes; `live` when usable now. */
export async function listApiTokensForAdmin() {
  const now = new Date();
  const tokens = await db.apiToken.findMany({
    orderBy: { id: 'desc' },
    take: 500,
    select: {
      id: true,
      name: true,
      createdAt: true,
      expiresAt: true,
      lastUsedAt: true,
      revokedAt: true,
      user: { select: { email: true } },
    },
  });
  return tokens.map((token) => ({ ...token, live: !token.revokedAt && token.expiresAt > now }));
}
