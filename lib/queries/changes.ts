import 'server-only';
// "What changed" between two points (days or snapshots): every commitment whose headline status,
// progress or value differs, those newly contested, deadlines that fell in the period, and the
// assessments in between with who gave them and on what evidence. Both ends are read with the
// same set-based past-state query as any past view (lib/queries/states-at.ts), so a quarter costs
// two cached state reads plus one query per kind of row.
import { cachedPublicRead } from '../cache/public-cache';
import { db } from '../db';
import type { Prisma } from '../generated/prisma/client';
import type { ChangesParams } from '../time/changes-params';
import { timeKey, visibleAssessmentsWhere } from './at-time';
import { readStatesAt, type PastState } from './states-at';
import { emptyStatusCounts, type StatusCounts } from './status-counts';
import { resolveTimePoint, type PastPoint } from './time-point';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** A point "now" compares as today, as now known. */
async function pointOf(time: ChangesParams['from']): Promise<PastPoint> {
  const point = await resolveTimePoint(time);
  if (point.kind === 'past') return point;
  const today = new Date().toISOString().slice(0, 10);
  return { kind: 'past', asOf: today, recordedBy: null, snapshot: null, key: `d:${today}` };
}

const changeAssessmentSelect = {
  id: true,
  commitmentId: true,
  assessor: true,
  assessorName: true,
  fromStatus: true,
  toStatus: true,
  progress: true,
  value: true,
  assessedOn: true,
  createdAt: true,
  reason: true,
  authorName: true,
  evidence: {
    orderBy: [{ position: 'asc' }, { id: 'asc' }],
    select: { title: true, publisher: true, publishedOn: true, url: true, fileId: true },
  },
} satisfies Prisma.StatusUpdateSelect;

export type ChangeAssessment = Prisma.StatusUpdateGetPayload<{ select: typeof changeAssessmentSelect }>;

/** At most this many assessments are listed under the changes (newest described first are kept). */
export const CHANGES_ASSESSMENT_LIMIT = 2000;

type Verdict = Pick<PastState, 'status' | 'progress' | 'currentValue' | 'contested' | 'headlineAssessor'>;

export interface ChangeRow {
  slug: string;
  titleEn: string | null;
  titleVi: string | null;
  agreement: { slug: string; titleEn: string | null; titleVi: string | null };
  deadline: Date | null;
  /** Null: the commitment did not exist yet at `from` (its agreement is dated after it). */
  from: Verdict | null;
  to: Verdict;
  statusChanged: boolean;
  figuresChanged: boolean;
  newlyContested: boolean;
  deadlinePassed: boolean;
  assessments: ChangeAssessment[];
}

export type ChangesResult =
  | {
      ok: true;
      from: PastPoint;
      to: PastPoint;
      rows: ChangeRow[];
      summary: {
        /** Commitments in scope at `to`. */
        total: number;
        changed: number;
        /** Of the commitments whose status changed, how many moved to each status. */
        movedTo: StatusCounts;
        newlyContested: number;
        deadlinesPassed: number;
      };
    }
  | { ok: false; error: 'order' | 'unknownAgreement' };

const verdictOf = (state: PastState): Verdict => ({
  status: state.status,
  progress: state.progress,
  currentValue: state.currentValue,
  contested: state.contested,
  headlineAssessor: state.headlineAssessor,
});

