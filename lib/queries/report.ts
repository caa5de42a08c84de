// The briefing's headline figures, counted in Postgres over every commitment the filters match
// (the printed table is capped; the figures never are).
import 'server-only';
import { cachedPublicRead } from '../cache/public-cache';
import { db } from '../db';
import type { CommitmentFilters } from '../validation/commitment-filters';
import { commitmentWhere, filterCacheKey } from './commitment-where';
import { countByStatus } from './status-counts';
import { pastMatchingIds, pastViewOf, tallyStates } from './at-time';

export function summarizeForReport(filters: CommitmentFilters) {
  return cachedPublicRead(`report:summary:${filterCacheKey(filters)}`, async () => {
    const view = await pastViewOf(filters);
    if (view) {
      const ids = await pastMatchingIds(view, filters);
      const figures = ids.map((id) => view.states.get(id)!.progress).filter((p): p is number => p !== null);
      return {
        ...tallyStates(view, ids),
        progress: {
          average: figures.length > 0 ? figures.reduce((sum, n) => sum + n, 0) / figures.length : null,
          withFigure: figures.length,
        },
      };
    }
    const where = commitmentWhere(filters);
    const [{ counts, total }, progress] = await Promise.all([
      countByStatus(where),
      db.commitment.aggregate({
        where: { ...where, progress: { not: null } },
        _avg: { progress: true },
        _count: { progress: true },
      }),
    ]);
    return {
      counts,
      total,
      /** The mean over `withFigure` commitments only: the rest have no progress figure at all. */
      progress: { average: progress._avg.progress, withFigure: progress._count.progress },
    };
  });
}
