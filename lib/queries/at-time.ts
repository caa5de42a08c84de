import 'server-only';
// Reads at a past point share these helpers: which commitments match a filter set then (their
// state then, not the row's), the row with its state then laid over it, and counts from the states.
// "Now" never comes here: it keeps reading the headline columns on the commitment rows.
import { cachedHistoryRead, cachedPublicRead } from '../cache/public-cache';
import { db } from '../db';
import { STATUSES, type Status } from '../domain/status';
import type { Prisma } from '../generated/prisma/client';
import type { TimeParams } from '../time/as-of';
import type { CommitmentFilters } from '../validation/commitment-filters';
import { commitmentWhere } from './commitment-where';
import { readStatesAt, type PastState } from './states-at';
import { isSettledPast, resolveTimePoint, type PastPoint } from './time-point';
import { emptyStatusCounts, totalOf, type StatusCounts } from './status-counts';

export interface PastView {
  point: PastPoint;
  states: Map<number, PastState>;
}

/**
 * cachedPublicRead for a read at the parameters' time: a settled past's (isSettledPast) is keyed by
 * the history version, which an edit dated today leaves alone, so the day's edits do not redo it.
 * Only for reads whose past branch takes every verdict from the view's states and, from the rows,
 * only what any other write changes with the history version (titles, agreements, pillars, dates).
 */
export async function cachedReadAt<T>(key: string, time: TimeParams, read: () => Promise<T>): Promise<T> {
  const point = await resolveTimePoint(time);
  return point.kind === 'past' && isSettledPast(point)
    ? cachedHistoryRead(key, read)
    : cachedPublicRead(key, read);
}

/** The past view the parameters name, or null for now (throws for an unknown snapshot). */
export async function pastViewOf(time: TimeParams): Promise<PastView | null> {
  const point = await resolveTimePoint(time);
  if (point.kind === 'now') return null;
  return { point, states: await readStatesAt(point) };
}

/** Cache-key part for the time of a filter set or scope. */
export const timeKey = (time: TimeParams) =>
  time.snapshot ? `s=${time.snapshot}` : time.asOf ? `d=${time.asOf}` : 'now';

const OPEN: ReadonlySet<Status> = new Set(STATUSES.filter((s) => s !== 'ACHIEVED' && s !== 'DISCONTINUED'));

/** "Existed at the point", in SQL: the same rule as readStatesAt's (lib/queries/states-at.ts). */
function existedAt(point: PastPoint): Prisma.CommitmentWhereInput {
  const agreement = { signedOn: { lte: new Date(`${point.asOf}T00:00:00Z`) } };
  if (!point.recordedBy) return { agreement, archivedAt: null };
  // Snapshots keep commitments archived after they were taken.
  return {
    agreement,
    createdAt: { lte: point.recordedBy },
    OR: [{ archivedAt: null }, { archivedAt: { gt: point.recordedBy } }],
  };
}

type StateOptions = { openOnly?: boolean; state?: (state: PastState) => boolean };

/** The filters on what does not change over time, on the rows (archived: decided by the states). */
function stableWhere(filters: CommitmentFilters): Prisma.CommitmentWhereInput {
  const { archivedAt: _archived, ...stable } = commitmentWhere({
    ...filters,
    statuses: [],
    contested: undefined,
  });
  return stable;
}

/** Whether a state then passes the filters on the verdict (status, contested, open). */
function keepsState(filters: CommitmentFilters, options: StateOptions) {
  return (state: PastState) =>
    (filters.statuses.length === 0 || filters.statuses.includes(state.status)) &&
    (filters.contested === undefined || state.contested === filters.contested) &&
    (!options.openOnly || OPEN.has(state.status)) &&
    (!options.state || options.state(state));
}

/**
 * The Prisma filter for the commitments matching `filters` at the view's point: the filters on
 * what does not change over time (agreement, pillar, party, deadline, words) on the rows, and
 * those on the verdict (status, contested, open) on the states then, as a list of ids — the
 * shorter one: those kept, or "existed then" minus those left out. Each id is a bind parameter,
 * and 10,000 of them cost the driver adapter about 100 ms; at a past point most states are kept.
 */
