import { canEditContent } from '../auth/permissions';
import { defineMutation, rawText } from '../mutations/define-mutation';
import { conflict, notFound } from '../mutations/stop';
import { readAgreementForForm } from '../queries/admin-agreements';
import { editAgreementSchema } from '../validation/agreement';
import { agreementColumns } from './content';

/**
 * Admins correct an agreement's titles, summaries, parties, kind or dated event. The version the
 * admin started from guards the write: if someone saved in between, nothing is written and the
 * form shows the saved values beside theirs (a conflict), to re-apply on purpose.
 */
export const editAgreement = defineMutation(
  {
    action: 'agreement.edit',
    permission: canEditContent,
    schema: editAgreementSchema,
    target: (raw) => ({ type: 'agreement', id: rawText(raw, 'slug') }),
    invalidKey: 'adminContent.errors.invalid',
    readCurrent: (input) => readAgreementForForm(input.slug),
  },
  async ({ input, tx }) => {
    const { count } = await tx.agreement.updateMany({
      where: { slug: input.slug, version: input.version },
      data: { ...agreementColumns(input), version: input.version + 1 },
    });
    if (count === 0) {
      const exists = await tx.agreement.findUnique({ where: { slug: input.slug }, select: { id: true } });
      throw exists ? conflict(input.version) : notFound();
    }
    return { value: { slug: input.slug }, audit: { version: input.version + 1 } };
  },
);
