import { z } from 'zod';
import { canEditContent } from '../auth/permissions';
import { defineMutation, rawText } from '../mutations/define-mutation';
import { notFound } from '../mutations/stop';
import { touchedBy } from './content';

/** Hide a commitment from the public (archive = true) or bring it back. */
export const setCommitmentArchived = defineMutation(
  {
    action: (raw) => (raw.archive === false ? 'commitment.unarchive' : 'commitment.archive'),
    permission: canEditContent,
    schema: z.object({ slug: z.string().max(200), archive: z.boolean() }),
    target: (raw) => ({ type: 'commitment', id: rawText(raw, 'slug') }),
    invalidKey: 'adminContent.errors.invalid',
  },
  async ({ input, user, tx }) => {
    const existing = await tx.commitment.findUnique({ where: { slug: input.slug }, select: { id: true } });
    if (!existing) throw notFound();
    const { count } = await tx.commitment.updateMany({
      where: { id: existing.id, archivedAt: input.archive ? null : { not: null } },
      data: { archivedAt: input.archive ? new Date() : null, ...touchedBy(user.id) },
    });
    return {
      value: { changed: count === 1 },
      audit: { changed: count === 1 },
      changedPublicData: count === 1,
    };
  },
);
