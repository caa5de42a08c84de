import { describe, expect, it } from 'vitest';
import { createPrismaClient } from '@/lib/prisma-client';
import { commitments as seedCommitments } from '@/prisma/seed/data';
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
});
