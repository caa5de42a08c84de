import { z } from 'zod';
import { canUpdateStatus } from '../auth/permissions';
import { defineMutation, rawText } from '../mutations/define-mutation';
import { conflict, invalid, notFound } from '../mutations/stop';
import { readCommitmentState } from '../queries/commitment-state';
import { statusUpdateSchema } from '../validation/status-update';

export const STATUS_UPDATE_ACTION = 'commitment.status.update';

/**
 * Editors record a commitment's status (form or API): the row's current state and its history
 * entry are written together, guarded by the version the editor started from.
 */
export const updateCommitmentStatus = defineMutation(
  {
    action: STATUS_UPDATE_ACTION,
    permission: canUpdateStatus,
    schema: statusUpdateSchema.extend({ slug: z.string().max(200) }),
    target: (raw) => ({ type: 'commitment', id: rawText(raw, 'slug') }),
    invalidKey: 'editor.errors.invalid',
    // (commitmentId, version) is unique in the history: a lost race shows up as this.
    onUniqueViolation: { kind: 'conflict' },
    readCurrent: (input) => readCommitmentState(input.slug),
  },
  async ({ input, user, tx }) => {
    const commitment = await tx.commitment.findFirst({
      where: { slug: input.slug, archivedAt: null },
      select: { id: true, kind: true, status: true, version: true, progress: true, currentValue: true },
    });
    if (!commitment) throw notFound();
    if (input.value !== undefined && input.value !== null && commitment.kind !== 'NUMERIC_TARGET') {
      throw invalid({ value: 'editor.errors.valueNotNumeric' });
    }
    const nextVersion = input.version + 1;
    const progress = input.progress === undefined ? commitment.progress : input.progress;
    const value = input.value === undefined ? commitment.currentValue : input.value;
    const now = new Date();
    // The version check and the write are one statement: of two writers holding the same
    // version, the second finds no row once the first commits.
    const { count } = await tx.commitment.updateMany({
      where: { id: commitment.id, version: input.version, archivedAt: null },
      data: {
        status: input.status,
        progress,
        currentValue: value,
        ...(input.value !== undefined && value !== commitment.currentValue ? { currentValueDate: now } : {}),
        version: nextVersion,
        updatedAt: now,
        updatedById: user.id,
      },
    });
    if (count === 0) throw conflict(input.version);
    // commitment.status was read at this same version (versions only grow), so it is the "from".
    await tx.statusUpdate.create({
      data: {
        commitmentId: commitment.id,
        fromStatus: commitment.version === input.version ? commitment.status : null,
        toStatus: input.status,
        progress,
        value,
        reason: input.reason,
        evidenceUrl: input.evidenceUrl ?? null,
        authorId: user.id,
        authorName: user.name,
        version: nextVersion,
        createdAt: now,
      },
    });
    const state = await readCommitmentState(input.slug, tx);
    if (!state) throw notFound();
    return {
      value: state,
      audit: { from: commitment.status, to: input.status, progress, version: nextVersion },
    };
  },
);
