import 'server-only';
// Counts of commitments per status, grouped in Postgres: the dashboard cards, the /commitments
// summary and the status charts all count the same way.
import { db } from '../db';
import { STATUSES, type Status } from '../domain/status';
import type { Prisma } from '../generated/prisma/client';
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
