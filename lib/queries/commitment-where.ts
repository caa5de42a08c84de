// What "the commitments matching these filters" means, for pages, exports, charts and the read API
// alike: the Prisma `where`, the order, and the cache-key part of a filter set.
import type { Prisma } from '../generated/prisma/client';
import { commitmentFiltersToSearchParams, type CommitmentFilters } from '../validation/commitment-filters';

/** A dashboard scope: one agreement, one pillar, or everything. */
export interface CommitmentScope {
  agreement?: string;
  pillar?: string;
  /** A past view (lib/time/as-of.ts); absent: now. */
  asOf?: string;
  snapshot?: string;
}

const utcDate = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** The Prisma filter for URL filters (sort and page ignored). Archived commitments never match. */
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
  if (filters.contested !== undefined) where.contested = filters.contested;
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

/** The filter for a dashboard scope: the same as the list filtered by that agreement and pillar. */
export function commitmentScopeWhere(scope: CommitmentScope): Prisma.CommitmentWhereInput {
  return commitmentWhere({ statuses: [], parties: [], sort: 'default', page: 1, ...scope });
}

export const scopeCacheKey = (scope: CommitmentScope) =>
  `${scope.agreement ?? '*'}:${scope.pillar ?? '*'}${scope.snapshot ? `:s=${scope.snapshot}` : scope.asOf ? `:d=${scope.asOf}` : ''}`;

/** The cache-key part of a filter set (sort and page left out: callers add them where they matter). */
export const filterCacheKey = (filters: CommitmentFilters) =>
  commitmentFiltersToSearchParams({ ...filters, sort: 'default', page: 1 }).toString();

/** Still open: neither achieved nor discontinued (the deadline views show only these by default). */
export const OPEN_STATUS_WHERE = {
  status: { notIn: ['ACHIEVED', 'DISCONTINUED'] },
} satisfies Prisma.CommitmentWhereInput;

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
