import { createHash } from 'node:crypto';
import { z } from 'zod';
import { canUpdateStatus } from '../auth/permissions';
import { defineMutation, rawText } from '../mutations/define-mutation';
import { notFound } from '../mutations/stop';
import {
  claimedEvidenceType,
  detectEvidenceType,
  EVIDENCE_FILE_MAX_BYTES,
  EVIDENCE_TYPES,
  safeFileName,
} from './file-type';

const E = (key: string) => `assessment.errors.${key}`;

const uploadSchema = z
  .object({
    slug: z.string().max(200),
    fileName: z.string().max(500).default(''),
    declaredType: z.string().max(200).default(''),
    // Absent when the request carried no file part: reported on `file` like every other file error.
    bytes: z.instanceof(Uint8Array).optional(),
  })
  .transform((upload, context) => {
    const issue = (key: string) => {
      context.addIssue({ code: 'custom', path: ['file'], message: E(key) });
      return z.NEVER;
    };
    if (!upload.bytes || upload.bytes.byteLength === 0) return issue('evidenceFileEmpty');
    if (upload.bytes.byteLength > EVIDENCE_FILE_MAX_BYTES) return issue('evidenceFileTooLarge');
    const kind = detectEvidenceType(upload.bytes);
    if (!kind) return issue('evidenceFileType');
    const claimed = claimedEvidenceType(upload.fileName, upload.declaredType);
    // A file that says it is one thing and is another is refused, whichever of the two is allowed.
    if (claimed !== null && claimed !== kind) return issue('evidenceFileMismatch');
    return { ...upload, bytes: upload.bytes, kind };
  });

/**
 * Editors store an evidence document (PDF, PNG, JPEG, DOCX, TXT; at most 10 MB) for a commitment;
 * an assessment then names it by id. Kept in Postgres with its sha256.
 */
export const uploadEvidenceFile = defineMutation(
  {
    action: 'evidence.upload',
    permission: canUpdateStatus,
    schema: uploadSchema,
    target: (raw) => ({ type: 'commitment', id: rawText(raw, 'slug') }),
    invalidKey: 'editor.errors.invalid',
    // Nothing public changes until an assessment cites the file.
    publicData: false,
  },
  async ({ input, user, tx }) => {
    const commitment = await tx.commitment.findFirst({
      where: { slug: input.slug, archivedAt: null },
      select: { id: true },
    });
    if (!commitment) throw notFound();
    const sha256 = createHash('sha256').update(input.bytes).digest('hex');
    const file = await tx.evidenceFile.create({
      data: {
        commitmentId: commitment.id,
        fileName: safeFileName(input.fileName, input.kind),
        contentType: EVIDENCE_TYPES[input.kind].mime,
        byteSize: input.bytes.byteLength,
        sha256,
        bytes: input.bytes as Uint8Array<ArrayBuffer>,
        uploadedById: user.id,
      },
      select: { id: true, fileName: true, contentType: true, byteSize: true, sha256: true },
    });
    return { value: file, audit: { fileId: file.id, sha256, bytes: file.byteSize, type: file.contentType } };
  },
);
