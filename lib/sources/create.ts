import crypto from 'node:crypto';
import { canEditContent } from '../auth/permissions';
import { defineMutation, rawText, type Tx } from '../mutations/define-mutation';
import { invalid } from '../mutations/stop';
import { createSourceSchema } from '../validation/agreement';

const SLUG_TAKEN = { slug: 'adminContent.errors.slugTaken' };

export async function checkAgreement(tx: Tx, agreementId: number | null): Promise<void> {
  if (agreementId === null) return;
  const agreement = await tx.agreement.findUnique({ where: { id: agreementId }, select: { id: true } });
  if (!agreement) throw invalid({ agreementId: 'adminContent.errors.agreement' });
}

/**
 * Admins add a source by pasting its text or uploading a file (its extracted text, with the file
 * kept and its sha256); citations then point into that text.
 */
export const createSource = defineMutation(
  {
    action: 'source.create',
    permission: canEditContent,
    schema: createSourceSchema,
    target: (raw) => ({ type: 'source', id: rawText(raw, 'slug') || undefined }),
    invalidKey: 'adminContent.errors.invalid',
    onUniqueViolation: { kind: 'invalid', errors: SLUG_TAKEN },
  },
  async ({ input, tx }) => {
    await checkAgreement(tx, input.agreementId);
    if (await tx.source.findUnique({ where: { slug: input.slug }, select: { id: true } })) {
      throw invalid(SLUG_TAKEN);
    }
    const created = await tx.source.create({
      data: {
        slug: input.slug,
        title: input.title,
        publisher: input.publisher,
        publishedOn: input.publishedOn,
        language: input.language,
        fileName: `${input.slug}.txt`,
        text: input.text,
        agreementId: input.agreementId,
        ...(input.original
          ? {
              fileName: input.original.fileName,
              originalFileName: input.original.fileName,
              originalContentType: input.original.contentType,
              originalSha256: crypto.createHash('sha256').update(input.original.bytes).digest('hex'),
              originalBytes: new Uint8Array(input.original.bytes),
            }
          : {}),
      },
      select: { id: true, slug: true, originalSha256: true },
    });
    return {
      value: { slug: created.slug, id: created.id },
      audit: { id: created.id, length: input.text.length, sha256: created.originalSha256 },
    };
  },
);
