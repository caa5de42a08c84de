// The overview's counts come from "StatusTally", which triggers on "Commitment" keep (migration
// status_tally). Whatever writes the commitments (the editor, the import, the seed, a script, a
// foreign key's ON DELETE), the tally must equal a count of the rows themselves.
import { afterAll, describe, expect, it, vi } from 'vitest';

// Outside a request Next's headers() throws; the public cache then reads the data version from
// Postgres, as it does in scripts.
vi.mock('next/headers', () => ({
  headers: async () => {
    throw new Error('outside a request');
  },
}));
import type { Actor } from '@/lib/auth';
import { bumpDataVersion } from '@/lib/cache/public-cache';
import { updateCommitmentStatus } from '@/lib/commitments/update-status';
import { createPrismaClient } from '@/lib/prisma-client';
import { countCommitmentsByStatus } from '@/lib/queries/commitments';
import { countStatusByAgreement, countStatusByPillar } from '@/lib/queries/dashboard';
import { freshCommitment } from '../support/content-fixtures';
import { makeUser } from '../support/auth-fixtures';

const db = createPrismaClient(process.env.DATABASE_URL!);
afterAll(() => db.$disconnect());

type Row = { agreementId: number; pillarKey: number; status: string; count: number };

/** The tally's non-zero rows, and the same counted from the commitments, in one order. */
async function tallyAndRecount() {
  const tally = await db.$queryRaw<Row[]>`
    SELECT "agreementId", "pillarKey", "status"::text, "count" FROM "StatusTally"
    WHERE "count" <> 0 ORDER BY 1, 2, 3`;
  const recount = await db.$queryRaw<Row[]>`
    SELECT "agreementId", COALESCE("pillarId", 0) AS "pillarKey", "status"::text, count(*)::int AS "count"
    FROM "Commitment" WHERE "archivedAt" IS NULL GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`;
  return { tally, recount };
}

async function expectTallyTrue() {
  const { tally, recount } = await tallyAndRecount();
  expect(recount.length).toBeGreaterThan(0);
  expect(tally).toEqual(recount);
}

describe('the status tally', () => {
  it('starts equal to the seeded commitments', async () => {
    await expectTallyTrue();
  });

  it('follows every kind of write to a commitment', async () => {
    const fixture = await freshCommitment(db);
    await expectTallyTrue();

    await db.commitment.update({ where: { id: fixture.id }, data: { status: 'AT_RISK' } });
    await expectTallyTrue();

    // A change that is not counted (a title) leaves the tally as it was.
    const before = await tallyAndRecount();
    await db.commitment.update({ where: { id: fixture.id }, data: { titleEn: 'Renamed fixture' } });
    expect((await tallyAndRecount()).tally).toEqual(before.tally);

    const otherPillar = await db.pillar.findFirstOrThrow({
      where: { agreementId: fixture.agreementId, id: { not: fixture.pillarId! } },
      select: { id: true },
    });
    await db.commitment.update({ where: { id: fixture.id }, data: { pillarId: otherPillar.id } });
    await expectTallyTrue();
    await db.commitment.update({ where: { id: fixture.id }, data: { pillarId: null } });
    await expectTallyTrue();

    await db.commitment.update({ where: { id: fixture.id }, data: { archivedAt: new Date() } });
    await expectTallyTrue();
    await db.commitment.update({ where: { id: fixture.id }, data: { archivedAt: null, status: 'ACHIEVED' } });
    await expectTallyTrue();

    // One statement changing many rows at once, in both directions.
    await db.commitment.updateMany({
      where: { agreementId: fixture.agreementId, status: { not: 'STALLED' } },
      data: { status: 'STALLED' },
    });
    await expectTallyTrue();

    // A pillar deleted: its commitments lose their pillar through the foreign key (ON DELETE SET NULL).
    const pillar = await db.pillar.create({
      data: {
        agreementId: fixture.agreementId,
        slug: 'tally-pillar',
        nameEn: 'Tally pillar',
        nameVi: 'Trụ cột kiểm đếm',
        position: 99,
      },
    });
    await db.commitment.update({ where: { id: fixture.id }, data: { pillarId: pillar.id } });
    await expectTallyTrue();
    await db.pillar.delete({ where: { id: pillar.id } });
    expect((await db.commitment.findUniqueOrThrow({ where: { id: fixture.id } })).pillarId).toBeNull();
    await expectTallyTrue();

    await db.citation.deleteMany({ where: { commitmentId: fixture.id } });
    await db.milestone.deleteMany({ where: { commitmentId: fixture.id } });
    await db.commitment.delete({ where: { id: fixture.id } });
    await expectTallyTrue();
  });

  it('stays true when editors change statuses at once, through the mutation pipeline', async () => {
    const [editor] = await Promise.all([makeUser(db)]);
    const actor: Actor = {
      kind: 'user',
      user: { id: editor!.id, email: editor!.email, name: editor!.name, role: editor!.role },
    };
    const targets = await db.commitment.findMany({
      where: { archivedAt: null },
      select: { slug: true, version: true },
      orderBy: { id: 'asc' },
      take: 12,
    });
    const statuses = ['IN_PROGRESS', 'AT_RISK', 'STALLED', 'ACHIEVED'] as const;
    const results = await Promise.all(
      targets.map((target, index) =>
        updateCommitmentStatus.run(
          {
            slug: target.slug,
            status: statuses[index % statuses.length],
            reason: `tally check ${index}`,
            version: target.version,
          },
          { actor, ip: null, via: 'api' },
        ),
      ),
    );
    expect(results.map((result) => result.kind)).toEqual(targets.map(() => 'ok'));
    await expectTallyTrue();
  });

  it('is what the overview counts, and an edit shows in them', async () => {
    const before = await countCommitmentsByStatus();
    const target = await db.commitment.findFirstOrThrow({
      where: { archivedAt: null, status: { not: 'DISCONTINUED' } },
      select: { id: true, status: true, agreementId: true },
    });
    await db.$transaction(async (tx) => {
      await tx.commitment.update({ where: { id: target.id }, data: { status: 'DISCONTINUED' } });
      await bumpDataVersion(tx);
    });
    const after = await countCommitmentsByStatus();
    expect(after.total).toBe(before.total);
    expect(after.counts.DISCONTINUED).toBe(before.counts.DISCONTINUED + 1);
    expect(after.counts[target.status]).toBe(before.counts[target.status] - 1);

    const rows = await db.commitment.findMany({ where: { archivedAt: null }, select: { agreementId: true } });
    const byAgreement = await countStatusByAgreement();
    for (const agreement of byAgreement) {
      expect(agreement.total, agreement.slug).toBe(
        rows.filter((row) => row.agreementId === agreement.id).length,
      );
    }
    const byPillar = await countStatusByPillar();
    const pillared = await db.commitment.count({ where: { archivedAt: null, pillarId: { not: null } } });
    expect(byPillar.reduce((sum, row) => sum + Object.values(row.counts).reduce((a, b) => a + b, 0), 0)).toBe(
      pillared,
    );
  });
});
