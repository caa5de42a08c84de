import 'server-only';
// Counts of commitments per status, grouped in Postgres: the dashboard cards, the /commitments
// summary and the status charts all count the same way. A scope alone (everything, an agreement, a
// pillar) is read from the tally the triggers on "Commitment" keep (migration status_tally): a few
// hundred rows at most, so the counts an edit invalidates cost the same at 100 commitments or
// 10,000 (at 10,000 the three GROUP BYs of the overview took about 8 ms each per edit, under load).
// Any other filter (status, party, deadline, text) groups the matching commitments.
import { db } from '../db';
import { STATUSES, type Status } from '../domain/status';
import type { Prisma } from '../generated/prisma/client';
import type { CommitmentStatus } from '../generated/prisma/enums';
import type { CommitmentFilters } from '../validation/commitment-filters';
import { listAgreementsWithPillars } from './agreements';

export type StatusCounts = Record<Status, number>;

export function emptyStatusCounts(): StatusCounts {
  return Object.fromEntries(STATUSES.map((status) => [status, 0])) as StatusCounts;
}

export const totalOf = (counts: StatusCounts) => Object.values(counts).reduce((sum, n) => sum + n, 0);

/** Counts per status of the matching commitments, and their total. */
export async function countByStatus(where: Prisma.CommitmentWhereInput) {
  const groups = await db.commitment.groupBy({ by: ['status'], where, _count: { _all: true } });
  const counts = emptyStatusCounts();
  for (const group of groups) counts[group.status] = group._count._all;
  return { counts, total: totalOf(counts) };
}

/** Counts per status of the matching commitments for each pillar or agreement (null: none). */
export async function countStatusGroupedBy(
  key: 'pillarId' | 'agreementId',
  where: Prisma.CommitmentWhereInput,
): Promise<Map<number | null, StatusCounts>> {
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

/** An agreement and a pillar, by slug (a pillar's slug matches it in every agreement, as a filter does). */
export interface TallyScope {
  agreement?: string;
  pillar?: string;
}

interface TallyRow {
  agreementId: number;
  pillarId: number | null;
  status: CommitmentStatus;
  count: number;
}

/**
 * The tally's rows of a scope: public commitments per (agreement, pillar, status); with
 * `signedBy` (YYYY-MM-DD), only the agreements dated by that day, as a view of that day counts.
 */
function readTally(scope: TallyScope, signedBy: string | null = null): Promise<TallyRow[]> {
  const agreement = scope.agreement ?? null;
  const pillar = scope.pillar ?? null;
  return db.$queryRaw<TallyRow[]>`
    SELECT t."agreementId", NULLIF(t."pillarKey", 0) AS "pillarId", t."status", t."count"
    FROM "StatusTally" t
    JOIN "Agreement" a ON a."id" = t."agreementId"
    LEFT JOIN "Pillar" p ON p."id" = t."pillarKey"
    WHERE t."count" > 0
      AND (${agreement}::text IS NULL OR a."slug" = ${agreement}::text)
      AND (${pillar}::text IS NULL OR p."slug" = ${pillar}::text)
      AND (${signedBy}::date IS NULL OR a."signedOn" <= ${signedBy}::date)`;
}

/** Counts per status of a scope's public commitments, and their total (from the tally). */
export async function tallyByStatus(scope: TallyScope, options: { signedBy?: string } = {}) {
  const counts = emptyStatusCounts();
  for (const row of await readTally(scope, options.signedBy)) counts[row.status] += row.count;
  return { counts, total: totalOf(counts) };
}

/** Counts per status for each pillar or agreement (null: no pillar) of a scope (from the tally). */
export async function tallyGroupedBy(
  key: 'pillarId' | 'agreementId',
  scope: TallyScope,
): Promise<Map<number | null, StatusCounts>> {
  const map = new Map<number | null, StatusCounts>();
  for (const row of await readTally(scope)) {
    const counts = map.get(row[key]) ?? emptyStatusCounts();
    counts[row.status] += row.count;
    map.set(row[key], counts);
  }
  return map;
}

/** The filters narrow by agreement and pillar only (at the present), so the tally can count them. */
export function isScopeOnly(filters: CommitmentFilters): boolean {
  return (
    filters.statuses.length === 0 &&
    filters.parties.length === 0 &&
    !filters.deadlineFrom &&
    !filters.deadlineTo &&
    !filters.q &&
    filters.contested === undefined &&
    !filters.asOf &&
    !filters.snapshot
  );
}

/**
 * Counts per status for each pillar with matching commitments (agreement order, then pillar
 * order), and the counts of matches without a pillar (null when there are none).
 */
export async function countStatusPerPillar(
  where: Prisma.CommitmentWhereInput,
  /** Counts already made (a past view counts its own states); else grouped in Postgres. */
  counted?: Map<number | null, StatusCounts>,
) {
  const [counts, agreements] = await Promise.all([
    counted ?? countStatusGroupedBy('pillarId', where),
    listAgreementsWithPillars(),
  ]);
  const rows = agreements.flatMap((agreement) =>
    agreement.pillars
      .filter((pillar) => counts.has(pillar.id))
      .map((pillar) => ({ agreement, pillar, counts: counts.get(pillar.id)! })),
  );
  return { rows, withoutPillar: counts.get(null) ?? null };
}
