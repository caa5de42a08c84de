// A view of a settled past day (two or more days ago) is cached by the history version, which an
// assessment dated today leaves alone: the day's stream of edits no longer recomputes it. Any
// write that can change such a view must still show in it at once.
import { describe, expect, it, vi } from 'vitest';

// Outside a request Next's headers() throws; the public cache then reads the data version from
// Postgres, as it does in scripts.
vi.mock('next/headers', () => ({
  headers: async () => {
    throw new Error('outside a request');
  },
}));
import type { Actor } from '@/lib/auth';
import { bumpDataVersion } from '@/lib/cache/public-cache';
import { setCommitmentArchived } from '@/lib/commitments/set-archived';
import { updateCommitmentStatus } from '@/lib/commitments/update-status';
import { db } from '@/lib/db';
import { countCommitmentsByStatus } from '@/lib/queries/commitments';
import {
  countStatusByAgreement,
  countStatusByPillar,
  listLatestUpdates,
  listOpenDeadlines,
  listVagueDeadlines,
} from '@/lib/queries/dashboard';
import { countContested, getVerdictStamp, listKeyFigures } from '@/lib/queries/key-figures';
import { readStatusOverTime } from '@/lib/queries/status-over-time';
import { isSettledPast, type PastPoint } from '@/lib/queries/time-point';
import { makeUser } from '../support/auth-fixtures';
import { freshCommitment } from '../support/content-fixtures';

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
/** The public and history versions (0 until first bumped). */
async function versions() {
  const rows = await db.dataVersion.findMany({ select: { scope: true, version: true } });
  const of = (scope: string) => rows.find((row) => row.scope === scope)?.version ?? 0;
  return { public: of('public'), history: of('history') };
}

/** A new commitment with no history, announced as the pipeline's create would (both versions). */
async function newCommitment() {
  const fixture = await freshCommitment(db);
  await db.$transaction((tx) => bumpDataVersion(tx));
  return fixture;
}

/** Every other read of the overview at a past day. */
const pastOverview = (past: { asOf: string }) =>
  Promise.all([
    countStatusByPillar(past),
    countStatusByAgreement(past),
    listOpenDeadlines(past),
    listVagueDeadlines(past),
    listLatestUpdates(past),
    listKeyFigures(past),
    countContested(past),
    getVerdictStamp(past),
  ]);

async function actorOf(role: 'EDITOR' | 'ADMIN'): Promise<Actor> {
  const user = await makeUser(db, { role });
  return { kind: 'user', user: { id: user.id, email: user.email, name: user.name, role: user.role } };
}

async function assess(actor: Actor, slug: string, status: 'AT_RISK' | 'ACHIEVED', assessedOn?: string) {
  const { version } = await db.commitment.findUniqueOrThrow({ where: { slug }, select: { version: true } });
  const result = await updateCommitmentStatus.run(
    { slug, status, reason: `settled-past check ${status}`, version, ...(assessedOn ? { assessedOn } : {}) },
    { actor, ip: null, via: 'api' },
  );
  expect(result.kind).toBe('ok');
}

