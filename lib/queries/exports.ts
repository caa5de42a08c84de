import 'server-only';
// Reads for exports, chart images and the read API. Filters mean what they mean on /commitments
// (commitmentWhere is shared); every read goes through the data-version keyed public cache.
import { cachedPublicRead } from '../cache/public-cache';
import { db } from '../db';
import type { Prisma } from '../generated/prisma/client';
import { commitmentFiltersToSearchParams, type CommitmentFilters } from '../validation/commitment-filters';
import {
  commitmentOrder,
  commitmentWhere,
  emptyStatusCounts,
  metricSelect,
  type StatusCounts,
} from './commitments';

/** Upper bound on rows in one export file (the tracker holds far fewer). */
export const EXPORT_ROW_LIMIT = 10_000;
export const DEADLINE_CHART_LIMIT = 30;

const filterKey = (filters: CommitmentFilters) => {
  const params = commitmentFiltersToSearchParams({ ...filters, sort: 'default', page: 1 });
  return params.toString();
};

/** When public data last changed, and its version: printed on every export. */
export function getDataStamp() {
  return cachedPublicRead('exports:stamp', async () => {
    const row = await db.dataVersion.findUnique({
      where: { scope: 'public' },
      select: { version: true, updatedAt: true },
    });
    return { version: row?.version ?? 0, asOf: row?.updatedAt ?? new Date(0) };
  });
}

/** Agreements with their pillars: names for filter descriptions and validation of slugs. */
export function listAgreementsForExport() {
  return cachedPublicRead('exports:agreements', () =>
    db.agreement.findMany({
      orderBy: [{ signedOn: 'desc' }, { id: 'asc' }],
      select: {
        id: true,
        slug: true,
        titleEn: true,
        titleVi: true,
        pillars: {
          orderBy: { position: 'asc' },
          select: { id: true, slug: true, nameEn: true, nameVi: true },
        },
      },
    }),
  );
}

export type AgreementForExport = Awaited<ReturnType<typeof listAgreementsForExport>>[number];

const exportSelect = {
  id: true,
  slug: true,
  titleEn: true,
  titleVi: true,
  responsibleParty: true,
  kind: true,
  status: true,
  progress: true,
  metricUnit: true,
  baselineValue: true,
  baselineDate: true,
  targetValue: true,
  targetDate: true,
  currentValue: true,
  deadline: true,
  deadlineTextEn: true,
  deadlineTextVi: true,
  updatedAt: true,
  agreement: { select: { slug: true, titleEn: true, titleVi: true } },
  pillar: { select: { slug: true, nameEn: true, nameVi: true } },
  citations: {
    orderBy: [{ position: 'asc' }, { id: 'asc' }],
    take: 1,
    select: { quote: true, source: { select: { title: true, publisher: true } } },
  },
  updates: {
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: 1,
    select: { createdAt: true, reason: true, authorName: true },
  },
} satisfies Prisma.CommitmentSelect;

/** Every commitment matching the filters (sort honoured, no paging), with export columns. */
export function listCommitmentsForExport(filters: CommitmentFilters) {
  return cachedPublicRead(`exports:rows:${filters.sort}:${filterKey(filters)}`, async () => {
    const where = commitmentWhere(filters);
    const [total, rows] = await Promise.all([
      db.commitment.count({ where }),
      db.commitment.findMany({
        where,
        orderBy: commitmentOrder(filters.sort),
        take: EXPORT_ROW_LIMIT,
        select: exportSelect,
      }),
    ]);
    return { total, rows };
  });
}

export type ExportCommitmentRow = Awaited<ReturnType<typeof listCommitmentsForExport>>['rows'][number];

async function countsBy(key: 'pillarId' | 'agreementId', filters: CommitmentFilters) {
  const where = commitmentWhere(filters);
  const groups =
    key === 'pillarId'
      ? (await db.commitment.groupBy({ by: ['pillarId', 'status'], where, _count: { _all: true } })).map(
          (group) => ({ id: group.pillarId, status: group.status, count: group._count._all }),
        )
      : (await db.commitment.groupBy({ by: ['agreementId', 'status'], where, _count: { _all: true } })).map(
          (group) => ({
            id: group.agreementId as number | null,
            status: group.status,
            count: group._count._all,
          }),
        );
  const map = new Map<number | null, StatusCounts>();
  for (const group of groups) {
    const counts = map.get(group.id) ?? emptyStatusCounts();
    counts[group.status] += group.count;
    map.set(group.id, counts);
  }
  return map;
}

