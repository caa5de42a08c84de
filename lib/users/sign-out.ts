import { z } from 'zod';
import { canSignOut } from '../auth/permissions';
import { revokeSession } from '../auth/sessions';
import { defineMutation } from '../mutations/define-mutation';

/** Ends the caller's own browser session, server-side, so its cookie is useless on every instance. */
export const signOut = defineMutation(
  {
    action: 'auth.sign-out',
    permission: canSignOut,
    schema: z.object({}),
    target: () => ({ type: 'session' }),
    invalidKey: 'admin.errors.invalid',
    publicData: false,
  },
  async ({ user, tx }) => {
    if (user.sessionId) await revokeSession(tx, user.sessionId);
    return { value: null };
  },
);
