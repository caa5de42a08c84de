import { canManageUsers } from '../auth/permissions';
import { hashPassword } from '../auth/password';
import { defineMutation, rawText } from '../mutations/define-mutation';
import { invalid } from '../mutations/stop';
import { createUserSchema } from '../validation/user';

const EMAIL_TAKEN = { email: 'admin.errors.emailTaken' };

/** Admins create an editor or admin account with a password that meets the policy. */
export const createUser = defineMutation(
  {
    action: 'user.create',
    permission: canManageUsers,
    schema: createUserSchema,
    target: (raw) => ({ type: 'user', id: rawText(raw, 'email', 320) || undefined }),
    invalidKey: 'admin.errors.invalid',
    publicData: false,
    // Two admins creating the same email at once: the second gets the same field error.
    onUniqueViolation: { kind: 'invalid', errors: EMAIL_TAKEN },
  },
  async ({ input, tx }) => {
    const { email, name, role, password } = input;
    if (await tx.user.findUnique({ where: { email }, select: { id: true } })) throw invalid(EMAIL_TAKEN);
    const user = await tx.user.create({
      data: { email, name, role, passwordHash: await hashPassword(password) },
    });
    return { value: { id: user.id }, audit: { email, role }, target: { type: 'user', id: user.id } };
  },
);
