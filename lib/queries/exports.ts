import 'server-only';
// Reads for exports, chart images and the read API. Filters mean what they mean on /commitments
// (commitmentWhere is shared); every read goes through the data-version keyed public cache.
import { cachedPublicRead } from '../cache/public-cache';
import { db } from '../db';
import type { Prisma } from '../generated/prisma/client';
import type { CommitmentFilters } from '../validation/commitment-filters';
import { listAgreementsWithPillars } from './agreements';
import {
  API_ASSESSMENT_LIMIT,
  agreementTitleSelect,
  assessmentSelect,
  commitmentSummarySelect,
  deadlineRowSelect,
  headlineSelect,
  historyEntrySelect,
  metricSelect,
  pillarNameSelect,
} from './commitment-select';
import { OPEN_STATUS_WHERE, commitmentOrder, commitmentWhere, filterCacheKey } from './commitment-where';
import { readPublicDataVersion } from './data-stamp';
import { listCurrentVerdicts } from './assessments';
import { countStatusGroupedBy, countStatusPerPillar, isScopeOnly, tallyGroupedBy } from './status-counts';
import {
  inIdOrder,
  matchingIds,
  overlayState,
  pastMatchingIds,
  pastViewOf,
  pastWhere,
  sortIdsAt,
  tallyStatesBy,
  timeKey,
  visibleAssessmentsWhere,
  type PastView,
} from './at-time';
import type { TimeParams } from '../time/as-of';

/** Upper bound on rows in one export file (the tracker holds far fewer). */
export const EXPORT_ROW_LIMIT = 10_000;
export const DEADLINE_CHART_LIMIT = 30;

/** When public data last changed, and its version: printed on every export. */
export async function getDataStamp() {
  const row = await readPublicDataVersion();
  return { version: row?.version ?? 0, asOf: row?.updatedAt ?? new Date(0) };
}

/** Agreements with their pillars: names for filter descriptions and validation of slugs. */
export const listAgreementsForExport = listAgreementsWithPillars;

export type AgreementForExport = Awaited<ReturnType<typeof listAgreementsForExport>>[number];

const exportSelect = (view: PastView | null) =>
  ({
    id: true,
    ...commitmentSummarySelect,
    ...headlineSelect,
    ...metricSelect,
    citations: {
      orderBy: [{ position: 'asc' }, { id: 'asc' }],
      take: 1,
      select: { quote: true, source: { select: { title: true, publisher: true } } },
    },
    updates: {
      // At a past point: the latest assessment it can see.
      where: view ? visibleAssessmentsWhere(view.point) : {},
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      take: 1,
      select: { createdAt: true, reason: true, authorName: true },
    },
  }) satisfies Prisma.CommitmentSelect;

/**
 * One window of the commitments matching the filters at the view's point, in list order, with
 * their state then laid over: ids in one narrow query, then the window's rows by id.
 */
async function countAndFindAt<S extends Prisma.CommitmentSelect & { id: true }>(
  view: PastView,
  filters: CommitmentFilters,
  window: { skip: number; take: number },
  select: S,
  options: Parameters<typeof pastWhere>[2] & {
    extra?: Prisma.CommitmentWhereInput;
    orderBy?: Prisma.CommitmentOrderByWithRelationInput[];
  } = {},
) {
  const where = pastWhere(view, filters, options);
  const ids = sortIdsAt(
    view,
    await matchingIds(
      options.extra ? { AND: [where, options.extra] } : where,
      options.orderBy ?? commitmentOrder(filters.sort),
    ),
    filters.sort,
  );
  const windowIds = ids.slice(window.skip, window.skip + window.take);
  const rows = (await db.commitment.findMany({
    where: { id: { in: windowIds } },
    select,
  })) as unknown as Prisma.CommitmentGetPayload<{ select: S }>[];
  return {
    total: ids.length,
    rows: inIdOrder(windowIds, rows as never[]).map((row) => overlayState(row, view)) as typeof rows,
  };
}

/** One window of the matching commitments, and how many match in all. */
async function countAndFind<T extends Prisma.CommitmentFindManyArgs & { where: Prisma.CommitmentWhereInput }>(
  args: Prisma.SelectSubset<T, Prisma.CommitmentFindManyArgs>,
) {
  const [total, rows] = await Promise.all([
    db.commitment.count({ where: args.where }),
    db.commitment.findMany<T>(args),
  ]);
  return { total, rows };
}

