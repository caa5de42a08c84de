import { canManageUsers } from '../auth/permissions';
import { revokeApiToken } from '../auth/tokens';
import { defineMutation, rawText } from '../mutations/define-mutation';
import { notFound } from '../mutations/stop';
import { tokenRevokeSchema } from '../validation/user';

/** Admins revoke one API token for good (a revoked token is never accepted again). */
export const revokeToken = defineMutation(
  {
    action: 'token.revoke',
    permission: canManageUsers,
    schema: tokenRevokeSchema,
    target: (raw) => ({ type: 'token', id: rawText(raw, 'tokenId', 12) || undefined }),
    invalidKey: 'admin.errors.invalid',
    publicData: false,
  },
  async ({ input, tx }) => {
    if (!(await revokeApiToken(tx, input.tokenId))) throw notFound();
    return { value: input.tokenId };
  },
);
