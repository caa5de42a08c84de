import 'server-only';
import { cachedPublicRead } from '../cache/public-cache';
import { db } from '../db';
import type { Prisma } from '../generated/prisma/client';
import {
  COMMITMENTS_PAGE_SIZE,
  commitmentFiltersToSearchParams,
  type CommitmentFilters,
} from '../validation/commitment-filters';
import type { TimeParams } from '../time/as-of';
import { listAgreementsWithPillars } from './agreements';
import { commitmentSummarySelect, metricSelect } from './commitment-select';
import { commitmentOrder, commitmentWhere, scopeCacheKey, type CommitmentScope } from './commitment-where';
import { countByStatus, tallyByStatus } from './status-counts';
import {
  cachedReadAt,
  inIdOrder,
  matchingIds,
  overlayState,
  pastMatchingIds,
  pastViewOf,
  pastWhere,
  sortIdsAt,
  tallyStates,
  timeKey,
} from './at-time';

const listSelect = {
  id: true,
  ...commitmentSummarySelect,
  descriptionEn: true,
  descriptionVi: true,
} satisfies Prisma.CommitmentSelect;

/** One bounded page of commitments matching the filters, with the total and counts per status. */
export function listCommitments(filters: CommitmentFilters, pageSize = COMMITMENTS_PAGE_SIZE) {
  const key = `commitments:list:${pageSize}:${commitmentFiltersToSearchParams(filters).toString()}:p${filters.page}`;
  return cachedPublicRead(key, async () => {
    const view = await pastViewOf(filters);
    if (view) {
      // One ids-only query in list order; the page's rows are then read by id.
      const ids = sortIdsAt(
        view,
        await matchingIds(pastWhere(view, filters), commitmentOrder(filters.sort)),
        filters.sort,
      );
      const pageIds = ids.slice((filters.page - 1) * pageSize, filters.page * pageSize);
      const rows = await db.commitment.findMany({ where: { id: { in: pageIds } }, select: listSelect });
      const { counts, total } = tallyStates(view, ids);
      return {
        rows: inIdOrder(pageIds, rows).map((row) => overlayState(row, view)),
        total,
        statusCounts: counts,
        page: filters.page,
        pageSize,
        pageCount: Math.max(1, Math.ceil(total / pageSize)),
      };
    }
    const where = commitmentWhere(filters);
    const [{ counts, total }, rows] = await Promise.all([
      countByStatus(where),
      db.commitment.findMany({
        where,
        orderBy: commitmentOrder(filters.sort),
        skip: (filters.page - 1) * pageSize,
        take: pageSize,
        select: listSelect,
      }),
    ]);
    return {
      rows,
      total,
      statusCounts: counts,
      page: filters.page,
      pageSize,
      pageCount: Math.max(1, Math.ceil(total / pageSize)),
    };
  });
}

/** Counts per status (from the status column, grouped in Postgres) for a scope. */
export function countCommitmentsByStatus(scope: CommitmentScope = {}) {
  return cachedReadAt(`commitments:counts:${scopeCacheKey(scope)}`, scope, async () => {
    const view = await pastViewOf(scope);
    if (!view) return tallyByStatus(scope);
    const filters = { statuses: [], parties: [], sort: 'default' as const, page: 1, ...scope };
    return tallyStates(view, await pastMatchingIds(view, filters));
  });
}

/**
 * A commitment's page: everything but its history (paged separately). Null when unknown, or when
 * it did not exist at the past point asked for.
 */
export function getCommitmentBySlug(slug: string, time: TimeParams = {}) {
  return cachedPublicRead(`commitments:one:${slug}:${timeKey(time)}`, async () => {
    const view = await pastViewOf(time);
    const row = await readCommitmentDetail(slug, view !== null);
    if (!view || !row) return row;
    return view.states.has(row.id) ? overlayState(row, view) : null;
  });
}

function readCommitmentDetail(slug: string, includeArchived: boolean) {
  return db.commitment.findFirst({
    where: { slug, ...(includeArchived ? {} : { archivedAt: null }) },
    select: {
      ...listSelect,
      version: true,
      ...metricSelect,
      agreement: { select: { slug: true, titleEn: true, titleVi: true, signedOn: true, dateKind: true } },
      headlineAssessor: true,
      headlineAssessedOn: true,
      contested: true,
      citations: {
        orderBy: [{ position: 'asc' }, { id: 'asc' }],
        select: {
          id: true,
          quote: true,
          source: { select: { slug: true, title: true, publisher: true, language: true } },
        },
      },
      milestones: {
        orderBy: [{ position: 'asc' }, { id: 'asc' }],
        select: { id: true, titleEn: true, titleVi: true, dueDate: true, doneDate: true },
      },
    },
  });
}

export type CommitmentDetail = NonNullable<Awaited<ReturnType<typeof getCommitmentBySlug>>>;

/** Agreements with their pillars, for the filter form. */
export function listFilterOptions() {
  return listAgreementsWithPillars();
}
