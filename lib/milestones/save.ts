import { z } from 'zod';
import { canEditMilestones } from '../auth/permissions';
import { touchedBy } from '../commitments/content';
import { defineMutation, rawText, type RawInput } from '../mutations/define-mutation';
import { notFound } from '../mutations/stop';
import { id } from '../validation/commitment';
import {
  checkMilestone,
  MILESTONE_INTENTS,
  milestoneFields,
  type MilestoneIntent,
} from '../validation/milestone';

const AUDIT_ACTION: Record<MilestoneIntent, string> = {
  add: 'milestone.add',
  save: 'milestone.edit',
  done: 'milestone.done',
  reopen: 'milestone.reopen',
  remove: 'milestone.remove',
};

/** An unknown intent is treated as "save" (the form's default button). */
export function milestoneIntent(raw: RawInput): MilestoneIntent {
  const intent = rawText(raw, 'intent', 20);
  return (MILESTONE_INTENTS as readonly string[]).includes(intent) ? (intent as MilestoneIntent) : 'save';
}

const today = () => new Date().toISOString().slice(0, 10);

/** What each intent means for the fields: "done" without a date is today, "reopen" clears it. */
function effectiveFields(raw: unknown): unknown {
  const input = raw as RawInput;
  const intent = milestoneIntent(input);
  if (intent === 'done')
    return { ...input, intent, doneDate: rawText(input, 'doneDate', 40).trim() || today() };
  if (intent === 'reopen') return { ...input, intent, doneDate: '' };
  return { ...input, intent };
}

const slug = z.string().max(200);
const milestoneId = id('invalid');

const schema = z.preprocess(
  effectiveFields,
  z.discriminatedUnion('intent', [
    z.object({ intent: z.literal('remove'), slug, milestoneId }),
    z.object({ intent: z.literal('add'), slug, ...milestoneFields }).superRefine(checkMilestone),
    z
      .object({ intent: z.enum(['save', 'done', 'reopen']), slug, milestoneId, ...milestoneFields })
      .superRefine(checkMilestone),
  ]),
);

/** Editors add, edit, complete, reopen and remove a commitment's milestones. */
export const saveMilestone = defineMutation(
  {
    action: (raw) => AUDIT_ACTION[milestoneIntent(raw)],
    permission: canEditMilestones,
    schema,
    target: (raw) => ({
      type: 'commitment',
      id:
        milestoneIntent(raw) === 'add'
          ? rawText(raw, 'slug')
          : `${rawText(raw, 'slug')}#milestone-${rawText(raw, 'milestoneId', 12)}`,
    }),
    invalidKey: 'adminContent.errors.invalid',
  },
  async ({ input, user, tx }) => {
    const commitment = await tx.commitment.findFirst({
      where: { slug: input.slug, archivedAt: null },
      select: { id: true },
    });
    if (!commitment) throw notFound();
    const intent = input.intent;
    if (intent === 'add') {
      const { intent: _intent, slug: _slug, ...fields } = input;
      const last = await tx.milestone.aggregate({
        where: { commitmentId: commitment.id },
        _max: { position: true },
      });
      await tx.milestone.create({
        data: { commitmentId: commitment.id, position: (last._max.position ?? -1) + 1, ...fields },
      });
      await tx.commitment.update({ where: { id: commitment.id }, data: touchedBy(user.id) });
      return { value: intent, audit: { doneDate: fields.doneDate?.toISOString().slice(0, 10) ?? null } };
    }
    const milestone = await tx.milestone.findFirst({
      where: { id: input.milestoneId, commitmentId: commitment.id },
      select: { id: true, titleEn: true, titleVi: true },
    });
    if (!milestone) throw notFound();
    let audit: Record<string, unknown>;
    if (input.intent === 'remove') {
      await tx.milestone.delete({ where: { id: milestone.id } });
      audit = { removed: { titleEn: milestone.titleEn, titleVi: milestone.titleVi } };
    } else {
      const { intent: _intent, slug: _slug, milestoneId: _id, ...fields } = input;
      await tx.milestone.update({ where: { id: milestone.id }, data: fields });
      audit = { doneDate: fields.doneDate?.toISOString().slice(0, 10) ?? null };
    }
    await tx.commitment.update({ where: { id: commitment.id }, data: touchedBy(user.id) });
    return { value: intent, audit };
  },
);
