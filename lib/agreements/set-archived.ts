import { z } from 'zod';
import { canEditContent } from '../auth/permissions';
import { defineMutation, rawText } from '../mutations/define-mutation';
import { invalid, notFound } from '../mutations/stop';

/**
 * Archive an agreement (hide it from the public lists and from new commitments) or bring it back.
 * Only once none of its commitments is public: archive those first, so no page shows a
 * commitment whose agreement has gone.
 */
export const setAgreementArchived = defineMutation(
  {
    action: (raw) => (raw.archive === false ? 'agreement.unarchive' : 'agreement.archive'),
    permission: canEditContent,
    schema: z.object({ slug: z.string().max(200), archive: z.boolean() }),
    target: (raw) => ({ type: 'agreement', id: rawText(raw, 'slug') }),
    invalidKey: 'adminContent.errors.invalid',
  },
  async ({ input, tx }) => {
    const agreement = await tx.agreement.findUnique({ where: { slug: input.slug }, select: { id: true } });
    if (!agreement) throw notFound();
    if (input.archive) {
      const active = await tx.commitment.count({ where: { agreementId: agreement.id, archivedAt: null } });
      if (active > 0) throw invalid({ form: 'authoring.errors.agreementHasCommitments' });
    }
    const { count } = await tx.agreement.updateMany({
      where: { id: agreement.id, archivedAt: input.archive ? null : { not: null } },
      data: { archivedAt: input.archive ? new Date() : null },
    });
    return {
      value: { changed: count === 1 },
      audit: { changed: count === 1 },
      changedPublicData: count === 1,
    };
  },
);
