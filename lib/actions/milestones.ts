'use server';
// Editors' milestone actions: one action per milestone form, its submit button saying what to do
// (add, save, done, reopen, remove). Role check → zod → one transaction (change + audit row +
// data-version bump) → revalidate → state. Refused attempts are audited with their outcome.
import { revalidatePath } from 'next/cache';
import { bumpDataVersion } from '../cache/public-cache';
import { db } from '../db';
import { fieldErrorsOf, type FieldErrors } from '../validation/commitment';
import {
  MILESTONE_INTENTS,
  milestoneSchema,
  milestoneValuesFromForm,
  type MilestoneFormValues,
  type MilestoneIntent,
} from '../validation/milestone';
import { beginContentAction, formText, isRefusal } from './content-guard';

export type MilestoneFormState =
  | { kind: 'idle'; attempt: number }
  | { kind: 'ok'; attempt: number; intent: MilestoneIntent }
  | { kind: 'invalid'; attempt: number; errors: FieldErrors; values: MilestoneFormValues }
  | { kind: 'unauthenticated' | 'forbidden' | 'not-found'; attempt: number };

const AUDIT_ACTION: Record<MilestoneIntent, string> = {
  add: 'milestone.add',
  save: 'milestone.edit',
  done: 'milestone.done',
  reopen: 'milestone.reopen',
  remove: 'milestone.remove',
};

const today = () => new Date(`${new Date().toISOString().slice(0, 10)}T00:00:00Z`);

export async function saveMilestoneAction(
  prev: MilestoneFormState,
  form: FormData,
): Promise<MilestoneFormState> {
  const n = (prev?.attempt ?? 0) + 1;
  const slug = formText(form, 'slug');
  const rawIntent = formText(form, 'intent', 20);
  const intent: MilestoneIntent = (MILESTONE_INTENTS as readonly string[]).includes(rawIntent)
    ? (rawIntent as MilestoneIntent)
    : 'save';
  const milestoneId = Number(formText(form, 'milestoneId', 12)) || 0;
  const begun = await beginContentAction('editor', AUDIT_ACTION[intent], {
    type: 'commitment',
    id: intent === 'add' ? slug : `${slug}#milestone-${milestoneId}`,
  });
  if (isRefusal(begun)) return { kind: begun.kind, attempt: n };
  const { user, attempt } = begun;

  const commitment = await db.commitment.findFirst({
    where: { slug, archivedAt: null },
    select: { id: true },
  });
  const milestone =
    commitment && intent !== 'add'
      ? await db.milestone.findFirst({
          where: { id: milestoneId, commitmentId: commitment.id },
          select: { id: true, titleEn: true, titleVi: true, dueDate: true, doneDate: true },
        })
      : null;
  if (!commitment || (intent !== 'add' && !milestone)) {
    await attempt.audit('INVALID', { reason: 'unknown-target' });
    return { kind: 'not-found', attempt: n };
  }

  const values = milestoneValuesFromForm(form);
  // "Mark done" without a date means today; "reopen" clears the date.
  const effective =
    intent === 'done'
      ? { ...values, doneDate: values.doneDate.trim() || today().toISOString().slice(0, 10) }
      : intent === 'reopen'
        ? { ...values, doneDate: '' }
        : values;
  const parsed = intent === 'remove' ? null : milestoneSchema.safeParse(effective);
  if (parsed && !parsed.success) {
    const errors = fieldErrorsOf(parsed.error);
    await attempt.audit('INVALID', { fields: Object.keys(errors) });
    return { kind: 'invalid', attempt: n, errors, values };
  }

  await db.$transaction(async (tx) => {
    if (intent === 'remove') {
      await tx.milestone.delete({ where: { id: milestone!.id } });
    } else if (intent === 'add') {
      const last = await tx.milestone.aggregate({
        where: { commitmentId: commitment.id },
        _max: { position: true },
      });
      await tx.milestone.create({
        data: { commitmentId: commitment.id, position: (last._max.position ?? -1) + 1, ...parsed!.data },
      });
    } else {
      await tx.milestone.update({ where: { id: milestone!.id }, data: parsed!.data });
    }
    await tx.commitment.update({
      where: { id: commitment.id },
      data: { updatedAt: new Date(), updatedById: user.id },
    });
    await attempt.audit(
      'OK',
      intent === 'remove'
        ? { removed: { titleEn: milestone!.titleEn, titleVi: milestone!.titleVi } }
        : { doneDate: parsed!.data.doneDate?.toISOString().slice(0, 10) ?? null },
      undefined,
      tx,
    );
    await bumpDataVersion(tx);
  });
  revalidatePath('/', 'layout');
  return { kind: 'ok', attempt: n, intent };
}
