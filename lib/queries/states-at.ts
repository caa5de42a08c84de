import 'server-only';
// Every commitment's headline verdict at a past point, in one set-based query: for each
// commitment and assessor the latest assessment described by the day (and, for a snapshot,
// recorded by its moment), read through the (commitmentId, assessor, assessedOn DESC, createdAt
// DESC) index; then the same headline and contested rules as the row keeps for "now"
// (lib/commitments/verdict-state.ts). A commitment exists from its agreement's date.
import { cachedPublicRead } from '../cache/public-cache';
import { db } from '../db';
import { headlineColumns } from '../commitments/verdict-state';
import type { Verdict } from '../domain/verdicts';
import type { Assessor, CommitmentStatus } from '../generated/prisma/enums';
import type { PastPoint } from './time-point';

export interface PastState {
  id: number;
  agreementId: number;
  pillarId: number | null;
  status: CommitmentStatus;
  progress: number | null;
  currentValue: number | null;
  currentValueDate: Date | null;
  headlineAssessor: Assessor | null;
  headlineAssessedOn: Date | null;
  contested: boolean;
}

interface Row {
  commitmentId: number;
  agreementId: number;
  pillarId: number | null;
  id: number | null;
  assessor: Assessor | null;
  toStatus: CommitmentStatus | null;
  progress: number | null;
  value: number | null;
  assessedOn: Date | null;
  createdAt: Date | null;
}

/** Timestamps are stored as UTC wall time (timestamp without zone): compare them the same way. */
export const utcWallTime = (date: Date) => date.toISOString().replace('Z', '');

/** The state of every commitment that existed at the point, by commitment id. */
export function readStatesAt(point: PastPoint): Promise<Map<number, PastState>> {
  return cachedPublicRead(`time:states:${point.key}`, async () => {
    const recordedBy = point.recordedBy ? utcWallTime(point.recordedBy) : null;
    // Snapshots keep commitments archived after they were taken; a date "as now known" does not.
    const rows = await db.$queryRaw<Row[]>`
      SELECT c."id" AS "commitmentId", c."agreementId", c."pillarId",
             v."id", v."assessor", v."toStatus", v."progress", v."value", v."assessedOn", v."createdAt"
      FROM "Commitment" c
      JOIN "Agreement" a ON a."id" = c."agreementId"
      LEFT JOIN LATERAL (
        SELECT s."assessor", u."id", u."toStatus", u."progress", u."value", u."assessedOn", u."createdAt"
        FROM unnest(enum_range(NULL::"Assessor")) AS s("assessor")
        CROSS JOIN LATERAL (
          SELECT x."id", x."toStatus", x."progress", x."value", x."assessedOn", x."createdAt"
          FROM "StatusUpdate" x
          WHERE x."commitmentId" = c."id" AND x."assessor" = s."assessor"
            AND x."assessedOn" <= ${point.asOf}::date
            AND (${recordedBy}::timestamp IS NULL OR x."createdAt" <= ${recordedBy}::timestamp)
          ORDER BY x."assessedOn" DESC, x."createdAt" DESC, x."id" DESC
          LIMIT 1
        ) u
      ) v ON true
      WHERE a."signedOn" <= ${point.asOf}::date
        AND (${recordedBy}::timestamp IS NULL OR c."createdAt" <= ${recordedBy}::timestamp)
        AND (c."archivedAt" IS NULL OR (${recordedBy}::timestamp IS NOT NULL AND c."archivedAt" > ${recordedBy}::timestamp))`;
    const verdicts = new Map<number, { row: Row; verdicts: Verdict[] }>();
    for (const row of rows) {
      const entry = verdicts.get(row.commitmentId) ?? { row, verdicts: [] };
      if (row.id !== null) {
        entry.verdicts.push({
          id: row.id,
          assessor: row.assessor!,
          status: row.toStatus!,
          progress: row.progress,
          value: row.value,
          assessedOn: row.assessedOn!,
          recordedAt: row.createdAt!,
        });
      }
      verdicts.set(row.commitmentId, entry);
    }
    const states = new Map<number, PastState>();
    for (const [id, { row, verdicts: current }] of verdicts) {
      const headline = headlineColumns(current);
      states.set(id, {
        id,
        agreementId: row.agreementId,
        pillarId: row.pillarId,
        status: headline?.status ?? 'NOT_STARTED',
        progress: headline?.progress ?? null,
        currentValue: headline?.currentValue ?? null,
        currentValueDate: headline?.currentValueDate ?? null,
        headlineAssessor: headline?.headlineAssessor ?? null,
        headlineAssessedOn: headline?.headlineAssessedOn ?? null,
        contested: headline?.contested ?? false,
      });
    }
    return states;
  });
}
