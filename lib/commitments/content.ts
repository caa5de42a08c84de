// What creating and editing a commitment share: the checks zod cannot make, and the columns written.
import type { Tx } from '../mutations/define-mutation';
import { invalid } from '../mutations/stop';
import type { CommitmentContent } from '../validation/commitment';

/** The agreement must exist and the pillar (if any) must belong to it. */
export async function checkRelations(tx: Tx, content: CommitmentContent): Promise<void> {
  const agreement = await tx.agreement.findUnique({
    where: { id: content.agreementId },
    select: { id: true },
  });
  if (!agreement) throw invalid({ agreementId: 'adminContent.errors.agreement' });
  if (content.pillarId === null) return;
  const pillar = await tx.pillar.findUnique({
    where: { id: content.pillarId },
    select: { agreementId: true },
  });
  if (!pillar) throw invalid({ pillarId: 'adminContent.errors.pillar' });
  if (pillar.agreementId !== content.agreementId)
    throw invalid({ pillarId: 'adminContent.errors.pillarMismatch' });
}

export function contentColumns(content: CommitmentContent) {
  return {
    agreementId: content.agreementId,
    pillarId: content.pillarId,
    titleEn: content.titleEn,
    titleVi: content.titleVi,
    descriptionEn: content.descriptionEn,
    descriptionVi: content.descriptionVi,
    responsibleParty: content.responsibleParty,
    kind: content.kind,
    metricUnit: content.metricUnit,
    baselineValue: content.baselineValue,
    baselineDate: content.baselineDate,
    targetValue: content.targetValue,
    targetDate: content.targetDate,
    deadline: content.deadline,
    deadlineTextEn: content.deadlineTextEn,
    deadlineTextVi: content.deadlineTextVi,
  };
}

/** Every write to a commitment's content says who made it and when. */
export function touchedBy(userId: number) {
  return { updatedAt: new Date(), updatedById: userId };
}
