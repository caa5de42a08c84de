// A commitment's assessments as its public page shows them: each assessor's current verdict with
// its evidence, the paged history with both dates, and the progress series by the day described.
import 'server-only';
import { cachedPublicRead } from '../cache/public-cache';
import { db } from '../db';
import { currentVerdicts } from '../domain/verdicts';
import type { Prisma } from '../generated/prisma/client';
import { assessmentSelect } from './commitment-select';
import { utcWallTime } from './states-at';
import { timeKey, visibleAssessmentsWhere } from './at-time';
import { resolveTimePoint } from './time-point';
import type { TimeParams } from '../time/as-of';

export const HISTORY_PAGE_SIZE = 50;

export type AssessmentEntry = Prisma.StatusUpdateGetPayload<{ select: typeof assessmentSelect }>;
export type EvidenceEntry = AssessmentEntry['evidence'][number];

/** Each assessor's current verdict (latest by the day it describes; ties by recording), in full. */
export function listCurrentVerdicts(commitmentId: number, time: TimeParams = {}) {
  return cachedPublicRead(`assessments:verdicts:${commitmentId}:${timeKey(time)}`, async () => {
    const point = await resolveTimePoint(time);
    const asOf = point.kind === 'past' ? point.asOf : null;
    const recordedBy = point.kind === 'past' && point.recordedBy ? utcWallTime(point.recordedBy) : null;
    // The latest per assessor (at the point, if any), through the (commitmentId, assessor,
    // assessedOn DESC, createdAt DESC) index.
    const latest = await db.$queryRaw<{ id: number }[]>`
      SELECT DISTINCT ON ("assessor") "id" FROM "StatusUpdate" WHERE "commitmentId" = ${commitmentId}
        AND (${asOf}::date IS NULL OR "assessedOn" <= ${asOf}::date)
        AND (${recordedBy}::timestamp IS NULL OR "createdAt" <= ${recordedBy}::timestamp)
      ORDER BY "assessor", "assessedOn" DESC, "createdAt" DESC, "id" DESC`;
    const rows = await db.statusUpdate.findMany({
      where: { id: { in: latest.map((row) => row.id) } },
      select: assessmentSelect,
    });
    return currentVerdicts(rows.map((row) => ({ ...row, status: row.toStatus, recordedAt: row.createdAt })));
  });
}

/**
 * One page of the history, newest recorded first, and the progress series of the headline
 * assessor plotted at the days its verdicts describe (never at the time they were typed in).
 */
export function listAssessmentHistory(
  commitment: { id: number; headlineAssessor: string | null },
  page: number,
  pageSize = HISTORY_PAGE_SIZE,
  time: TimeParams = {},
) {
  const key = `assessments:history:${commitment.id}:${commitment.headlineAssessor}:${pageSize}:p${page}:${timeKey(time)}`;
  return cachedPublicRead(key, async () => {
    const point = await resolveTimePoint(time);
    // At a past point, only the assessments it can see.
    const visible = point.kind === 'past' ? visibleAssessmentsWhere(point) : {};
    const where = { commitmentId: commitment.id, ...visible };
    const [total, entries, series] = await Promise.all([
      db.statusUpdate.count({ where }),
      db.statusUpdate.findMany({
        where,
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        skip: (page - 1) * pageSize,
        take: pageSize,
        select: assessmentSelect,
      }),
      commitment.headlineAssessor
        ? db.statusUpdate.findMany({
            where: {
              ...where,
              assessor: commitment.headlineAssessor as AssessmentEntry['assessor'],
              OR: [{ progress: { not: null } }, { value: { not: null } }],
            },
            orderBy: [{ assessedOn: 'asc' }, { createdAt: 'asc' }, { id: 'asc' }],
            select: { progress: true, value: true, assessedOn: true },
          })
        : Promise.resolve([]),
    ]);
    return { total, entries, series, page, pageSize, pageCount: Math.max(1, Math.ceil(total / pageSize)) };
  });
}