/** Every commitment matching the filters (sort honoured, no paging), with export columns. */
export function listCommitmentsForExport(filters: CommitmentFilters) {
  return cachedPublicRead(`exports:rows:${filters.sort}:${filterCacheKey(filters)}`, async () => {
    const view = await pastViewOf(filters);
    if (view) return countAndFindAt(view, filters, { skip: 0, take: EXPORT_ROW_LIMIT }, exportSelect(view));
    return countAndFind({
      where: commitmentWhere(filters),
      orderBy: commitmentOrder(filters.sort),
      take: EXPORT_ROW_LIMIT,
      select: exportSelect(null),
    });
  });
}

export type ExportCommitmentRow = Awaited<ReturnType<typeof listCommitmentsForExport>>['rows'][number];

/** Rows per read of a streamed export: memory for one batch, few round trips for a large file. */
export const EXPORT_BATCH_SIZE = 500;

/** How many commitments match (the export's "total"), cached per data version. */
export function countCommitmentsForExport(filters: CommitmentFilters) {
  return cachedPublicRead(`exports:count:${filterCacheKey(filters)}`, () =>
    db.commitment.count({ where: commitmentWhere(filters) }),
  );
}

/**
 * The ids of the export's rows in file order (at most EXPORT_ROW_LIMIT numbers), cached per data
 * version: one indexed read, after which each batch is a primary-key read. (Prisma's cursor over
 * these relation sort orders re-ran the sort for every batch: ~0.5 s each at 10,000 commitments.)
 */
export function listExportIds(filters: CommitmentFilters) {
  return cachedPublicRead(`exports:ids:${filters.sort}:${filterCacheKey(filters)}`, async () => {
    const rows = await db.commitment.findMany({
      where: commitmentWhere(filters),
      orderBy: commitmentOrder(filters.sort),
      take: EXPORT_ROW_LIMIT,
      select: { id: true },
    });
    return rows.map((row) => row.id);
  });
}

/**
 * The export columns of some commitments, in the order of `ids`. The first batch of a file — the
 * whole file for one agreement — is cached per data version like every public read.
 */
export async function listCommitmentsForExportBatch(
  ids: number[],
  cacheKey?: string,
): Promise<ExportCommitmentRow[]> {
  const read = async () => {
    const { updates: _latestUpdate, ...batchSelect } = exportSelect(null);
    const [rows, latest] = await Promise.all([
      db.commitment.findMany({ where: { id: { in: ids } }, select: batchSelect }),
      latestUpdates(ids),
    ]);
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.flatMap((id) => {
      const row = byId.get(id);
      if (!row) return [];
      const update = latest.get(id);
      return [{ ...row, updates: update ? [update] : [] }];
    });
  };
  return cacheKey ? cachedPublicRead(`exports:batch:${cacheKey}`, read) : read();
}

/**
 * The newest assessment of each commitment, as exportSelect's `updates` reads it (createdAt, then
 * id, descending): one probe per commitment of the (commitmentId, createdAt, id) index. The nested
 * `take: 1` shipped every assessment of the batch (50,000 rows for 500 commitments) to Node.
 */
async function latestUpdates(ids: number[]) {
  const rows = await db.$queryRaw<
    { commitmentId: number; createdAt: Date; reason: string; authorName: string }[]
  >`
    SELECT c.id AS "commitmentId", u."createdAt", u.reason, u."authorName"
    FROM unnest(${ids}::int[]) AS c(id)
    JOIN LATERAL (
      SELECT su."createdAt", su.reason, su."authorName" FROM "StatusUpdate" su
      WHERE su."commitmentId" = c.id
      ORDER BY su."createdAt" DESC, su.id DESC
      LIMIT 1
    ) u ON true`;
  return new Map(
    rows.map((row) => [
      row.commitmentId,
      { createdAt: row.createdAt, reason: row.reason, authorName: row.authorName },
    ]),
  );
}

