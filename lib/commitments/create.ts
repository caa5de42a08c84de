import { canEditContent } from '../auth/permissions';
import { defineMutation, rawText } from '../mutations/define-mutation';
import { invalid } from '../mutations/stop';
import { createCommitmentSchema } from '../validation/commitment';
import { checkRelations, contentColumns, touchedBy } from './content';

const SLUG_TAKEN = { slug: 'adminContent.errors.slugTaken' };

/** Admins add a commitment (both languages); it starts at version 1, not started. */
export const createCommitment = defineMutation(
  {
    action: 'commitment.create',
    permission: canEditContent,
    schema: createCommitmentSchema,
    target: (raw) => ({ type: 'commitment', id: rawText(raw, 'slug') || undefined }),
    invalidKey: 'adminContent.errors.invalid',
    // Two admins creating the same slug at once: the second gets the same field error.
    onUniqueViolation: { kind: 'invalid', errors: SLUG_TAKEN },
  },
  async ({ input, user, tx }) => {
    await checkRelations(tx, input);
    if (await tx.commitment.findUnique({ where: { slug: input.slug }, select: { id: true } })) {
      throw invalid(SLUG_TAKEN);
    }
    const created = await tx.commitment.create({
      data: { slug: input.slug, ...contentColumns(input), createdAt: new Date(), ...touchedBy(user.id) },
      select: { id: true, slug: true, version: true },
    });
    return {
      value: { slug: created.slug, version: created.version },
      audit: { id: created.id, agreementId: input.agreementId },
    };
  },
);
