import { canManageUsers } from '../auth/permissions';
import { unlockAccount } from '../auth/accounts';
import { revokeAllSessions } from '../auth/sessions';
import { revokeAllApiTokens } from '../auth/tokens';
import { defineMutation, rawText } from '../mutations/define-mutation';
import { forbidden, notFound } from '../mutations/stop';
import { USER_CHANGES, userChangeSchema, type UserChange } from '../validation/user';

/** What an admin may do to their own account: nothing that locks them out. */
const SELF_ALLOWED = new Set<UserChange>(['sign-out', 'sign-out-and-revoke-tokens', 'unlock']);

const changeOf = (raw: Record<string, unknown>): UserChange | 'change' => {
  const change = rawText(raw, 'change', 20);
  return (USER_CHANGES as readonly string[]).includes(change) ? (change as UserChange) : 'change';
};

/**
 * Disable / enable an account, change its role, or sign it out everywhere. Any change that
 * shrinks access ends the account's sessions on every instance at once.
 */
export const changeUser = defineMutation(
  {
    action: (raw) => `user.${changeOf(raw)}`,
    permission: canManageUsers,
    schema: userChangeSchema,
    target: (raw) => ({ type: 'user', id: rawText(raw, 'userId', 12) || undefined }),
    invalidKey: 'admin.errors.invalid',
    publicData: false,
  },
  async ({ input: { userId, change }, user, tx }) => {
    // An admin cannot lock themselves out (the last way back in would be the CLI).
    if (user.id === userId && !SELF_ALLOWED.has(change)) throw forbidden('self');
    const target = await tx.user.findUnique({ where: { id: userId }, select: { id: true, email: true } });
    if (!target) throw notFound();
    if (change === 'unlock') {
      return { value: change, audit: { clearedFailures: await unlockAccount(tx, target.email) } };
    }
    if (change === 'disable' || change === 'enable') {
      await tx.user.update({ where: { id: userId }, data: { disabled: change === 'disable' } });
    } else if (change === 'make-editor' || change === 'make-admin') {
      await tx.user.update({
        where: { id: userId },
        data: { role: change === 'make-admin' ? 'ADMIN' : 'EDITOR' },
      });
    }
    if (change !== 'enable') await revokeAllSessions(tx, userId);
    // A disabled account's tokens die for good: enabling it again does not bring them back.
    const revokedTokens =
      change === 'disable' || change === 'sign-out-and-revoke-tokens'
        ? await revokeAllApiTokens(tx, userId)
        : 0;
    return { value: change, audit: revokedTokens > 0 ? { revokedTokens } : {} };
  },
);
