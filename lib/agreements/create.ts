import { canEditContent } from '../auth/permissions';
import { defineMutation, rawText } from '../mutations/define-mutation';
import { invalid } from '../mutations/stop';
import { createAgreementSchema } from '../validation/agreement';
import { agreementColumns } from './content';

const SLUG_TAKEN = { slug: 'adminContent.errors.slugTaken' };

/** Admins add an agreement (titles and summaries in both languages, its dated event). */
export const createAgreement = defineMutation(
  {
    action: 'agreement.create',
    permission: canEditContent,
    schema: createAgreementSchema,
    target: (raw) => ({ type: 'agreement', id: rawText(raw, 'slug') || undefined }),
    invalidKey: 'adminContent.errors.invalid',
    onUniqueViolation: { kind: 'invalid', errors: SLUG_TAKEN },
  },
  async ({ input, tx }) => {
    if (await tx.agreement.findUnique({ where: { slug: input.slug }, select: { id: true } })) {
      throw invalid(SLUG_TAKEN);
    }
    const created = await tx.agreement.create({
      data: { slug: input.slug, ...agreementColumns(input) },
      select: { id: true, slug: true },
    });
    return { value: { slug: created.slug }, audit: { id: created.id } };
  },
);