/** Status counts per pillar (agreement order, then pillar order); pillars without matches left out. */
export function countStatusByPillarForExport(filters: CommitmentFilters) {
  return cachedPublicRead(`exports:by-pillar:${filterKey(filters)}`, async () => {
    const [counts, agreements] = await Promise.all([
      countsBy('pillarId', filters),
      listAgreementsForExport(),
    ]);
    const rows = agreements.flatMap((agreement) =>
      agreement.pillars
        .filter((pillar) => counts.has(pillar.id))
        .map((pillar) => ({ agreement, pillar, counts: counts.get(pillar.id)! })),
    );
    return { rows, withoutPillar: counts.get(null) ?? null };
  });
}

/** Status counts per agreement; agreements without matches left out. */
export function countStatusByAgreementForExport(filters: CommitmentFilters) {
  return cachedPublicRead(`exports:by-agreement:${filterKey(filters)}`, async () => {
    const [counts, agreements] = await Promise.all([
      countsBy('agreementId', filters),
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
  return cachedPublicRead(`exports:deadlines:${limit}:${filterKey(filters)}`, async () => {
    const base = commitmentWhere(filters);
    const where: Prisma.CommitmentWhereInput = {
      AND: [
        base,
        { deadline: { not: null } },
        filters.statuses.length === 0 ? { status: { notIn: ['ACHIEVED', 'DISCONTINUED'] } } : {},
      ],
    };
    const [total, rows] = await Promise.all([
      db.commitment.count({ where }),
      db.commitment.findMany({
        where,
        orderBy: [{ deadline: 'asc' }, { id: 'asc' }],
        take: limit,
        select: {
          slug: true,
          titleEn: true,
          titleVi: true,
          status: true,
          deadline: true,
          deadlineTextEn: true,
          deadlineTextVi: true,
          agreement: { select: { slug: true, titleEn: true, titleVi: true } },
        },
      }),
    ]);
    return { total, rows };
  });
}

/** A commitment and its recorded progress (oldest first); null when unknown or archived. */
export function getProgressSeries(slug: string) {
  return cachedPublicRead(`exports:progress:${slug}`, () =>
    db.commitment.findFirst({
      where: { slug, archivedAt: null },
      select: {
        slug: true,
        titleEn: true,
        titleVi: true,
        status: true,
        progress: true,
        deadline: true,
        targetDate: true,
        agreement: { select: { slug: true, titleEn: true, titleVi: true } },
        pillar: { select: { slug: true, nameEn: true, nameVi: true } },
        updates: {
          where: { progress: { not: null } },
          orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
          select: { createdAt: true, progress: true, toStatus: true },
        },
      },
    }),
  );
}

/** One page of the read API's list (same order as /commitments). */
export function listCommitmentsForApi(filters: CommitmentFilters, pageSize: number) {
  return cachedPublicRead(
    `exports:api-list:${pageSize}:${filters.sort}:p${filters.page}:${filterKey(filters)}`,
    async () => {
      const where = commitmentWhere(filters);
      const [total, rows] = await Promise.all([
        db.commitment.count({ where }),
        db.commitment.findMany({
          where,
          orderBy: commitmentOrder(filters.sort),
          skip: (filters.page - 1) * pageSize,
          take: pageSize,
          select: apiListSelect,
        }),
      ]);
      return { total, rows };
    },
  );
}

const apiListSelect = {
  slug: true,
  titleEn: true,
  titleVi: true,
  responsibleParty: true,
  kind: true,
  status: true,
  progress: true,
  deadline: true,
  deadlineTextEn: true,
  deadlineTextVi: true,
  updatedAt: true,
  agreement: { select: { slug: true, titleEn: true, titleVi: true } },
  pillar: { select: { slug: true, nameEn: true, nameVi: true } },
} satisfies Prisma.CommitmentSelect;

export type ApiListRow = Awaited<ReturnType<typeof listCommitmentsForApi>>['rows'][number];

/** Everything the read API tells about one commitment; null when unknown or archived. */
export function getCommitmentForApi(slug: string) {
  return cachedPublicRead(`exports:api-one:${slug}`, () =>
    db.commitment.findFirst({
      where: { slug, archivedAt: null },
      select: {
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
          orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
          take: 500,
          select: {
            fromStatus: true,
            toStatus: true,
            progress: true,
            value: true,
            reason: true,
            evidenceUrl: true,
            authorName: true,
            version: true,
            createdAt: true,
          },
        },
      },
    }),
  );
}

export type ApiCommitment = NonNullable<Awaited<ReturnType<typeof getCommitmentForApi>>>;