describe('views of a settled past', () => {
  it('are settled from two days back, and snapshots ten minutes after they were taken', () => {
    const now = new Date('2026-12-07T00:30:00Z');
    const day = (asOf: string): PastPoint => ({
      kind: 'past',
      asOf,
      recordedBy: null,
      snapshot: null,
      key: asOf,
    });
    expect(isSettledPast(day('2026-12-05'), now)).toBe(true);
    expect(isSettledPast(day('2026-12-06'), now)).toBe(false);
    expect(isSettledPast(day('2026-12-07'), now)).toBe(false);
    const snapshot = (takenAt: string): PastPoint => ({
      ...day('2026-12-07'),
      recordedBy: new Date(takenAt),
    });
    expect(isSettledPast(snapshot('2026-12-07T00:15:00Z'), now)).toBe(true);
    expect(isSettledPast(snapshot('2026-12-07T00:25:00Z'), now)).toBe(false);
  });

  it('stay as they were through an edit dated today, which the present shows', async () => {
    const editor = await actorOf('EDITOR');
    const fixture = await newCommitment();
    const past = { asOf: daysAgo(10) };
    const [countsBefore, trendBefore, overviewBefore, nowBefore, versionsBefore] = await Promise.all([
      countCommitmentsByStatus(past),
      readStatusOverTime(past),
      pastOverview(past),
      countCommitmentsByStatus(),
      versions(),
    ]);

    await assess(editor, fixture.slug, 'AT_RISK');

    const versionsAfter = await versions();
    expect(versionsAfter.public).toBe(versionsBefore.public + 1);
    expect(versionsAfter.history).toBe(versionsBefore.history);
    expect(await countCommitmentsByStatus(past)).toEqual(countsBefore);
    expect(await readStatusOverTime(past)).toEqual(trendBefore);
    expect(await pastOverview(past)).toEqual(overviewBefore);
    const nowAfter = await countCommitmentsByStatus();
    expect(nowAfter.counts.AT_RISK).toBe(nowBefore.counts.AT_RISK + 1);
  });

  it('show at once an assessment dated in their past, and a commitment archived', async () => {
    const editor = await actorOf('EDITOR');
    const admin = await actorOf('ADMIN');
    const fixture = await newCommitment();
    const past = { asOf: daysAgo(10) };
    const before = await countCommitmentsByStatus(past);
    const trendBefore = await readStatusOverTime(past);
    const historyBefore = (await versions()).history;

    const byAgreementBefore = await countStatusByAgreement(past);
    await assess(editor, fixture.slug, 'ACHIEVED', daysAgo(20));
    expect((await versions()).history).toBe(historyBefore + 1);
    const [latest] = await listLatestUpdates(past);
    expect(latest!.reason).toBe('settled-past check ACHIEVED');
    const achievedIn = async (rows: typeof byAgreementBefore) =>
      rows.find((row) => row.id === fixture.agreementId)!.counts.ACHIEVED;
    expect(await achievedIn(await countStatusByAgreement(past))).toBe(
      (await achievedIn(byAgreementBefore)) + 1,
    );
    const backdated = await countCommitmentsByStatus(past);
    expect(backdated.total).toBe(before.total);
    expect(backdated.counts.ACHIEVED).toBe(before.counts.ACHIEVED + 1);
    expect(backdated.counts.NOT_STARTED).toBe(before.counts.NOT_STARTED - 1);
    // Status over time lags an edit by about one read (cachedHistoryReadWithLag), never more.
    await vi.waitFor(async () => {
      const trendAfter = await readStatusOverTime(past);
      expect(trendAfter.at(-1)!.counts.ACHIEVED).toBe(trendBefore.at(-1)!.counts.ACHIEVED + 1);
    });

    const archived = await setCommitmentArchived.run(
      { slug: fixture.slug, archive: true },
      { actor: admin, ip: null, via: 'api' },
    );
    expect(archived.kind).toBe('ok');
    const afterArchive = await countCommitmentsByStatus(past);
    expect(afterArchive.total).toBe(before.total - 1);
    expect(afterArchive.counts.ACHIEVED).toBe(before.counts.ACHIEVED);
  });

  it("draw today's point of status over time as today's counts, an edit included at once", async () => {
    const editor = await actorOf('EDITOR');
    const fixture = await newCommitment();
    const before = await readStatusOverTime({});
    await assess(editor, fixture.slug, 'AT_RISK');
    const counts = await countCommitmentsByStatus();
    // At once from the second day of a month; on its first the whole chart lags an edit a moment.
    await vi.waitFor(async () => {
      const after = await readStatusOverTime({});
      expect(after.at(-1)).toEqual({ date: daysAgo(0), counts: counts.counts });
      expect(after.slice(0, -1)).toEqual(before.slice(0, -1));
    });
  });
});
