// The admin page's upload: the file is kept in Postgres under a random id with its sha256, so the
// preview (any instance) and the apply step read the very same bytes again. Uploads older than a
// day are removed whenever a new one arrives.
import crypto from 'node:crypto';
import { z } from 'zod';
import { canEditContent } from '../auth/permissions';
import { defineMutation, rawText } from '../mutations/define-mutation';
import { IMPORT_MAX_BYTES } from './limits';

const KEEP_MS = 24 * 3600 * 1000;

export const stageImportUpload = defineMutation(
  {
    action: 'import.upload',
    permission: canEditContent,
    schema: z.object({
      fileName: z.string().trim().min(1, { error: 'import.page.noFile' }).max(300),
      bytes: z
        .instanceof(Uint8Array, { error: 'import.page.noFile' })
        .refine((bytes) => bytes.byteLength > 0, { error: 'import.page.noFile' })
        .refine((bytes) => bytes.byteLength <= IMPORT_MAX_BYTES, { error: 'import.file.tooLarge' }),
    }),
    target: (raw) => ({ type: 'import', id: rawText(raw, 'fileName') || undefined }),
    invalidKey: 'import.file.invalid',
    // Nothing the public sees changes until the import is applied.
    publicData: false,
  },
  async ({ input, user, tx }) => {
    await tx.importUpload.deleteMany({ where: { createdAt: { lt: new Date(Date.now() - KEEP_MS) } } });
    const id = crypto.randomUUID();
    const sha256 = crypto.createHash('sha256').update(input.bytes).digest('hex');
    await tx.importUpload.create({
      data: {
        id,
        fileName: input.fileName,
        sha256,
        bytes: new Uint8Array(input.bytes),
        uploadedById: user.id,
      },
    });
    return { value: { id, sha256 }, audit: { id, sha256, bytes: input.bytes.byteLength } };
  },
);
