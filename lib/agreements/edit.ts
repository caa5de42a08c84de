import { canEditContent } from '../auth/permissions';
import { defineMutation, rawText } from '../mutations/define-mutation';
import { notFound } from '../mutations/stop';
import { editAgreementSchema } from '../validation/agreement';
import { agreementColumns } from './content';

/** Admins correct an agreement's titles, summaries, parties, kind or dated event. */
export const editAgreement = defineMutation(
  {
    action: 'agreement.edit',
    permission: canEditContent,
    schema: editAgreementSchema,
    target: (raw) => ({ type: 'agreement', id: rawText(raw, 'slug') }),
    invalidKey: 'adminContent.errors.invalid',
  },
  async ({ input, tx }) => {
    const { count } = await tx.agreement.updateMany({
      where: { slug: input.slug },
      data: agreementColumns(input),
    });
    if (count === 0) throw notFound();
    return { value: { slug: input.slug } };
  },
);
