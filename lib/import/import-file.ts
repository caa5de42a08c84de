// The import: a file in the export's format (commitments) or an assessments file, applied all or
// nothing in the pipeline's one transaction. The plan is made again inside the transaction from
// the file's bytes (never from a preview a browser sent back), and any row with a problem stops
// the whole import. The audit row names the file (and its sha256) and the counts.
import crypto from 'node:crypto';
import { z } from 'zod';
import { canEditContent } from '../auth/permissions';
import type { Prisma } from '../generated/prisma/client';
import { defineMutation, rawText } from '../mutations/define-mutation';
import { invalid } from '../mutations/stop';
import { applyAssessmentsPlan, applyCommitmentsPlan } from './apply';
import { IMPORT_MAX_BYTES } from './limits';
import { planImport, type Outcome } from './plan';

const importSchema = z.object({
  fileName: z.string().trim().min(1).max(300),
  bytes: z
    .instanceof(Uint8Array, { error: 'import.file.empty' })
    .refine((bytes) => bytes.byteLength <= IMPORT_MAX_BYTES, { error: 'import.file.tooLarge' }),
  /** The staged upload this applies (the admin page), marked applied in the same transaction. */
  uploadId: z.string().uuid().optional(),
});

export interface ImportResult {
  kind: 'commitments' | 'assessments';
  counts: Record<Outcome, number>;
  sha256: string;
}

export const importFile = defineMutation(
  {
    action: 'import',
    permission: canEditContent,
    schema: importSchema,
    target: (raw) => ({ type: 'import', id: rawText(raw, 'fileName') || undefined }),
    invalidKey: 'import.file.invalid',
    // 10,000 rows are planned and written in one transaction.
    transactionTimeoutMs: 120_000,
  },
  async ({ input, user, tx }) => {
    const plan = await planImport(tx, input.bytes, input.fileName);
    if (!plan.ok) throw invalid({ file: plan.problem.key });
    if (plan.counts.error > 0) throw invalid({ rows: 'import.file.rowsHaveErrors' });
    if (plan.kind === 'commitments') await applyCommitmentsPlan(tx, plan, user);
    else await applyAssessmentsPlan(tx, plan, user);
    const sha256 = crypto.createHash('sha256').update(input.bytes).digest('hex');
    const result: ImportResult = { kind: plan.kind, counts: plan.counts, sha256 };
    if (input.uploadId) {
      await tx.importUpload.updateMany({
        where: { id: input.uploadId },
        data: { appliedAt: new Date(), result: result as unknown as Prisma.InputJsonValue },
      });
    }
    const changed = plan.rows.filter((row) => row.outcome === 'created' || row.outcome === 'updated');
    return {
      value: result,
      audit: {
        fileName: input.fileName,
        sha256,
        kind: plan.kind,
        ...plan.counts,
        // The first changed rows by ID; the counts say how many in all.
        changed: changed.slice(0, 200).map((row) => row.slug),
      },
      changedPublicData: changed.length > 0,
    };
  },
);
