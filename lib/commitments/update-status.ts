import { z } from 'zod';
import { canUpdateStatus } from '../auth/permissions';
import { defineMutation, rawText, type Tx } from '../mutations/define-mutation';
import { conflict, invalid, notFound } from '../mutations/stop';
import { readCommitmentState } from '../queries/commitment-state';
import {
  statusUpdateSchema,
  type EvidenceItemInput,
  type StatusUpdateInput,
} from '../validation/status-update';
import { enqueueAssessmentDeliveries } from '../webhooks/enqueue';
import { headlineColumns, readCurrentVerdicts } from './verdict-state';

export const STATUS_UPDATE_ACTION = 'commitment.status.update';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** The evidence items to store: the listed ones, plus `evidenceUrl` as one more when not listed. */
function evidenceOf(input: StatusUpdateInput): EvidenceItemInput[] {
  const items = input.evidence ?? [];
  if (input.evidenceUrl && !items.some((item) => item.url === input.evidenceUrl)) {
    return [...items, { title: input.evidenceUrl, url: input.evidenceUrl }];
  }
  return items;
}

/** Files named by id must have been uploaded for this same commitment. */
async function checkEvidenceFiles(tx: Tx, commitmentId: number, items: EvidenceItemInput[]): Promise<void> {
  const ids = [...new Set(items.flatMap((item) => (item.fileId ? [item.fileId] : [])))];
  if (ids.length === 0) return;
  const found = await tx.evidenceFile.findMany({
    where: { id: { in: ids }, commitmentId },
    select: { id: true },
  });
  const known = new Set(found.map((file) => file.id));
  const index = items.findIndex((item) => item.fileId && !known.has(item.fileId));
  if (index >= 0) throw invalid({ [`evidence.${index}.fileId`]: 'assessment.errors.evidenceFile' });
}

/**
 * Editors record an assessment (form or API): one assessor's verdict as of a day, with its reason
 * and evidence. The commitment's headline and contested flag follow from every assessor's current
 * verdict; the version the editor started from guards the write, whatever the assessor.
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
      select: {
        id: true,
        kind: true,
        status: true,
        version: true,
        agreement: { select: { signedOn: true } },
      },
    });
    if (!commitment) throw notFound();
    if (input.value !== undefined && input.value !== null && commitment.kind !== 'NUMERIC_TARGET') {
      throw invalid({ value: 'editor.errors.valueNotNumeric' });
    }
    const now = new Date();
    const assessedOn = day(input.assessedOn ?? now.toISOString().slice(0, 10));
    if (assessedOn < commitment.agreement.signedOn)
      throw invalid({ assessedOn: 'assessment.errors.assessedOnTooEarly' });
    const evidence = evidenceOf(input);
    await checkEvidenceFiles(tx, commitment.id, evidence);

    // The version check comes first, as one statement: of two writers holding the same version,
    // the second finds no row once the first commits, whoever they assess for.
    const nextVersion = input.version + 1;
    const { count } = await tx.commitment.updateMany({
      where: { id: commitment.id, version: input.version, archivedAt: null },
      data: { version: nextVersion, updatedAt: now, updatedById: user.id },
    });
    if (count === 0) throw conflict(input.version);
    // Read under the row lock just taken: the headline this assessment starts from.
    const { status: fromStatus } = await tx.commitment.findUniqueOrThrow({
      where: { id: commitment.id },
      select: { status: true },
    });

    // Omitted figures carry forward this assessor's own verdict as of that day (never another
    // assessor's, nor one describing a later day than this one).
    const previous = await tx.statusUpdate.findFirst({
      where: { commitmentId: commitment.id, assessor: input.assessor, assessedOn: { lte: assessedOn } },
      orderBy: [{ assessedOn: 'desc' }, { createdAt: 'desc' }, { id: 'desc' }],
      select: { progress: true, value: true },
    });
    const progress = input.progress === undefined ? (previous?.progress ?? null) : input.progress;
    const value = input.value === undefined ? (previous?.value ?? null) : input.value;
    const methodology = await tx.methodologyVersion.aggregate({ _max: { version: true } });
    const created = await tx.statusUpdate.create({
      select: { id: true },
      data: {
        commitmentId: commitment.id,
        fromStatus,
        toStatus: input.status,
        progress,
        value,
        reason: input.reason,
        evidenceUrl: input.evidenceUrl ?? null,
        authorId: user.id,
        authorName: user.name,
        version: nextVersion,
        createdAt: now,
        assessedOn,
        assessor: input.assessor,
        assessorName: input.assessorName ?? null,
        methodologyVersion: methodology._max.version ?? 1,
        evidence: {
          create: evidence.map((item, position) => ({
            position,
            title: item.title,
            publisher: item.publisher ?? null,
            publishedOn: item.publishedOn ? day(item.publishedOn) : null,
            url: item.url ?? null,
            quote: item.quote ?? null,
            fileId: item.fileId ?? null,
          })),
        },
      },
    });
    const headline = headlineColumns(await readCurrentVerdicts(tx, commitment.id));
    if (headline) await tx.commitment.update({ where: { id: commitment.id }, data: headline });
    // Webhook deliveries commit (or roll back) with the assessment itself.
    await enqueueAssessmentDeliveries(tx, created.id);

    const state = await readCommitmentState(input.slug, tx);
    if (!state) throw notFound();
    return {
      value: state,
      // Dated today or later: no earlier day's view changes (the usual case, kept cached).
      changedHistory: assessedOn.toISOString().slice(0, 10) < now.toISOString().slice(0, 10),
      audit: {
        from: fromStatus,
        to: input.status,
        assessor: input.assessor,
        assessedOn: assessedOn.toISOString().slice(0, 10),
        headline: headline?.status,
        progress,
        version: nextVersion,
      },
    };
  },
);
