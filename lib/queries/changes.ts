import 'server-only';
// "What changed" between two points (days or snapshots): every commitment whose headline status,
// progress or value differs, those newly contested, deadlines that fell in the period, and the
// assessments in between with who gave them and on what evidence. Both ends are read with the
// same set-based past-state query as any past view (lib/queries/states-at.ts).
//
// Read in two steps so a page of 50 never pays for the thousands of rows a quarter can hold:
// the index (which commitments, in which order, their flags and the summary, and which
// assessments are listed — the newest CHANGES_ASSESSMENT_LIMIT of the period, one walk of the
// (assessedOn, createdAt, id) index) is computed from the states with no per-commitment query;
// titles, agreements and assessment details are then read only for the rows asked for.
import { cachedPublicRead } from '../cache/public-cache';
import { db } from '../db';
import type { Prisma } from '../generated/prisma/client';
import type { ChangesParams } from '../time/changes-params';
import { timeKey } from './at-time';
import { readStatesAt, utcWallTime, type PastState } from './states-at';
import { emptyStatusCounts, type StatusCounts } from './status-counts';
import { resolveTimePoint, type PastPoint } from './time-point';

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

/** How many of a period's newest assessments are read before knowing which commitments changed. */
const EARLY_WALK = CHANGES_ASSESSMENT_LIMIT + CHANGES_ASSESSMENT_LIMIT / 4;

type Verdict = Pick<PastState, 'status' | 'progress' | 'currentValue' | 'contested' | 'headlineAssessor'>;

/** How one commitment changed over the period. */
interface ChangeFlags {
  /** Null: the commitment did not exist yet at `from` (its agreement is dated after it). */
  from: Verdict | null;
  to: Verdict;
  statusChanged: boolean;
  figuresChanged: boolean;
  newlyContested: boolean;
  deadlinePassed: boolean;
}

export interface ChangeRow extends ChangeFlags {
  slug: string;
  titleEn: string | null;
  titleVi: string | null;
  agreement: { slug: string; titleEn: string | null; titleVi: string | null };
  deadline: Date | null;
  assessments: ChangeAssessment[];
}

export interface ChangesSummary {
  /** Commitments in scope at `to`. */
  total: number;
  changed: number;
  /** Of the commitments whose status changed, how many moved to each status. */
  movedTo: StatusCounts;
  newlyContested: number;
  deadlinesPassed: number;
}

type Refusal = { ok: false; error: 'order' | 'unknownAgreement' };

export type ChangesResult =
  { ok: true; from: PastPoint; to: PastPoint; rows: ChangeRow[]; summary: ChangesSummary } | Refusal;

export type ChangesPage =
  | {
      ok: true;
      from: PastPoint;
      to: PastPoint;
      summary: ChangesSummary;
      /** Rows in the whole period, over all pages. */
      rowCount: number;
      pageCount: number;
      /** The page shown: the one asked for, within 1…pageCount. */
      page: number;
      rows: ChangeRow[];
    }
  | Refusal;

/** One listed commitment before its titles and assessments are read. */
interface IndexEntry extends ChangeFlags {
  id: number;
}

type ChangeIndex =
  | {
      ok: true;
      from: PastPoint;
      to: PastPoint;
      /** In list order: agreements newest first, then by agreement and commitment id. */
      entries: IndexEntry[];
      summary: ChangesSummary;
      /** The listed assessments' ids, newest described first, by commitment. */
      assessmentIds: Map<number, number[]>;
    }
  | Refusal;

const verdictOf = (state: PastState): Verdict => ({
  status: state.status,
  progress: state.progress,
  currentValue: state.currentValue,
  contested: state.contested,
  headlineAssessor: state.headlineAssessor,
});

const changesKey = (params: ChangesParams) =>
  `${timeKey(params.from)}:${timeKey(params.to)}:${params.agreement ?? '*'}`;

/** Ids as one text parameter: a bind parameter per id costs the driver adapter ~10 µs each. */
const idList = (ids: Iterable<number>) => [...ids].join(',');

