// Schemas for the admin's account forms. Error messages are catalog keys (admin.errors.*).
import { z } from 'zod';
import { passwordProblem } from '../auth/password';
import { normalizeEmail } from '../auth/sign-in';

export const USER_CHANGES = [
  'disable',
  'enable',
  'make-editor',
  'make-admin',
  'sign-out',
  'sign-out-and-revoke-tokens',
  'unlock',
] as const;
export type UserChange = (typeof USER_CHANGES)[number];

export const createUserSchema = z.object({
  email: z
    .string({ error: 'admin.errors.email' })
    .trim()
    .max(320, { error: 'admin.errors.email' })
    .regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, { error: 'admin.errors.email' })
    .transform(normalizeEmail),
  name: z
    .string({ error: 'admin.errors.name' })
    .trim()
    .min(1, { error: 'admin.errors.name' })
    .max(200, { error: 'admin.errors.name' }),
  role: z.enum(['EDITOR', 'ADMIN'], { error: 'admin.errors.role' }),
  password: z.string({ error: 'admin.errors.invalid' }).superRefine((password, context) => {
    const problem = passwordProblem(password);
    if (problem) context.addIssue({ code: 'custom', message: `admin.errors.password.${problem}` });
  }),
});

export const tokenRevokeSchema = z.object({
  tokenId: z.coerce.number().int().positive().max(2_147_483_647),
});

export const userChangeSchema = z.object({
  userId: z.coerce.number().int().positive().max(2_147_483_647),
  change: z.enum(USER_CHANGES),
});
