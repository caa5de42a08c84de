// What the overview adds to the status counts: the numeric commitments' latest values (each in its
// own unit and dated), how many commitments are contested, and when the data was last described
// and recorded.
import 'server-only';
import { db } from '../db';
import { agreementTitleSelect } from './commitment-select';
import { commitmentScopeWhere, scopeCacheKey, type CommitmentScope } from './commitment-where';
import { cachedReadAt, inIdOrder, overlayState, pastViewOf, pastWhere, timeKey } from './at-time';
import type { TimeParams } from '../time/as-of';
import { scopeFilters } from '../validation/commitment-filters';
import type { Prisma } from '../generated/prisma/client';

const keyFigureSelect = {
  id: true,
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
} satisfies Prisma.CommitmentSelect;

/** Numeric commitments with a recorded value, the most recently described first. */
export function listKeyFigures(scope: CommitmentScope = {}, limit = 6) {
  return cachedReadAt(`key-figures:${scopeCacheKey(scope)}:${limit}`, scope, async () => {
    const view = await pastViewOf(scope);
    if (!view) {
      // Every value is kept with the day it describes (lib/commitments/verdict-state.ts), and a
      // figure without one could not say "as of when": read the dated ones, newest first, through
      // the currentValueDate index (not a scan of every commitment after each edit).
      return db.commitment.findMany({
        where: {
          ...commitmentScopeWhere(scope),
          kind: 'NUMERIC_TARGET',
          currentValue: { not: null },
          currentValueDate: { not: null },
        },
        orderBy: [{ currentValueDate: 'desc' }, { id: 'asc' }],
        take: limit,
        select: keyFigureSelect,
      });
    }
    // The values then: the numeric commitments with one, the most recently described first.
    const candidates = await db.commitment.findMany({
      where: {
        AND: [
          pastWhere(view, scopeFilters(scope), { state: (state) => state.currentValue !== null }),
          { kind: 'NUMERIC_TARGET' },
        ],
      },
      select: { id: true },
    });
    const ids = candidates
      .map((row) => view.states.get(row.id)!)
      .sort(
        (a, b) => (b.currentValueDate?.getTime() ?? 0) - (a.currentValueDate?.getTime() ?? 0) || a.id - b.id,
      )
      .slice(0, limit)
      .map((state) => state.id);
    const rows = await db.commitment.findMany({ where: { id: { in: ids } }, select: keyFigureSelect });
    return inIdOrder(ids, rows).map((row) => overlayState(row, view));
  });
}

export function countContested(scope: CommitmentScope = {}) {
  return cachedReadAt(`contested:${scopeCacheKey(scope)}`, scope, async () => {
    const view = await pastViewOf(scope);
    if (!view) return db.commitment.count({ where: { ...commitmentScopeWhere(scope), contested: true } });
    return db.commitment.count({ where: pastWhere(view, { ...scopeFilters(scope), contested: true }) });
  });
}

/**
 * The latest day a headline verdict describes, and the last time any assessment was recorded
 * (both read through indexes: the commitments table, and StatusUpdate's createdAt index).
 */
export function getVerdictStamp(time: TimeParams = {}) {
  return cachedReadAt(`verdict-stamp:${timeKey(time)}`, time, async () => {
    const view = await pastViewOf(time);
    if (view) {
      // The latest day a headline then described, and the moment the view reads records up to.
      let assessedOn: Date | null = null;
      for (const state of view.states.values()) {
        if (state.headlineAssessedOn && (!assessedOn || state.headlineAssessedOn > assessedOn))
          assessedOn = state.headlineAssessedOn;
      }
      return { assessedOn, recordedAt: view.point.recordedBy };
    }
    // The first row of an ordered read, not an aggregate: Prisma wraps _max in a subquery the
    // planner cannot answer from the index (a scan of every commitment, ~5 ms at 10,000).
    const [described, recorded] = await Promise.all([
      db.commitment.findFirst({
        where: { archivedAt: null, headlineAssessedOn: { not: null } },
        orderBy: { headlineAssessedOn: 'desc' },
        select: { headlineAssessedOn: true },
      }),
      db.statusUpdate.findFirst({ orderBy: { createdAt: 'desc' }, select: { createdAt: true } }),
    ]);
    return { assessedOn: described?.headlineAssessedOn ?? null, recordedAt: recorded?.createdAt ?? null };
  });
}
