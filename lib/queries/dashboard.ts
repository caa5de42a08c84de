import 'server-only';
import { cachedPublicRead } from '../cache/public-cache';
import { db } from '../db';
import type { Prisma } from '../generated/prisma/client';
import { emptyStatusCounts, type StatusCounts } from './commitments';

export interface DashboardScope {
  agreement?: string;
  pillar?: string;
}

function scopeWhere(scope: DashboardScope): Prisma.CommitmentWhereInput {
  return {
    archivedAt: null,
    ...(scope.agreement ? { agreement: { slug: scope.agreement } } : {}),
    ...(scope.pillar ? { pillar: { slug: scope.pillar } } : {}),
  };
}

const scopeKey = (scope: DashboardScope) => `${scope.agreement ?? '*'}:${scope.pillar ?? '*'}`;

/** "As of": when public data last changed (the data-version row), else now. */
export function getDataAsOf() {
  return cachedPublicRead('dashboard:as-of', async () => {
    const row = await db.dataVersion.findUnique({ where: { scope: 'public' }, select: { updatedAt: true } });
    return row?.updatedAt ?? new Date();
  });
}

/** Counts per status for each pillar of the scope (pillars in agreement order). */
export function countStatusByPillar(scope: DashboardScope = {}) {
  return cachedPublicRead(`dashboard:by-pillar:${scopeKey(scope)}`, async () => {
    const [groups, pillars] = await Promise.all([
      db.commitment.groupBy({
        by: ['pillarId', 'status'],
        where: scopeWhere(scope),
        _count: { _all: true },
      }),
      db.pillar.findMany({
        where: {
          ...(scope.agreement ? { agreement: { slug: scope.agreement } } : {}),
          ...(scope.pillar ? { slug: scope.pillar } : {}),
        },
        orderBy: [{ agreement: { signedOn: 'desc' } }, { agreementId: 'asc' }, { position: 'asc' }],
        select: {
          id: true,
          slug: true,
          nameEn: true,
          nameVi: true,
          agreement: { select: { slug: true } },
        },
      }),
    ]);
    const byPillar = new Map<number | null, StatusCounts>();
    for (const group of groups) {
      const counts = byPillar.get(group.pillarId) ?? emptyStatusCounts();
      counts[group.status] += group._count._all;
      byPillar.set(group.pillarId, counts);
    }
    return pillars
      .map((pillar) => ({ ...pillar, counts: byPillar.get(pillar.id) ?? emptyStatusCounts() }))
      .filter((pillar) => Object.values(pillar.counts).some((n) => n > 0));
  });
}

/** Counts per status for every agreement. */
export function countStatusByAgreement() {
  return cachedPublicRead('dashboard:by-agreement', async () => {
    const [groups, agreements] = await Promise.all([
      db.commitment.groupBy({
        by: ['agreementId', 'status'],
        where: { archivedAt: null },
        _count: { _all: true },
      }),
      db.agreement.findMany({
        orderBy: [{ signedOn: 'desc' }, { id: 'asc' }],
        select: { id: true, slug: true, titleEn: true, titleVi: true, signedOn: true },
      }),
    ]);
    return agreements.map((agreement) => {
      const counts = emptyStatusCounts();
      for (const group of groups)
        if (group.agreementId === agreement.id) counts[group.status] += group._count._all;
      return { ...agreement, counts, total: Object.values(counts).reduce((sum, n) => sum + n, 0) };
    });
  });
}

/** Dated commitments not yet achieved or dropped, soonest deadline first (overdue ones included). */
const deadlineRowSelect = {
  slug: true,
  titleEn: true,
  titleVi: true,
  status: true,
  deadline: true,
  deadlineTextEn: true,
  deadlineTextVi: true,
} satisfies Prisma.CommitmentSelect;

export function listOpenDeadlines(scope: DashboardScope = {}, limit = 40) {
  return cachedPublicRead(`dashboard:deadlines:${scopeKey(scope)}:${limit}`, () =>
    db.commitment.findMany({
      where: {
        ...scopeWhere(scope),
        deadline: { not: null },
        status: { notIn: ['ACHIEVED', 'DISCONTINUED'] },
      },
      orderBy: [{ deadline: 'asc' }, { id: 'asc' }],
      take: limit,
      select: deadlineRowSelect,
    }),
  );
}

/** Open commitments whose source gives only vague timing ("soon", "in the near future"). */
export function listVagueDeadlines(scope: DashboardScope = {}, limit = 20) {
  return cachedPublicRead(`dashboard:vague-deadlines:${scopeKey(scope)}:${limit}`, () =>
    db.commitment.findMany({
      where: {
        ...scopeWhere(scope),
        deadline: null,
        deadlineTextEn: { not: null },
        status: { notIn: ['ACHIEVED', 'DISCONTINUED'] },
      },
      orderBy: [{ id: 'asc' }],
      take: limit,
      select: deadlineRowSelect,
    }),
  );
}

/** The latest history entries ("what changed"), newest first. */
export function listLatestUpdates(scope: DashboardScope = {}, limit = 8) {
  return cachedPublicRead(`dashboard:latest:${scopeKey(scope)}:${limit}`, () =>
    db.statusUpdate.findMany({
      where: { commitment: scopeWhere(scope) },
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
        commitment: { select: { slug: true, titleEn: true, titleVi: true } },
      },
    }),
  );
}
