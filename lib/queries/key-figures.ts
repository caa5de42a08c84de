// What the overview adds to the status counts: the numeric commitments' latest values (each in its
// own unit and dated), how many commitments are contested, and when the data was last described
// and recorded.
import 'server-only';
import { cachedPublicRead } from '../cache/public-cache';
import { db } from '../db';
import { agreementTitleSelect } from './commitment-select';
import { commitmentScopeWhere, scopeCacheKey, type CommitmentScope } from './commitment-where';

/** Numeric commitments with a recorded value, the most recently described first. */
export function listKeyFigures(scope: CommitmentScope = {}, limit = 6) {
  return cachedPublicRead(`key-figures:${scopeCacheKey(scope)}:${limit}`, () =>
    db.commitment.findMany({
      where: { ...commitmentScopeWhere(scope), kind: 'NUMERIC_TARGET', currentValue: { not: null } },
      orderBy: [{ currentValueDate: { sort: 'desc', nulls: 'last' } }, { id: 'asc' }],
      take: limit,
      select: {
        slug: true,
        titleEn: true,
        titleVi: true,
        metricUnit: true,
        currentValue: true,
        currentValueDate: true,
        baselineValue: true,
        targetValue: true,
        headlineAssessor: true,
        agreement: agreementTitleSelect,
        citations: {
          orderBy: [{ position: 'asc' }, { id: 'asc' }],
          take: 1,
          select: { source: { select: { slug: true, publisher: true } } },
        },
      },
    }),
  );
}

export function countContested(scope: CommitmentScope = {}) {
  return cachedPublicRead(`contested:${scopeCacheKey(scope)}`, () =>
    db.commitment.count({ where: { ...commitmentScopeWhere(scope), contested: true } }),
  );
}

/**
 * The latest day a headline verdict describes, and the last time any assessment was recorded
 * (both read through indexes: the commitments table, and StatusUpdate's createdAt index).
 */
export function getVerdictStamp() {
  return cachedPublicRead('verdict-stamp', async () => {
    const [described, recorded] = await Promise.all([
      db.commitment.aggregate({ where: { archivedAt: null }, _max: { headlineAssessedOn: true } }),
      db.statusUpdate.findFirst({ orderBy: { createdAt: 'desc' }, select: { createdAt: true } }),
    ]);
    return { assessedOn: described._max.headlineAssessedOn, recordedAt: recorded?.createdAt ?? null };
  });
}
