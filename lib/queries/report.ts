// The briefing's headline figures, counted in Postgres over every commitment the filters match
// (the printed table is capped; the figures never are).
import 'server-only';
import { cachedPublicRead } from '../cache/public-cache';
import { db } from '../db';
import { commitmentFiltersToSearchParams, type CommitmentFilters } from '../validation/commitment-filters';
import { commitmentWhere, emptyStatusCounts } from './commitments';

export function summarizeForReport(filters: CommitmentFilters) {
  const key = `report:summary:${commitmentFiltersToSearchParams(filters).toString()}`;
  return cachedPublicRead(key, async () => {
    const where = commitmentWhere(filters);
    const [groups, progress] = await Promise.all([
      db.commitment.groupBy({ by: ['status'], where, _count: { _all: true } }),
      db.commitment.aggregate({
        where: { ...where, progress: { not: null } },
        _avg: { progress: true },
        _count: { progress: true },
      }),
    ]);
    const counts = emptyStatusCounts();
    for (const group of groups) counts[group.status] = group._count._all;
    return {
      counts,
      total: Object.values(counts).reduce((sum, n) => sum + n, 0),
      /** The mean over `withFigure` commitments only: the rest have no progress figure at all. */
      progress: { average: progress._avg.progress, withFigure: progress._count.progress },
    };
  });
}