function readChangeIndex(params: ChangesParams): Promise<ChangeIndex> {
  return cachedPublicRead(`changes:index:${changesKey(params)}`, async (): Promise<ChangeIndex> => {
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
    // Visible at `to` but not at `from`: described after it, or (snapshot) recorded after it.
    // Newest described first, walking the (assessedOn, createdAt, id) index until enough are found.
    const toRecorded = to.recordedBy ? utcWallTime(to.recordedBy) : null;
    const fromRecorded = from.recordedBy ? utcWallTime(from.recordedBy) : null;
    const newest = (commitmentIds: number[] | null, limit: number) => db.$queryRaw<
      { id: number; commitmentId: number }[]
    >`
      SELECT x."id", x."commitmentId"
      FROM "StatusUpdate" x
      WHERE (${commitmentIds === null}::boolean
          OR x."commitmentId" = ANY(string_to_array(${idList(commitmentIds ?? [])}, ',')::int[]))
        AND x."assessedOn" <= ${to.asOf}::date
        AND (${toRecorded}::timestamp IS NULL OR x."createdAt" <= ${toRecorded}::timestamp)
        AND (x."assessedOn" > ${from.asOf}::date
          OR (${fromRecorded}::timestamp IS NOT NULL AND x."createdAt" > ${fromRecorded}::timestamp))
      ORDER BY x."assessedOn" DESC, x."createdAt" DESC, x."id" DESC
      LIMIT ${limit}`;
    // Between two days, read while the states are: in a period of many changes most of its newest
    // assessments are of commitments that changed, and then these alone give the list (checked
    // below). The day range bounds the read; a failed early read only means the usual one.
    const early =
      agreementId === null && !from.recordedBy && !to.recordedBy
        ? newest(null, EARLY_WALK).catch(() => null)
        : null;

    const [before, after, agreements, dueInPeriod] = await Promise.all([
      readStatesAt(from),
      readStatesAt(to),
      db.agreement.findMany({ select: { id: true, signedOn: true } }),
      // Deadlines as the rows hold them now, in (from, to]; the deadline index reads only those.
      db.$queryRaw<{ id: number }[]>`
        SELECT "id" FROM "Commitment"
        WHERE "deadline" > ${from.asOf}::date AND "deadline" <= ${to.asOf}::date`,
    ]);
    const inScope = [...after.values()].filter(
      (state) => agreementId === null || state.agreementId === agreementId,
    );
    const deadlineSet = new Set(dueInPeriod.map((row) => row.id).filter((id) => after.has(id)));
    if (agreementId !== null) {
      for (const id of deadlineSet) if (after.get(id)!.agreementId !== agreementId) deadlineSet.delete(id);
    }

    // List order: agreements newest first (then by id), commitments by id within each.
    const agreementRank = new Map(
      agreements
        .sort((a, b) => b.signedOn.getTime() - a.signedOn.getTime() || a.id - b.id)
        .map((agreement, rank) => [agreement.id, rank]),
    );
    const keyed: { key: number; entry: IndexEntry }[] = [];
    const changedIds = new Set<number>();
    for (const state of inScope) {
      const then = before.get(state.id);
      const statusChanged = !then || then.status !== state.status;
      const figuresChanged =
        !!then && (then.progress !== state.progress || then.currentValue !== state.currentValue);
      const newlyContested = state.contested && !then?.contested;
      const changed = statusChanged || figuresChanged || newlyContested;
      if (changed) changedIds.add(state.id);
      if (!changed && !deadlineSet.has(state.id)) continue;
      keyed.push({
        key: agreementRank.get(state.agreementId)! * 2 ** 31 + state.id,
        entry: {
          id: state.id,
          from: then ? verdictOf(then) : null,
          to: verdictOf(state),
          statusChanged,
          figuresChanged,
          newlyContested,
          deadlinePassed: deadlineSet.has(state.id),
        },
      });
    }
    const entries = keyed.sort((a, b) => a.key - b.key).map(({ entry }) => entry);

    // The early read is the list when it holds enough assessments of changed commitments, or
    // every assessment of the period; else the list is read for the changed commitments.
    const earlyRows = early ? await early : null;
    const earlyListed = (earlyRows ?? []).filter((row) => changedIds.has(row.commitmentId));
    const listed =
      changedIds.size === 0
        ? []
        : earlyRows && (earlyListed.length >= CHANGES_ASSESSMENT_LIMIT || earlyRows.length < EARLY_WALK)
          ? earlyListed.slice(0, CHANGES_ASSESSMENT_LIMIT)
          : await newest([...changedIds], CHANGES_ASSESSMENT_LIMIT);
    const assessmentIds = new Map<number, number[]>();
    for (const { id, commitmentId } of listed) {
      const list = assessmentIds.get(commitmentId) ?? [];
      list.push(id);
      assessmentIds.set(commitmentId, list);
    }

    const movedTo = emptyStatusCounts();
    for (const entry of entries) if (entry.statusChanged) movedTo[entry.to.status] += 1;
    return {
      ok: true,
      from,
      to,
      entries,
      assessmentIds,
      summary: {
        total: inScope.length,
        changed: entries.filter((entry) => entry.statusChanged || entry.figuresChanged).length,
        movedTo,
        newlyContested: entries.filter((entry) => entry.newlyContested).length,
        deadlinesPassed: deadlineSet.size,
      },
    };
  });
}

