'use server';
// Admin user management. Every action checks the admin role itself, validates, writes with an
// audit row, and ends the target's sessions when their access shrinks.
import { revalidatePath } from 'next/cache';
import { headers } from 'next/headers';
import { z } from 'zod';
import { recordAudit } from '../audit';
import { actorLabel, authorize, AuthError, currentActor } from '../auth';
import { clientIpFrom } from '../auth/client-ip';
import { hashPassword, passwordProblem } from '../auth/password';
import { revokeAllSessions } from '../auth/sessions';
import { normalizeEmail } from '../auth/sign-in';
import { db } from '../db';

export type UserActionState =
  | { kind: 'idle' }
  | { kind: 'ok'; message: 'created' | 'updated' }
  | { kind: 'error'; errors: Record<string, string> };

const createUserSchema = z.object({
  email: z
    .string()
    .trim()
    .max(320, { error: 'admin.errors.email' })
    .regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, { error: 'admin.errors.email' })
    .transform(normalizeEmail),
  name: z.string().trim().min(1, { error: 'admin.errors.name' }).max(200, { error: 'admin.errors.name' }),
  role: z.enum(['EDITOR', 'ADMIN'], { error: 'admin.errors.role' }),
  password: z.string().superRefine((password, context) => {
    const problem = passwordProblem(password);
    if (problem) context.addIssue({ code: 'custom', message: `admin.errors.password.${problem}` });
  }),
});

const userChangeSchema = z.object({
  userId: z.coerce.number().int().positive(),
  change: z.enum(['disable', 'enable', 'make-editor', 'make-admin', 'sign-out']),
});

async function adminContext() {
  const actor = await currentActor();
  const ip = clientIpFrom(await headers());
  return { actor, ip, who: actorLabel(actor) };
}

export async function createUserAction(_prev: UserActionState, form: FormData): Promise<UserActionState> {
  const { actor, ip, who } = await adminContext();
  try {
    authorize(actor, 'admin');
  } catch (error) {
    if (!(error instanceof AuthError)) throw error;
    await recordAudit(db, { actor: who, action: 'user.create', targetType: 'user', outcome: 'DENIED', ip });
    return { kind: 'error', errors: { form: 'admin.errors.forbidden' } };
  }
  const parsed = createUserSchema.safeParse({
    email: form.get('email'),
    name: form.get('name'),
    role: form.get('role'),
    password: form.get('password'),
  });
  if (!parsed.success) {
    const errors: Record<string, string> = {};
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? 'form');
      errors[field] ??= issue.message.startsWith('admin.') ? issue.message : 'admin.errors.invalid';
    }
    await recordAudit(db, {
      actor: who,
      action: 'user.create',
      targetType: 'user',
      outcome: 'INVALID',
      details: { fields: Object.keys(errors) },
      ip,
    });
    return { kind: 'error', errors };
  }
  const { email, name, role, password } = parsed.data;
  if (await db.user.findUnique({ where: { email }, select: { id: true } })) {
    await recordAudit(db, {
      actor: who,
      action: 'user.create',
      targetType: 'user',
      targetId: email,
      outcome: 'INVALID',
      details: { reason: 'exists' },
      ip,
    });
    return { kind: 'error', errors: { email: 'admin.errors.emailTaken' } };
  }
  const passwordHash = await hashPassword(password);
  await db.$transaction(async (tx) => {
    const user = await tx.user.create({ data: { email, name, role, passwordHash } });
    await recordAudit(tx, {
      actor: who,
      action: 'user.create',
      targetType: 'user',
      targetId: user.id,
      outcome: 'OK',
      details: { email, role },
      ip,
    });
  });
  revalidatePath('/', 'layout');
  return { kind: 'ok', message: 'created' };
}

/** Disable/enable, change role, or sign a user out everywhere (a plain form per button). */
export async function changeUserAction(form: FormData): Promise<void> {
  const { actor, ip, who } = await adminContext();
  const parsed = userChangeSchema.safeParse({ userId: form.get('userId'), change: form.get('change') });
  const action = `user.${parsed.success ? parsed.data.change : 'change'}`;
  try {
    authorize(actor, 'admin');
  } catch (error) {
    if (!(error instanceof AuthError)) throw error;
    await recordAudit(db, {
      actor: who,
      action,
      targetType: 'user',
      targetId: parsed.data?.userId,
      outcome: 'DENIED',
      ip,
    });
    return;
  }
  if (!parsed.success) {
    await recordAudit(db, { actor: who, action, targetType: 'user', outcome: 'INVALID', ip });
    return;
  }
  const { userId, change } = parsed.data;
  // An admin cannot lock themselves out (the last way back in would be the CLI).
  if (actor.kind === 'user' && actor.user.id === userId && change !== 'sign-out') {
    await recordAudit(db, {
      actor: who,
      action,
      targetType: 'user',
      targetId: userId,
      outcome: 'DENIED',
      details: { reason: 'self' },
      ip,
    });
    return;
  }
  const target = await db.user.findUnique({ where: { id: userId }, select: { id: true } });
  if (!target) {
    await recordAudit(db, {
      actor: who,
      action,
      targetType: 'user',
      targetId: userId,
      outcome: 'INVALID',
      details: { reason: 'unknown-user' },
      ip,
    });
    return;
  }
  await db.$transaction(async (tx) => {
    if (change === 'disable' || change === 'enable') {
      await tx.user.update({ where: { id: userId }, data: { disabled: change === 'disable' } });
    } else if (change === 'make-editor' || change === 'make-admin') {
      await tx.user.update({
        where: { id: userId },
        data: { role: change === 'make-admin' ? 'ADMIN' : 'EDITOR' },
      });
    }
    if (change !== 'enable') await revokeAllSessions(tx, userId);
    await recordAudit(tx, { actor: who, action, targetType: 'user', targetId: userId, outcome: 'OK', ip });
  });
  revalidatePath('/', 'layout');
}
