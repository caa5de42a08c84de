import { z } from 'zod';
import { canEditContent } from '../auth/permissions';
import { defineMutation, rawText } from '../mutations/define-mutation';
import { conflict, notFound } from '../mutations/stop';
import { getCommitmentContent } from '../queries/admin-commitments';
import { editCommitmentSchema } from '../validation/commitment';
import { checkRelations, contentColumns, touchedBy } from './content';

/** Admins edit a commitment's content; the version the form started from guards the write. */
export const editCommitment = defineMutation(
  {
    action: 'commitment.edit',
    permission: canEditContent,
    schema: editCommitmentSchema.and(z.object({ slug: z.string().max(200) })),
    target: (raw) => ({ type: 'commitment', id: rawText(raw, 'slug') }),
    invalidKey: 'adminContent.errors.invalid',
    readCurrent: (input) => getCommitmentContent(input.slug),
  },
  async ({ input, user, tx }) => {
    const existing = await tx.commitment.findUnique({ where: { slug: input.slug }, select: { id: true } });
    if (!existing) throw notFound();
    await checkRelations(tx, input);
    // Version check and write in one statement: of two admins holding the same version, the
    // second finds no row.
    const { count } = await tx.commitment.updateMany({
      where: { id: existing.id, version: input.version },
      data: { ...contentColumns(input), version: input.version + 1, ...touchedBy(user.id) },
    });
    if (count === 0) throw conflict(input.version);
    return { value: { slug: input.slug, version: input.version + 1 }, audit: { version: input.version + 1 } };
  },
);
