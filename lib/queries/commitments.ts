import 'server-only';
import { cachedPublicRead } from '../cache/public-cache';
import { db } from '../db';
import { STATUSES, type Status } from '../domain/status';
import type { Prisma } from '../generated/prisma/client';
import {
  COMMITMENTS_PAGE_SIZE,
  commitmentFiltersToSearchParams,
  type CommitmentFilters,
} from '../validation/commitment-filters';

export const HISTORY_PAGE_SIZE = 50;

const utcDate = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** The Prisma filter for URL filters (sort and page ignored). */
export function commitmentWhere(filters: CommitmentFilters): Prisma.CommitmentWhereInput {
  const where: Prisma.CommitmentWhereInput = { archivedAt: null };
  if (filters.agreement) where.agreement = { slug: filters.agreement };
  if (filters.pillar) where.pillar = { slug: filters.pillar };
  if (filters.statuses.length > 0) where.status = { in: filters.statuses };
  if (filters.parties.length > 0) where.responsibleParty = { in: filters.parties };
  if (filters.deadlineFrom || filters.deadlineTo) {
    where.deadline = {
      ...(filters.deadlineFrom ? { gte: utcDate(filters.deadlineFrom) } : {}),
      ...(filters.deadlineTo ? { lte: utcDate(filters.deadlineTo) } : {}),
    };
  }
  if (filters.q) {
    const contains = { contains: filters.q, mode: 'insensitive' as const };
    where.OR = [
      { titleEn: contains },
      { titleVi: contains },
      { descriptionEn: contains },
      { descriptionVi: contains },
    ];
  }
  return where;
}

// Every order ends with the id, so pages are a stable partition of the rows.
export function commitmentOrder(
  sort: CommitmentFilters['sort'],
): Prisma.CommitmentOrderByWithRelationInput[] {
  switch (sort) {
    case 'deadline':
      return [{ deadline: { sort: 'asc', nulls: 'last' } }, { id: 'asc' }];
    case 'updated':
      return [{ updatedAt: 'desc' }, { id: 'asc' }];
    case 'status':
      return [{ status: 'asc' }, { id: 'asc' }];
    default:
      return [
        { agreement: { signedOn: 'desc' } },
        { agreementId: 'asc' },
        { pillar: { position: 'asc' } },
        { id: 'asc' },
      ];
  }
}

/** A commitment's metric: unit, baseline, target and current value with their dates. */
export const metricSelect = {
  metricUnit: true,
  baselineValue: true,
  baselineDate: true,
  targetValue: true,
  targetDate: true,
  currentValue: true,
  currentValueDate: true,
} satisfies Prisma.CommitmentSelect;

const listSelect = {
  id: true,
  slug: true,
  titleEn: true,
  titleVi: true,
  descriptionEn: true,
  descriptionVi: true,
  status: true,
  progress: true,
  kind: true,
  responsibleParty: true,
  deadline: true,
  deadlineTextEn: true,
  deadlineTextVi: true,
  updatedAt: true,
  agreement: { select: { slug: true, titleEn: true, titleVi: true } },
  pillar: { select: { slug: true, nameEn: true, nameVi: true } },
} satisfies Prisma.CommitmentSelect;

export type StatusCounts = Record<Status, number>;

export function emptyStatusCounts(): StatusCounts {
  return Object.fromEntries(STATUSES.map((status) => [status, 0])) as StatusCounts;
}

async function groupStatusCounts(where: Prisma.CommitmentWhereInput) {
  const groups = await db.commitment.groupBy({ by: ['status'], where, _count: { _all: true } });
  const counts = emptyStatusCounts();
  for (const group of groups) counts[group.status] = group._count._all;
  return { counts, total: Object.values(counts).reduce((sum, n) => sum + n, 0) };
}

/** One bounded page of commitments matching the filters, with the total and counts per status. */
export function listCommitments(filters: CommitmentFilters, pageSize = COMMITMENTS_PAGE_SIZE) {
  const key = `commitments:list:${pageSize}:${commitmentFiltersToSearchParams(filters).toString()}:p${filters.page}`;
  return cachedPublicRead(key, async () => {
    const where = commitmentWhere(filters);
    const [{ counts, total }, rows] = await Promise.all([
      groupStatusCounts(where),
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

export type CommitmentListRow = Awaited<ReturnType<typeof listCommitments>>['rows'][number];

/** Counts per status (from the status column, grouped in Postgres) for a scope. */
export function countCommitmentsByStatus(scope: { agreement?: string; pillar?: string } = {}) {
  const key = `commitments:counts:${scope.agreement ?? '*'}:${scope.pillar ?? '*'}`;
  return cachedPublicRead(key, () =>
    groupStatusCounts(commitmentWhere({ statuses: [], parties: [], sort: 'default', page: 1, ...scope })),
  );
}

/** A commitment's page: everything but its history (paged separately). Null when unknown. */
export function getCommitmentBySlug(slug: string) {
  return cachedPublicRead(`commitments:one:${slug}`, () =>
    db.commitment.findFirst({
      where: { slug, archivedAt: null },
      select: {
        ...listSelect,
        version: true,
        ...metricSelect,
        agreement: { select: { slug: true, titleEn: true, titleVi: true, signedOn: true } },
        pillar: { select: { slug: true, nameEn: true, nameVi: true } },
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
    }),
  );
}

export type CommitmentDetail = NonNullable<Awaited<ReturnType<typeof getCommitmentBySlug>>>;

/** One page of a commitment's history, newest first, plus the progress series (oldest first). */
export function listCommitmentHistory(commitmentId: number, page: number, pageSize = HISTORY_PAGE_SIZE) {
  return cachedPublicRead(`commitments:history:${commitmentId}:${pageSize}:p${page}`, async () => {
    const where = { commitmentId };
    const [total, entries, series] = await Promise.all([
      db.statusUpdate.count({ where }),
      db.statusUpdate.findMany({
        where,
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        skip: (page - 1) * pageSize,
        take: pageSize,
        select: {
          id: true,
          fromStatus: true,
          toStatus: true,
          progress: true,
          value: true,
          reason: true,
          evidenceUrl: true,
          authorName: true,
          createdAt: true,
        },
      }),
      db.statusUpdate.findMany({
        where: { commitmentId, OR: [{ progress: { not: null } }, { value: { not: null } }] },
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
        select: { progress: true, value: true, createdAt: true },
      }),
    ]);
    return { total, entries, series, page, pageSize, pageCount: Math.max(1, Math.ceil(total / pageSize)) };
  });
}

/** Agreements with their pillars, for the filter form. */
export function listFilterOptions() {
  return cachedPublicRead('commitments:filter-options', () =>
    db.agreement.findMany({
      orderBy: [{ signedOn: 'desc' }, { id: 'asc' }],
      select: {
        slug: true,
        titleEn: true,
        titleVi: true,
        pillars: {
          orderBy: { position: 'asc' },
          select: { slug: true, nameEn: true, nameVi: true },
        },
      },
    }),
  );
}