interface CommitmentJson {
  id: number;
  slug: string;
  titleEn: string | null;
  titleVi: string | null;
  deadline: string | null;
  agreementSlug: string;
  agreementTitleEn: string | null;
  agreementTitleVi: string | null;
}

/** The entries' titles, agreements and listed assessments (oldest first under each commitment). */
async function describeEntries(
  index: Extract<ChangeIndex, { ok: true }>,
  entries: IndexEntry[],
): Promise<ChangeRow[]> {
  if (entries.length === 0) return [];
  const wanted = entries.flatMap((entry) => index.assessmentIds.get(entry.id) ?? []);
  const [[{ commitments }], assessments] = await Promise.all([
    // One JSON document: a whole period's rows (thousands) would cost the adapter cell by cell.
    db.$queryRaw<[{ commitments: string }]>`
      SELECT COALESCE(json_agg(json_build_object(
        'id', c."id", 'slug', c."slug", 'titleEn', c."titleEn", 'titleVi', c."titleVi",
        'deadline', c."deadline", 'agreementSlug', a."slug",
        'agreementTitleEn', a."titleEn", 'agreementTitleVi', a."titleVi"
      )), '[]')::text AS "commitments"
      FROM "Commitment" c
      JOIN "Agreement" a ON a."id" = c."agreementId"
      WHERE c."id" = ANY(string_to_array(${idList(entries.map((entry) => entry.id))}, ',')::int[])`,
    wanted.length === 0
      ? Promise.resolve([] as ChangeAssessment[])
      : db.statusUpdate.findMany({ where: { id: { in: wanted } }, select: changeAssessmentSelect }),
  ]);
  const byId = new Map((JSON.parse(commitments) as CommitmentJson[]).map((row) => [row.id, row]));
  const assessmentById = new Map(assessments.map((assessment) => [assessment.id, assessment]));
  return entries.flatMap((entry) => {
    const commitment = byId.get(entry.id);
    if (!commitment) return [];
    const { id: _id, ...flags } = entry;
    return [
      {
        slug: commitment.slug,
        titleEn: commitment.titleEn,
        titleVi: commitment.titleVi,
        agreement: {
          slug: commitment.agreementSlug,
          titleEn: commitment.agreementTitleEn,
          titleVi: commitment.agreementTitleVi,
        },
        deadline: commitment.deadline === null ? null : new Date(`${commitment.deadline}T00:00:00Z`),
        ...flags,
        // Oldest first under each commitment: the story of the period.
        assessments: (index.assessmentIds.get(entry.id) ?? [])
          .flatMap((id) => assessmentById.get(id) ?? [])
          .reverse(),
      },
    ];
  });
}

/** Every row of the period (the read API and the CSV/JSON files). */
export function listChanges(params: ChangesParams): Promise<ChangesResult> {
  return cachedPublicRead(`changes:${changesKey(params)}`, async (): Promise<ChangesResult> => {
    const index = await readChangeIndex(params);
    if (!index.ok) return index;
    const { from, to, summary } = index;
    return { ok: true, from, to, summary, rows: await describeEntries(index, index.entries) };
  });
}

/** One page of the period's rows, with the summary of them all. */
export function listChangesPage(params: ChangesParams, page: number, pageSize: number): Promise<ChangesPage> {
  return cachedPublicRead(
    `changes:page:${changesKey(params)}:${page}:${pageSize}`,
    async (): Promise<ChangesPage> => {
      const index = await readChangeIndex(params);
      if (!index.ok) return index;
      const { from, to, summary, entries } = index;
      const pageCount = Math.max(1, Math.ceil(entries.length / pageSize));
      const shown = Math.min(Math.max(page, 1), pageCount);
      const slice = entries.slice((shown - 1) * pageSize, shown * pageSize);
      return {
        ok: true,
        from,
        to,
        summary,
        rowCount: entries.length,
        pageCount,
        page: shown,
        rows: await describeEntries(index, slice),
      };
    },
  );
}
