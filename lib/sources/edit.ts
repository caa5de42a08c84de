import { canEditContent } from '../auth/permissions';
import { defineMutation, rawText } from '../mutations/define-mutation';
import { invalid, notFound } from '../mutations/stop';
import { editSourceSchema } from '../validation/agreement';
import { checkAgreement } from './create';

/**
 * Admins correct a source's details, and its text while nothing cites it. Once a citation points
 * into the text it never changes (the offsets would lie): a corrected text is a new source.
 */
export const editSource = defineMutation(
  {
    action: 'source.edit',
    permission: canEditContent,
    schema: editSourceSchema,
    target: (raw) => ({ type: 'source', id: rawText(raw, 'slug') }),
    invalidKey: 'adminContent.errors.invalid',
  },
  async ({ input, tx }) => {
    // Locks the row, so a citation cannot be added between the check and the write.
    const [source] = await tx.$queryRaw<{ id: number; text: string }[]>`
      SELECT id, text FROM "Source" WHERE slug = ${input.slug} FOR UPDATE`;
    if (!source) throw notFound();
    await checkAgreement(tx, input.agreementId);
    const textChanged = source.text !== input.text;
    if (textChanged && (await tx.citation.count({ where: { sourceId: source.id } })) > 0) {
      throw invalid({ text: 'authoring.errors.sourceTextCited' });
    }
    await tx.source.update({
      where: { id: source.id },
      data: {
        title: input.title,
        publisher: input.publisher,
        publishedOn: input.publishedOn,
        language: input.language,
        agreementId: input.agreementId,
        ...(textChanged ? { text: input.text } : {}),
      },
    });
    return { value: { slug: input.slug }, audit: { textChanged } };
  },
);
