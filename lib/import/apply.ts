// Writes an import plan inside the import mutation's transaction, set-wise where rows are new
// (one insert per table for thousands of commitments) and row by row, version-guarded, where they
// change an existing commitment. The headline verdict is written with the assessments, as an
// editor's assessment writes it (verdict-drafts.ts applies the same rules).
import type { AuthUser } from '../auth';
import type { Tx } from '../mutations/define-mutation';
import { conflict } from '../mutations/stop';
import type { AssessmentsPlan } from './plan-assessments';
import type { CommitmentsPlan } from './plan-commitments';
import { settleDrafts, type DraftOutcome } from './verdict-drafts';
import { enqueueAssessmentDeliveries } from '../webhooks/enqueue';

const BATCH = 1000;

function batches<T>(items: T[]): T[][] {
  const out: T[][] = [];
  for (let start = 0; start < items.length; start += BATCH) out.push(items.slice(start, start + BATCH));
  return out;
}

interface Recorder {
  now: Date;
  user: AuthUser;
  methodologyVersion: number;
}

async function recorder(tx: Tx, user: AuthUser): Promise<Recorder> {
  const methodology = await tx.methodologyVersion.aggregate({ _max: { version: true } });
  return { now: new Date(), user, methodologyVersion: methodology._max.version ?? 1 };
}

/** Inserts settled assessments (versions from `firstVersion` on) and their evidence links. */
async function insertAssessments(
  tx: Tx,
  rec: Recorder,
  items: { commitmentId: number; firstVersion: number; settled: DraftOutcome['drafts'] }[],
): Promise<void> {
  const rows = items.flatMap(({ commitmentId, firstVersion, settled }) =>
    settled.map((draft, index) => ({
      commitmentId,
      fromStatus: draft.fromStatus,
      toStatus: draft.status,
      progress: draft.progress,
      value: draft.value,
      reason: draft.reason,
      evidenceUrl: draft.evidenceUrl,
      authorId: rec.user.id,
      authorName: rec.user.name,
      version: firstVersion + index,
      createdAt: rec.now,
      assessedOn: draft.assessedOn,
      assessor: draft.assessor,
      assessorName: draft.assessorName,
      methodologyVersion: rec.methodologyVersion,
    })),
  );
  const createdIds: number[] = [];
  for (const part of batches(rows)) {
    const created = await tx.statusUpdate.createManyAndReturn({
      data: part,
      select: { id: true, evidenceUrl: true },
    });
    createdIds.push(...created.map((row) => row.id));
    const withLinks = created.filter((row) => row.evidenceUrl);
    if (withLinks.length === 0) continue;
    // As the editor's form does: a link given alone is also the assessment's one evidence item.
    await tx.evidenceItem.createMany({
      data: withLinks.map((row) => ({
        statusUpdateId: row.id,
        position: 0,
        title: row.evidenceUrl!,
        url: row.evidenceUrl,
      })),
    });
  }
  // Imported assessments reach webhooks like typed ones, queued in the same transaction.
  await enqueueAssessmentDeliveries(tx, createdIds);
}

export async function applyCommitmentsPlan(tx: Tx, plan: CommitmentsPlan, user: AuthUser): Promise<void> {
  const rec = await recorder(tx, user);
  const touched = { updatedAt: rec.now, updatedById: user.id };

  const settledCreates = plan.creates.map((create) => ({
    create,
    settled: create.assessment ? settleDrafts([], 'NOT_STARTED', [create.assessment], rec.now) : null,
  }));
  const ids = new Map<string, number>();
  for (const part of batches(settledCreates)) {
    const rows = await tx.commitment.createManyAndReturn({
      data: part.map(({ create, settled }) => ({
        slug: create.slug,
        ...create.content,
        ...(settled?.headline ?? {}),
        version: settled ? 2 : 1,
        createdAt: rec.now,
        ...touched,
      })),
      select: { id: true, slug: true },
    });
    for (const row of rows) ids.set(row.slug, row.id);
  }
  const citations = plan.creates.flatMap((create) =>
    create.citation ? [{ commitmentId: ids.get(create.slug)!, position: 0, ...create.citation }] : [],
  );
  for (const part of batches(citations)) await tx.citation.createMany({ data: part });
  await insertAssessments(
    tx,
    rec,
    settledCreates.flatMap(({ create, settled }) =>
      settled ? [{ commitmentId: ids.get(create.slug)!, firstVersion: 2, settled: settled.drafts }] : [],
    ),
  );

  for (const update of plan.updates) {
    const settled = update.assessment
      ? settleDrafts(update.verdicts, update.status, [update.assessment], rec.now)
      : null;
    const { count } = await tx.commitment.updateMany({
      where: { id: update.id, version: update.version, archivedAt: null },
      data: { ...update.content, ...(settled?.headline ?? {}), version: update.version + 1, ...touched },
    });
    if (count === 0) throw conflict(update.version);
    if (update.citation) {
      const { replaceId, ...citation } = update.citation;
      if (replaceId) await tx.citation.update({ where: { id: replaceId }, data: citation });
      else await tx.citation.create({ data: { commitmentId: update.id, position: 0, ...citation } });
    }
    if (settled) {
      await insertAssessments(tx, rec, [
        { commitmentId: update.id, firstVersion: update.version + 1, settled: settled.drafts },
      ]);
    }
  }
}

export async function applyAssessmentsPlan(tx: Tx, plan: AssessmentsPlan, user: AuthUser): Promise<void> {
  const rec = await recorder(tx, user);
  const inserts = [];
  for (const batch of plan.batches) {
    const settled = settleDrafts(batch.verdicts, batch.status, batch.drafts, rec.now);
    const { count } = await tx.commitment.updateMany({
      where: { id: batch.id, version: batch.version, archivedAt: null },
      data: {
        ...settled.headline,
        version: batch.version + batch.drafts.length,
        updatedAt: rec.now,
        updatedById: user.id,
      },
    });
    if (count === 0) throw conflict(batch.version);
    inserts.push({ commitmentId: batch.id, firstVersion: batch.version + 1, settled: settled.drafts });
  }
  await insertAssessments(tx, rec, inserts);
}
