import 'server-only';
import { db } from '../db';
import { deadlineRowSelect } from './commitment-select';
import {
  OPEN_STATUS_WHERE,
  commitmentScopeWhere,
  scopeCacheKey,
  type CommitmentScope,
} from './commitment-where';
import { readPublicDataVersion } from './data-stamp';
import { countStatusPerPillar, emptyStatusCounts, tallyGroupedBy, totalOf } from './status-counts';
import {
  cachedReadAt,
  overlayState,
  pastMatchingIds,
  pastViewOf,
  pastWhere,
  tallyStatesBy,
  timeKey,
  visibleAssessmentsWhere,
  type PastView,
} from './at-time';
import type { TimeParams } from '../time/as-of';
import { scopeFilters } from '../validation/commitment-filters';
import type { Prisma } from '../generated/prisma/client';

/** "As of": when public data last changed (the data-version row), else now; a past view's day. */
export async function getDataAsOf(time: TimeParams = {}) {
  const view = await pastViewOf(time);
  if (view) return new Date(`${view.point.asOf}T00:00:00Z`);
  const row = await readPublicDataVersion();
  return row?.updatedAt ?? new Date();
}

/** Counts per status for each pillar of the scope (pillars in agreement order). */
export function countStatusByPillar(scope: CommitmentScope = {}) {
  return cachedReadAt(`dashboard:by-pillar:${scopeCacheKey(scope)}`, scope, async () => {
    const view = await pastViewOf(scope);
    const counted = view
      ? tallyStatesBy(view, await pastMatchingIds(view, scopeFilters(scope)), 'pillarId')
      : await tallyGroupedBy('pillarId', scope);
    const { rows } = await countStatusPerPillar(commitmentScopeWhere(scope), counted);
    return rows.map(({ agreement, pillar, counts }) => ({
      ...pillar,
      agreement: { slug: agreement.slug },
      counts,
    }));
  });
}

/** Counts per status for every agreement (at a past point: the agreements dated by then). */
export function countStatusByAgreement(time: TimeParams = {}) {
  return cachedReadAt(`dashboard:by-agreement:${timeKey(time)}`, time, async () => {
    const view = await pastViewOf(time);
    const [byAgreement, agreements] = await Promise.all([
      view ? tallyStatesBy(view, view.states.keys(), 'agreementId') : tallyGroupedBy('agreementId', {}),
      db.agreement.findMany({
        where: {
          archivedAt: null,
          ...(view ? { signedOn: { lte: new Date(`${view.point.asOf}T00:00:00Z`) } } : {}),
        },
        orderBy: [{ signedOn: 'desc' }, { id: 'asc' }],
        select: { id: true, slug: true, titleEn: true, titleVi: true, signedOn: true, dateKind: true },
      }),
    ]);
    return agreements.map((agreement) => {
      const counts = byAgreement.get(agreement.id) ?? emptyStatusCounts();
      return { ...agreement, counts, total: totalOf(counts) };
    });
  });
}

/** Dated commitments not yet achieved or dropped, soonest deadline first (overdue ones included). */
export function listOpenDeadlines(scope: CommitmentScope = {}, limit = 40) {
  return cachedReadAt(`dashboard:deadlines:${scopeCacheKey(scope)}:${limit}`, scope, async () => {
    const view = await pastViewOf(scope);
    if (view)
      return pastDeadlines(
        view,
        scope,
        { deadline: { not: null } },
        [{ deadline: 'asc' }, { id: 'asc' }],
        limit,
      );
    return db.commitment.findMany({
      where: {
        ...commitmentScopeWhere(scope),
        deadline: { not: null },
        ...OPEN_STATUS_WHERE,
      },
      orderBy: [{ deadline: 'asc' }, { id: 'asc' }],
      take: limit,
      select: deadlineRowSelect,
    });
  });
}

/** Open (at the point) commitments of the scope matching `extra`, in order, with their state then. */
async function pastDeadlines(
  view: PastView,
  scope: CommitmentScope,
  extra: Prisma.CommitmentWhereInput,
  orderBy: Prisma.CommitmentOrderByWithRelationInput[],
  limit: number,
) {
  const rows = await db.commitment.findMany({
    where: { AND: [pastWhere(view, scopeFilters(scope), { openOnly: true }), extra] },
    orderBy,
    take: limit,
    select: { id: true, ...deadlineRowSelect },
  });
  return rows.map((row) => overlayState(row, view));
}

/** Open commitments whose source gives only vague timing ("soon", "in the near future"). */
export function listVagueDeadlines(scope: CommitmentScope = {}, limit = 20) {
  return cachedReadAt(`dashboard:vague-deadlines:${scopeCacheKey(scope)}:${limit}`, scope, async () => {
    const view = await pastViewOf(scope);
    if (view) {
      const extra = { deadline: null, deadlineTextEn: { not: null } };
      return pastDeadlines(view, scope, extra, [{ id: 'asc' }], limit);
    }
    return db.commitment.findMany({
      where: {
        ...commitmentScopeWhere(scope),
        deadline: null,
        deadlineTextEn: { not: null },
        ...OPEN_STATUS_WHERE,
      },
      orderBy: [{ id: 'asc' }],
      take: limit,
      select: deadlineRowSelect,
    });
  });
}

/**
 * The latest assessments ("what changed"), newest recorded first; at a past point only those it
 * can see, of the commitments that existed then.
 */
export function listLatestUpdates(scope: CommitmentScope = {}, limit = 8) {
  return cachedReadAt(`dashboard:latest:${scopeCacheKey(scope)}:${limit}`, scope, async () => {
    const view = await pastViewOf(scope);
    return db.statusUpdate.findMany({
      where: view
        ? { ...visibleAssessmentsWhere(view.point), commitment: pastWhere(view, scopeFilters(scope)) }
        : { commitment: commitmentScopeWhere(scope) },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      take: limit,
      select: {
        id: true,
        fromStatus: true,
        toStatus: true,
        progress: true,
        reason: true,
        authorName: true,
        createdAt: true,
        assessedOn: true,
        assessor: true,
        commitment: { select: { slug: true, titleEn: true, titleVi: true } },
      },
    });
  });
}
