// The overview's "verdicts describe up to …, last recorded …" line (the latest day a current
// headline describes, and the latest moment an assessment was recorded) and its key figures.
import { describe, expect, it, vi } from 'vitest';

// Outside a request Next's headers() throws; the public cache then reads the data version from
// Postgres, as it does in scripts.
vi.mock('next/headers', () => ({
  headers: async () => {
    throw new Error('outside a request');
  },
}));
import type { Actor } from '@/lib/auth';
import { updateCommitmentStatus } from '@/lib/commitments/update-status';
import { db } from '@/lib/db';
import { getVerdictStamp, listKeyFigures } from '@/lib/queries/key-figures';
import { makeUser } from '../support/auth-fixtures';

const dayOf = (date: Date | null | undefined) => date?.toISOString().slice(0, 10) ?? null;

describe('the verdict stamp', () => {
  it('names the latest day a public headline describes, archived commitments left out', async () => {
    const rows = await db.commitment.findMany({ select: { headlineAssessedOn: true, archivedAt: true } });
    const latest =
      rows
        .filter((row) => row.archivedAt === null && row.headlineAssessedOn)
        .map((row) => dayOf(row.headlineAssessedOn)!)
        .sort()
        .at(-1) ?? null;
    expect(dayOf((await getVerdictStamp()).assessedOn)).toBe(latest);

    // An editor's verdict dated today moves it to today, and the recorded moment to that write.
    const user = await makeUser(db);
    const actor: Actor = {
      kind: 'user',
      user: { id: user.id, email: user.email, name: user.name, role: user.role },
    };
    const target = await db.commitment.findFirstOrThrow({
      where: { archivedAt: null },
      select: { slug: true, version: true },
    });
    const result = await updateCommitmentStatus.run(
      { slug: target.slug, status: 'IN_PROGRESS', reason: 'stamp check', version: target.version },
      { actor, ip: null, via: 'api' },
    );
    expect(result.kind).toBe('ok');
    const recorded = await db.statusUpdate.findFirstOrThrow({ orderBy: { createdAt: 'desc' } });
    const stamp = await getVerdictStamp();
    expect(dayOf(stamp.assessedOn)).toBe(new Date().toISOString().slice(0, 10));
    expect(stamp.recordedAt).toEqual(recorded.createdAt);
  });

  it('lists as key figures the latest dated values of public numeric commitments, newest first', async () => {
    const rows = await db.commitment.findMany({
      where: { archivedAt: null, kind: 'NUMERIC_TARGET', currentValue: { not: null } },
      select: { slug: true, currentValueDate: true },
    });
    expect(rows.length).toBeGreaterThan(0);
    const expected = rows
      .filter((row) => row.currentValueDate)
      .sort((a, b) => b.currentValueDate!.getTime() - a.currentValueDate!.getTime())
      .slice(0, 6);
    const figures = await listKeyFigures();
    expect(figures.map((figure) => dayOf(figure.currentValueDate))).toEqual(
      expected.map((row) => dayOf(row.currentValueDate)),
    );
    expect(figures.every((figure) => figure.currentValue !== null)).toBe(true);
  });
});
