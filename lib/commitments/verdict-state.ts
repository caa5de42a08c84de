// Keeps a commitment's row in step with its assessments: after each one is written, the headline
// verdict, its assessor and day, and the contested flag are recomputed from every assessor's
// current verdict (one indexed query: the latest assessment per assessor).
import type { Assessor, CommitmentStatus } from '../generated/prisma/enums';
import { currentVerdicts, headlineVerdict, isContested, type Verdict } from '../domain/verdicts';
import type { Tx } from '../mutations/define-mutation';

interface LatestRow {
  id: number;
  assessor: Assessor;
  toStatus: CommitmentStatus;
  progress: number | null;
  value: number | null;
  assessedOn: Date;
  createdAt: Date;
}

/** Each assessor's current verdict for one commitment. */
export async function readCurrentVerdicts(tx: Tx, commitmentId: number): Promise<Verdict[]> {
  const rows = await tx.$queryRaw<LatestRow[]>`
    SELECT DISTINCT ON ("assessor") "id", "assessor", "toStatus", "progress", "value", "assessedOn", "createdAt"
    FROM "StatusUpdate"
    WHERE "commitmentId" = ${commitmentId}
    ORDER BY "assessor", "assessedOn" DESC, "createdAt" DESC, "id" DESC`;
  return currentVerdicts(
    rows.map((row) => ({
      id: row.id,
      assessor: row.assessor,
      status: row.toStatus,
      progress: row.progress,
      value: row.value,
      assessedOn: row.assessedOn,
      recordedAt: row.createdAt,
    })),
  );
}

/** The row's columns that mirror the headline verdict (what counts, filters and exports read). */
export function headlineColumns(current: Verdict[]) {
  const headline = headlineVerdict(current);
  if (!headline) return null;
  return {
    status: headline.status,
    progress: headline.progress,
    currentValue: headline.value,
    currentValueDate: headline.value === null ? null : headline.assessedOn,
    headlineAssessor: headline.assessor,
    headlineAssessedOn: headline.assessedOn,
    contested: isContested(current),
  };
}