/** Status counts per pillar (agreement order, then pillar order); pillars without matches left out. */
export function countStatusByPillarForExport(filters: CommitmentFilters) {
  return cachedPublicRead(`exports:by-pillar:${filterCacheKey(filters)}`, async () => {
    const view = await pastViewOf(filters);
    const counted = view
      ? tallyStatesBy(view, await pastMatchingIds(view, filters), 'pillarId')
      : isScopeOnly(filters)
        ? await tallyGroupedBy('pillarId', filters)
        : undefined;
    return countStatusPerPillar(commitmentWhere(filters), counted);
  });
}

/** Status counts per agreement; agreements without matches left out. */
export function countStatusByAgreementForExport(filters: CommitmentFilters) {
  return cachedPublicRead(`exports:by-agreement:${filterCacheKey(filters)}`, async () => {
    const view = await pastViewOf(filters);
    const [counts, agreements] = await Promise.all([
      view
        ? pastMatchingIds(view, filters).then((ids) => tallyStatesBy(view, ids, 'agreementId'))
        : isScopeOnly(filters)
          ? tallyGroupedBy('agreementId', filters)
          : countStatusGroupedBy('agreementId', commitmentWhere(filters)),
      listAgreementsForExport(),
    ]);
    return agreements
      .filter((agreement) => counts.has(agreement.id))
      .map((agreement) => ({ agreement, counts: counts.get(agreement.id)! }));
  });
}

/**
 * Dated commitments for the deadline chart, soonest first. Without a status filter only open ones
 * (not achieved or discontinued), as on the dashboard; with one, exactly the statuses asked for.
 */
export function listDeadlinesForExport(filters: CommitmentFilters, limit = DEADLINE_CHART_LIMIT) {
  return cachedPublicRead(`exports:deadlines:${limit}:${filterCacheKey(filters)}`, async () => {
    const view = await pastViewOf(filters);
    if (view) {
      return countAndFindAt(
        view,
        filters,
        { skip: 0, take: limit },
        { id: true, ...deadlineRowSelect, agreement: agreementTitleSelect },
        {
          openOnly: filters.statuses.length === 0,
          extra: { deadline: { not: null } },
          orderBy: [{ deadline: 'asc' }, { id: 'asc' }],
        },
      );
    }
    const base = commitmentWhere(filters);
    const where: Prisma.CommitmentWhereInput = {
      AND: [base, { deadline: { not: null } }, filters.statuses.length === 0 ? OPEN_STATUS_WHERE : {}],
    };
    return countAndFind({
      where,
      orderBy: [{ deadline: 'asc' }, { id: 'asc' }],
      take: limit,
      select: { ...deadlineRowSelect, agreement: agreementTitleSelect },
    });
  });
}

/** A commitment and its recorded progress (oldest first); null when unknown or archived. */
export function getProgressSeries(slug: string, time: TimeParams = {}) {
  return cachedPublicRead(`exports:progress:${slug}:${timeKey(time)}`, async () => {
    const view = await pastViewOf(time);
    const found = await db.commitment.findFirst({
      where: { slug, ...(view ? {} : { archivedAt: null }) },
      select: {
        id: true,
        slug: true,
        titleEn: true,
        titleVi: true,
        status: true,
        progress: true,
        deadline: true,
        targetDate: true,
        headlineAssessor: true,
        agreement: agreementTitleSelect,
        pillar: pillarNameSelect,
      },
    });
    if (!found || (view && !view.states.has(found.id))) return null;
    const commitment = view ? overlayState(found, view) : found;
    // One line: the headline assessor's figures, at the days its verdicts describe.
    const updates = commitment.headlineAssessor
      ? await db.statusUpdate.findMany({
          where: {
            ...(view ? visibleAssessmentsWhere(view.point) : {}),
            commitmentId: commitment.id,
            assessor: commitment.headlineAssessor,
            progress: { not: null },
          },
          orderBy: [{ assessedOn: 'asc' }, { createdAt: 'asc' }, { id: 'asc' }],
          select: { assessedOn: true, progress: true, toStatus: true },
        })
      : [];
    return { ...commitment, updates };
  });
}