export function listChanges(params: ChangesParams): Promise<ChangesResult> {
  const key = `changes:${timeKey(params.from)}:${timeKey(params.to)}:${params.agreement ?? '*'}`;
  return cachedPublicRead(key, async (): Promise<ChangesResult> => {
    const [from, to] = await Promise.all([pointOf(params.from), pointOf(params.to)]);
    if (from.asOf > to.asOf) return { ok: false, error: 'order' };
    let agreementId: number | null = null;
    if (params.agreement) {
      const agreement = await db.agreement.findUnique({
        where: { slug: params.agreement },
        select: { id: true },
      });
      if (!agreement) return { ok: false, error: 'unknownAgreement' };
      agreementId = agreement.id;
    }
    const [before, after] = await Promise.all([readStatesAt(from), readStatesAt(to)]);
    const inScope = [...after.values()].filter(
      (state) => agreementId === null || state.agreementId === agreementId,
    );

    const flags = new Map<
      number,
      { statusChanged: boolean; figuresChanged: boolean; newlyContested: boolean }
    >();
    for (const state of inScope) {
      const then = before.get(state.id);
      const statusChanged = !then || then.status !== state.status;
      const figuresChanged =
        !!then && (then.progress !== state.progress || then.currentValue !== state.currentValue);
      const newlyContested = state.contested && !then?.contested;
      if (statusChanged || figuresChanged || newlyContested) {
        flags.set(state.id, { statusChanged, figuresChanged, newlyContested });
      }
    }
    const scopeIds = inScope.map((state) => state.id);
    const deadlineIds = (
      await db.commitment.findMany({
        where: { id: { in: scopeIds }, deadline: { gt: day(from.asOf), lte: day(to.asOf) } },
        select: { id: true },
      })
    ).map((row) => row.id);
    const ids = [...new Set([...flags.keys(), ...deadlineIds])];
    const changedIds = [...flags.keys()];

    // Visible at `to` but not at `from`: described after it, or (snapshot) recorded after it.
    const notSeenAtFrom: Prisma.StatusUpdateWhereInput = {
      OR: [
        { assessedOn: { gt: day(from.asOf) } },
        ...(from.recordedBy ? [{ createdAt: { gt: from.recordedBy } }] : []),
      ],
    };
    const [commitments, assessments] = await Promise.all([
      db.commitment.findMany({
        where: { id: { in: ids } },
        orderBy: [{ agreement: { signedOn: 'desc' } }, { agreementId: 'asc' }, { id: 'asc' }],
        select: {
          id: true,
          slug: true,
          titleEn: true,
          titleVi: true,
          deadline: true,
          agreement: { select: { slug: true, titleEn: true, titleVi: true } },
        },
      }),
      changedIds.length === 0
        ? Promise.resolve([] as ChangeAssessment[])
        : db.statusUpdate.findMany({
            where: {
              AND: [{ commitmentId: { in: changedIds } }, visibleAssessmentsWhere(to), notSeenAtFrom],
            },
            orderBy: [{ assessedOn: 'desc' }, { createdAt: 'desc' }, { id: 'desc' }],
            take: CHANGES_ASSESSMENT_LIMIT,
            select: changeAssessmentSelect,
          }),
    ]);
    const byCommitment = new Map<number, ChangeAssessment[]>();
    for (const assessment of assessments) {
      const list = byCommitment.get(assessment.commitmentId) ?? [];
      list.push(assessment);
      byCommitment.set(assessment.commitmentId, list);
    }
    const deadlineSet = new Set(deadlineIds);
    const rows: ChangeRow[] = commitments.map((commitment) => {
      const then = before.get(commitment.id);
      const flag = flags.get(commitment.id) ?? {
        statusChanged: false,
        figuresChanged: false,
        newlyContested: false,
      };
      return {
        slug: commitment.slug,
        titleEn: commitment.titleEn,
        titleVi: commitment.titleVi,
        agreement: commitment.agreement,
        deadline: commitment.deadline,
        from: then ? verdictOf(then) : null,
        to: verdictOf(after.get(commitment.id)!),
        ...flag,
        deadlinePassed: deadlineSet.has(commitment.id),
        // Oldest first under each commitment: the story of the period.
        assessments: (byCommitment.get(commitment.id) ?? []).reverse(),
      };
    });
    const movedTo = emptyStatusCounts();
    for (const row of rows) if (row.statusChanged) movedTo[row.to.status] += 1;
    return {
      ok: true,
      from,
      to,
      rows,
      summary: {
        total: inScope.length,
        changed: rows.filter((row) => row.statusChanged || row.figuresChanged).length,
        movedTo,
        newlyContested: rows.filter((row) => row.newlyContested).length,
        deadlinesPassed: deadlineIds.length,
      },
    };
  });
}
