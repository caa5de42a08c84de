// Reads for the admin's account page: not cached (admins must see what is in the database now).
import 'server-only';
import { db } from '../db';

/** Every API token with its owner, newest first, without hashes. */
export function listApiTokensForAdmin() {
  return db.apiToken.findMany({
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
}