/** One page of the read API's list (same order as /commitments). */
export function listCommitmentsForApi(filters: CommitmentFilters, pageSize: number) {
  return cachedPublicRead(
    `exports:api-list:${pageSize}:${filters.sort}:p${filters.page}:${filterCacheKey(filters)}`,
    async () => {
      const view = await pastViewOf(filters);
      if (view) {
        const window = { skip: (filters.page - 1) * pageSize, take: pageSize };
        return countAndFindAt(view, filters, window, { id: true, ...apiListSelect });
      }
      return countAndFind({
        where: commitmentWhere(filters),
        orderBy: commitmentOrder(filters.sort),
        skip: (filters.page - 1) * pageSize,
        take: pageSize,
        select: { id: true, ...apiListSelect },
      });
    },
  );
}

const apiListSelect = { ...commitmentSummarySelect, ...headlineSelect } satisfies Prisma.CommitmentSelect;

export type ApiListRow = Awaited<ReturnType<typeof listCommitmentsForApi>>['rows'][number];

/** Kept for clients of the first API version: entries by recording time, newest first. */
const API_HISTORY_LIMIT = 500;

const latestVerdictOrder = [
  { assessedOn: 'desc' },
  { createdAt: 'desc' },
  { id: 'desc' },
] satisfies Prisma.StatusUpdateOrderByWithRelationInput[];

/**
 * Each assessor's latest assessment of one commitment (by day described, then recording time), one
 * row per assessor through the (commitmentId, assessor, assessedOn) index: needed only when the
 * history is longer than one answer holds, so an assessor whose verdict is older than every listed
 * entry still has it counted.
 */
export async function listLatestAssessmentPerAssessor(commitmentId: number, time: TimeParams = {}) {
  // The same latest-per-assessor read as the commitment page's verdicts panel, at the same point.
  const verdicts = await listCurrentVerdicts(commitmentId, time);
  return verdicts.map(({ status: _status, recordedAt: _recordedAt, ...row }) => row);
}

/** How many assessments one commitment has. */
export function countAssessments(commitmentId: number, visible: Prisma.StatusUpdateWhereInput = {}) {
  return db.statusUpdate.count({ where: { commitmentId, ...visible } });
}

/** Everything the read API tells about one commitment; null when unknown or archived. */
export function getCommitmentForApi(slug: string, time: TimeParams = {}) {
  return cachedPublicRead(`exports:api-one:${slug}:${timeKey(time)}`, async () => {
    const view = await pastViewOf(time);
    const visible = view ? visibleAssessmentsWhere(view.point) : {};
    const found = await db.commitment.findFirst({
      where: { slug, ...(view ? {} : { archivedAt: null }) },
      select: {
        id: true,
        ...apiListSelect,
        descriptionEn: true,
        descriptionVi: true,
        version: true,
        ...metricSelect,
        citations: {
          orderBy: [{ position: 'asc' }, { id: 'asc' }],
          select: {
            quote: true,
            source: {
              select: { slug: true, title: true, publisher: true, publishedOn: true, language: true },
            },
          },
        },
        milestones: {
          orderBy: [{ position: 'asc' }, { id: 'asc' }],
          select: { titleEn: true, titleVi: true, dueDate: true, doneDate: true },
        },
        updates: {
          where: visible,
          orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
          take: API_HISTORY_LIMIT,
          select: { ...historyEntrySelect, version: true },
        },
      },
    });
    if (!found || (view && !view.states.has(found.id))) return null;
    const commitment = view ? overlayState(found, view) : found;
    const assessments = await db.statusUpdate.findMany({
      where: { commitmentId: commitment.id, ...visible },
      orderBy: latestVerdictOrder,
      take: API_ASSESSMENT_LIMIT,
      select: assessmentSelect,
    });
    // Counted (through the commitmentId index) only when the answer is full.
    const truncated = assessments.length === API_ASSESSMENT_LIMIT;
    const assessmentsTotal = truncated ? await countAssessments(commitment.id, visible) : assessments.length;
    const latestPerAssessor =
      assessmentsTotal > assessments.length ? await listLatestAssessmentPerAssessor(commitment.id, time) : [];
    return { ...commitment, assessments, assessmentsTotal, latestPerAssessor };
  });
}

export type ApiCommitment = NonNullable<Awaited<ReturnType<typeof getCommitmentForApi>>>;
