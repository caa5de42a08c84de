import { z } from 'zod';
import { canEditContent } from '../auth/permissions';
import { touchedBy } from '../commitments/content';
import { defineMutation, rawText, type Tx } from '../mutations/define-mutation';
import { invalid, notFound } from '../mutations/stop';
import { citationSchema, id, locateQuote } from '../validation/commitment';

const target = (raw: Record<string, unknown>) => ({ type: 'commitment', id: rawText(raw, 'slug') });

/**
 * The quote must be verbatim in its source: the server finds its offsets, or checks the offset the
 * source reader sent (the sentence an admin clicked) and keeps it.
 */
async function placeQuote(tx: Tx, sourceId: number, quote: string, at?: number | null) {
  const source = await tx.source.findUnique({ where: { id: sourceId }, select: { text: true } });
  if (!source) throw invalid({ sourceId: 'adminContent.errors.source' });
  const place = locateQuote(source.text, quote, at);
  if (!place) throw invalid({ quote: 'adminContent.errors.quoteNotFound' });
  return { sourceId, quote, ...place };
}

async function commitmentIdOf(tx: Tx, slug: string): Promise<number> {
  const commitment = await tx.commitment.findUnique({ where: { slug }, select: { id: true } });
  if (!commitment) throw notFound();
  return commitment.id;
}

/** Admins add a verbatim quote from a source to a commitment. */
export const addCitation = defineMutation(
  {
    action: 'citation.add',
    permission: canEditContent,
    schema: citationSchema.extend({ slug: z.string().max(200) }),
    target,
    invalidKey: 'adminContent.errors.invalid',
  },
  async ({ input, user, tx }) => {
    const commitmentId = await commitmentIdOf(tx, input.slug);
    const fields = await placeQuote(tx, input.sourceId, input.quote, input.startOffset);
    const last = await tx.citation.aggregate({ where: { commitmentId }, _max: { position: true } });
    await tx.citation.create({ data: { commitmentId, position: (last._max.position ?? -1) + 1, ...fields } });
    await tx.commitment.update({ where: { id: commitmentId }, data: touchedBy(user.id) });
    return { value: null, audit: { sourceId: fields.sourceId, startOffset: fields.startOffset } };
  },
);

/** Admins correct a commitment's quote (or point it at another source). */
export const editCitation = defineMutation(
  {
    action: 'citation.edit',
    permission: canEditContent,
    schema: citationSchema.extend({ slug: z.string().max(200), citationId: id('invalid') }),
    target: (raw) => ({
      type: 'commitment',
      id: `${rawText(raw, 'slug')}#${rawText(raw, 'citationId', 12)}`,
    }),
    invalidKey: 'adminContent.errors.invalid',
  },
  async ({ input, user, tx }) => {
    const commitmentId = await commitmentIdOf(tx, input.slug);
    const citation = await tx.citation.findFirst({
      where: { id: input.citationId, commitmentId },
      select: { id: true },
    });
    if (!citation) throw notFound();
    const fields = await placeQuote(tx, input.sourceId, input.quote, input.startOffset);
    await tx.citation.update({ where: { id: citation.id }, data: fields });
    await tx.commitment.update({ where: { id: commitmentId }, data: touchedBy(user.id) });
    return { value: null, audit: { sourceId: fields.sourceId, startOffset: fields.startOffset } };
  },
);
