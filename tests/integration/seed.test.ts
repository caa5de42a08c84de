import { describe, expect, it } from 'vitest';
import { createPrismaClient } from '@/lib/prisma-client';
import { commitments as seedCommitments, sources as seedSources } from '@/prisma/seed/data';
import { readSourceText, seedDatabase, SYSTEM_AUTHOR } from '@/prisma/seed/seed';

const db = createPrismaClient(process.env.DATABASE_URL!);

describe('seeded database', () => {
  it('holds every seed commitment with its citations at the right offsets', async () => {
    const rows = await db.commitment.findMany({
      select: {
        slug: true,
        citations: {
          select: {
            quote: true,
            startOffset: true,
            endOffset: true,
            source: { select: { fileName: true, text: true } },
          },
        },
      },
    });
    expect(rows.map((row) => row.slug).sort()).toEqual(seedCommitments.map((c) => c.slug).sort());
    for (const row of rows) {
      expect(row.citations.length, row.slug).toBeGreaterThan(0);
      for (const citation of row.citations) {
        // Stored text is the file's text, and the offsets point at the quote in both.
        expect(citation.source.text).toBe(readSourceText(citation.source.fileName));
        expect(citation.source.text.slice(citation.startOffset, citation.endOffset), row.slug).toBe(
          citation.quote,
        );
      }
    }
  });

  it('starts each commitment with one system history entry matching its current status', async () => {
    const rows = await db.commitment.findMany({
      select: {
        slug: true,
        status: true,
        version: true,
        updates: { select: { toStatus: true, authorName: true, reason: true, version: true } },
      },
    });
    for (const row of rows) {
      expect(row.updates, row.slug).toHaveLength(1);
      const [first] = row.updates;
      expect(first).toMatchObject({ toStatus: row.status, authorName: SYSTEM_AUTHOR, version: row.version });
      expect(first!.reason.length).toBeGreaterThan(20);
    }
  });

  it('dates every seeded assessment on its source’s day, as the joint account it reports, with that source as evidence', async () => {
    const seedingDay = new Date().toISOString().slice(0, 10);
    const rows = await db.statusUpdate.findMany({
      where: { authorName: SYSTEM_AUTHOR },
      select: {
        assessedOn: true,
        assessor: true,
        commitment: {
          select: { slug: true, headlineAssessor: true, headlineAssessedOn: true, contested: true },
        },
        evidence: { select: { title: true, quote: true, source: { select: { slug: true } } } },
      },
    });
    expect(rows).toHaveLength(seedCommitments.length);
    for (const row of rows) {
      const seed = seedCommitments.find((c) => c.slug === row.commitment.slug)!;
      const source = seedSources.find((candidate) => candidate.slug === seed.quotes[0]!.source)!;
      const day = row.assessedOn.toISOString().slice(0, 10);
      expect(day, row.commitment.slug).toBe(source.reportsOn);
      expect(day, `${row.commitment.slug} carries the seeding day`).not.toBe(seedingDay);
      expect(row.assessor).toBe('JOINT');
      expect(row.evidence).toHaveLength(1);
      expect(row.evidence[0]!.source?.slug).toBe(source.slug);
      expect(seed.quotes.map((quote) => quote.quote)).toContain(row.evidence[0]!.quote);
      expect(row.commitment).toMatchObject({ headlineAssessor: 'JOINT', contested: false });
      expect(row.commitment.headlineAssessedOn?.toISOString().slice(0, 10)).toBe(source.reportsOn);
    }
    const known = { '2025-10-29': 0, '2025-10-31': 0, '2025-04-10': 0 } as Record<string, number>;
    for (const row of rows) known[row.assessedOn.toISOString().slice(0, 10)]! += 1;
    expect(Object.values(known).every((count) => count > 0)).toBe(true);
  });

  it('keeps the POA’s ~95 % as a dated value in its unit, not as progress', async () => {
    const poa = await db.commitment.findFirstOrThrow({
      where: { metricUnit: '% of initiatives completed or in progress' },
      select: { progress: true, currentValue: true, currentValueDate: true },
    });
    expect(poa.progress).toBeNull();
    expect(poa.currentValue).toBe(95);
    expect(poa.currentValueDate?.toISOString().slice(0, 10)).toBe('2025-04-10');
  });

  it('brings a corrected seed target to untouched commitments only', async () => {
    const poa = { metricUnit: '% of initiatives completed or in progress' };
    // As an earlier seed left it: a target the source never stated.
    await db.commitment.updateMany({ where: poa, data: { targetValue: 100 } });
    const edited = await db.commitment.findFirstOrThrow({
      where: { kind: 'NUMERIC_TARGET', NOT: poa },
      select: { id: true, targetValue: true },
    });
    await db.commitment.update({
      where: { id: edited.id },
      data: { targetValue: 12345, version: { increment: 1 } },
    });

    await seedDatabase(db);

    expect((await db.commitment.findFirstOrThrow({ where: poa })).targetValue).toBeNull();
    expect((await db.commitment.findUniqueOrThrow({ where: { id: edited.id } })).targetValue).toBe(12345);
  });

  it('is idempotent and never overwrites an editor’s change', async () => {
    const target = await db.commitment.findFirstOrThrow({ select: { id: true, slug: true } });
    await db.commitment.update({
      where: { id: target.id },
      data: { status: 'AT_RISK', progress: 42, version: { increment: 1 } },
    });
    const before = {
      commitments: await db.commitment.count(),
      updates: await db.statusUpdate.count(),
      citations: await db.citation.count(),
    };

    const result = await seedDatabase(db);

    expect(result.created).toBe(0);
    expect({
      commitments: await db.commitment.count(),
      updates: await db.statusUpdate.count(),
      citations: await db.citation.count(),
    }).toEqual(before);
    expect(
      await db.commitment.findUniqueOrThrow({
        where: { id: target.id },
        select: { status: true, progress: true },
      }),
    ).toEqual({ status: 'AT_RISK', progress: 42 });
  });

  it('announces commitments it adds to every cache, views of a settled past included', async () => {
    const versions = async () =>
      Object.fromEntries(
        (await db.dataVersion.findMany({ select: { scope: true, version: true } })).map((row) => [
          row.scope,
          row.version,
        ]),
      );
    const removed = await db.commitment.findFirstOrThrow({ orderBy: { id: 'asc' }, select: { slug: true } });
    await db.commitment.delete({ where: { slug: removed.slug } });
    const before = await versions();

    const result = await seedDatabase(db);

    expect(result.created).toBe(1);
    const after = await versions();
    expect(after.public).toBe((before.public ?? 0) + 1);
    // Its seeded assessment is dated in the past, so a settled past view must be recomputed.
    expect(after.history).toBe((before.history ?? 0) + 1);
  });
});
