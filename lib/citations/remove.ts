import { z } from 'zod';
import { canEditContent } from '../auth/permissions';
import { touchedBy } from '../commitments/content';
import { defineMutation, rawText } from '../mutations/define-mutation';
import { notFound } from '../mutations/stop';
import { id } from '../validation/commitment';

/** Admins remove one quote of a commitment; the audit row keeps what it said. */
export const removeCitation = defineMutation(
  {
    action: 'citation.remove',
    permission: canEditContent,
    schema: z.object({ slug: z.string().max(200), citationId: id('invalid') }),
    target: (raw) => ({
      type: 'commitment',
      id: `${rawText(raw, 'slug')}#${rawText(raw, 'citationId', 12)}`,
    }),
    invalidKey: 'adminContent.errors.invalid',
  },
  async ({ input, user, tx }) => {
    const citation = await tx.citation.findFirst({
      where: { id: input.citationId, commitment: { slug: input.slug } },
      select: { id: true, commitmentId: true, quote: true },
    });
    if (!citation) throw notFound();
    await tx.citation.delete({ where: { id: citation.id } });
    await tx.commitment.update({ where: { id: citation.commitmentId }, data: touchedBy(user.id) });
    return { value: null, audit: { quote: citation.quote.slice(0, 200) } };
  },
);