export function pastWhere(
  view: PastView,
  filters: CommitmentFilters,
  options: StateOptions = {},
): Prisma.CommitmentWhereInput {
  const stable = stableWhere(filters);
  const keeps = keepsState(filters, options);
  const kept: number[] = [];
  const left: number[] = [];
  for (const state of view.states.values()) (keeps(state) ? kept : left).push(state.id);
  if (kept.length <= left.length) return { AND: [stable, { id: { in: kept } }] };
  return {
    AND: [stable, existedAt(view.point), ...(left.length > 0 ? [{ id: { notIn: left } }] : [])],
  };
}

/**
 * Ids of the commitments matching `filters` at the view's point, by id (for counting). Without a
 * filter on the rows, the states alone answer: no query returning every id.
 */
export async function pastMatchingIds(view: PastView, filters: CommitmentFilters): Promise<number[]> {
  const stable = stableWhere(filters);
  if (Object.keys(stable).length > 0) return matchingIds(pastWhere(view, filters), [{ id: 'asc' }]);
  const keeps = keepsState(filters, {});
  const ids: number[] = [];
  for (const state of view.states.values()) if (keeps(state)) ids.push(state.id);
  return ids.sort((a, b) => a - b);
}

const OVERLAID = [
  'status',
  'progress',
  'currentValue',
  'currentValueDate',
  'headlineAssessor',
  'headlineAssessedOn',
  'contested',
] as const;

/** The row with its headline fields as they were at the point (only the fields it has). */
export function overlayState<T extends { id: number }>(row: T, view: PastView): T {
  const state = view.states.get(row.id);
  if (!state) return row;
  const out: Record<string, unknown> = { ...row };
  for (const key of OVERLAID) if (key in row) out[key] = state[key];
  return out as T;
}

/** Ids matching `where`, in `orderBy` order (one narrow query: ids only). */
export async function matchingIds(
  where: Prisma.CommitmentWhereInput,
  orderBy: Prisma.CommitmentOrderByWithRelationInput[],
): Promise<number[]> {
  const rows = await db.commitment.findMany({ where, orderBy, select: { id: true } });
  return rows.map((row) => row.id);
}

/** Counts per status, at the view's point, of these commitments. */
export function tallyStates(view: PastView, ids: Iterable<number>): { counts: StatusCounts; total: number } {
  const counts = emptyStatusCounts();
  for (const id of ids) {
    const state = view.states.get(id);
    if (state) counts[state.status] += 1;
  }
  return { counts, total: totalOf(counts) };
}

/** Counts per status for each pillar or agreement of these commitments (null: no pillar). */
export function tallyStatesBy(
  view: PastView,
  ids: Iterable<number>,
  key: 'pillarId' | 'agreementId',
): Map<number | null, StatusCounts> {
  const map = new Map<number | null, StatusCounts>();
  for (const id of ids) {
    const state = view.states.get(id);
    if (!state) continue;
    const group = state[key];
    const counts = map.get(group) ?? emptyStatusCounts();
    counts[state.status] += 1;
    map.set(group, counts);
  }
  return map;
}

/** Orders that depend on the verdict ("status") are sorted on the states then; others in Postgres. */
export function sortIdsAt(view: PastView, ids: number[], sort: CommitmentFilters['sort']): number[] {
  if (sort !== 'status') return ids;
  const rank = new Map(STATUSES.map((status, index) => [status, index]));
  return [...ids].sort(
    (a, b) => rank.get(view.states.get(a)!.status)! - rank.get(view.states.get(b)!.status)! || a - b,
  );
}

/** Rows fetched by id, returned in the ids' order. */
export function inIdOrder<T extends { id: number }>(ids: number[], rows: T[]): T[] {
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    return row ? [row] : [];
  });
}

/** Only assessments the point can see: described by its day and, for a snapshot, recorded by then. */
export function visibleAssessmentsWhere(point: PastPoint): Prisma.StatusUpdateWhereInput {
  return {
    assessedOn: { lte: new Date(`${point.asOf}T00:00:00Z`) },
    ...(point.recordedBy ? { createdAt: { lte: point.recordedBy } } : {}),
  };
}
