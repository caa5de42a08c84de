import 'server-only';
import { cachedPublicRead } from '../cache/public-cache';
import { db } from '../db';
import { deadlineRowSelect } from './commitment-select';
import {
  OPEN_STATUS_WHERE,
  commitmentScopeWhere,
  scopeCacheKey,
  type CommitmentScope,
} from './commitment-where';
import { readPublicDataVersion } from './data-stamp';
import { countStatusGroupedBy, countStatusPerPillar, emptyStatusCounts, totalOf } from './status-counts';

/** "As of": when public data last changed (the data-version row), else now. */
export async function getDataAsOf() {
  const row = await readPublicDataVersion();
  return row?.updatedAt ?? new Date();
}

/** Counts per status for each pillar of the scope (pillars in agreement order). */
export function countStatusByPillar(scope: CommitmentScope = {}) {
  return cachedPublicRead(`dashboard:by-pillar:${scopeCacheKey(scope)}`, async () => {
    const { rows } = await countStatusPerPillar(commitmentScopeWhere(scope));
    return rows.map(({ agreement, pillar, counts }) => ({
      ...pillar,
      agreement: { slug: agreement.slug },
      counts,
    }));
  });
}

/** Counts per status for every agreement. */
export function countStatusByAgreement() {
  return cachedPublicRead('dashboard:by-agreement', async () => {
    const [byAgreement, agreements] = await Promise.all([
      countStatusGroupedBy('agreementId', commitmentScopeWhere({})),
      db.agreement.findMany({
        where: { archivedAt: null },
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
  return cachedPublicRead(`dashboard:deadlines:${scopeCacheKey(scope)}:${limit}`, () =>
    db.commitment.findMany({
      where: {
        ...commitmentScopeWhere(scope),
        deadline: { not: null },
        ...OPEN_STATUS_WHERE,
      },
      orderBy: [{ deadline: 'asc' }, { id: 'asc' }],
      take: limit,
      select: deadlineRowSelect,
    }),
  );
}

/** Open commitments whose source gives only vague timing ("soon", "in the near future"). */
export function listVagueDeadlines(scope: CommitmentScope = {}, limit = 20) {
  return cachedPublicRead(`dashboard:vague-deadlines:${scopeCacheKey(scope)}:${limit}`, () =>
    db.commitment.findMany({
      where: {
        ...commitmentScopeWhere(scope),
        deadline: null,
        deadlineTextEn: { not: null },
        ...OPEN_STATUS_WHERE,
      },
      orderBy: [{ id: 'asc' }],
      take: limit,
      select: deadlineRowSelect,
    }),
  );
}

/** The latest history entries ("what changed"), newest first. */
export function listLatestUpdates(scope: CommitmentScope = {}, limit = 8) {
  return cachedPublicRead(`dashboard:latest:${scopeCacheKey(scope)}:${limit}`, () =>
    db.statusUpdate.findMany({
      where: { commitment: commitmentScopeWhere(scope) },
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
    }),
  );
}
