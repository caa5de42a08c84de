// Whose verdict the headline is, when verdicts disagree, and what a back-dated verdict changes —
// through the same operation the editor form and the API run, on real Postgres.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/auth';
import { updateCommitmentStatus } from '@/lib/commitments/update-status';
import { db } from '@/lib/db';
import { makeUser } from '../support/auth-fixtures';
import { freshCommitment } from '../support/content-fixtures';

let actor: Actor;

beforeAll(async () => {
  const user = await makeUser(db);
  actor = { kind: 'user', user: { id: user.id, email: user.email, name: user.name, role: user.role } };
});

async function record(slug: string, fields: Record<string, unknown>) {
  const { version } = await db.commitment.findUniqueOrThrow({ where: { slug }, select: { version: true } });
  return updateCommitmentStatus.run(
    { slug, reason: 'test verdict', version, ...fields },
    { actor, ip: null, via: 'api' },
  );
}

const row = (slug: string) =>
  db.commitment.findUniqueOrThrow({
    where: { slug },
    select: {
      status: true,
      progress: true,
      headlineAssessor: true,
      headlineAssessedOn: true,
      contested: true,
    },
  });
const day = (date: Date | null) => date?.toISOString().slice(0, 10);

describe('assessments', () => {
  it('marks a commitment contested when a UK verdict disagrees, and keeps the independent one as headline', async () => {
    const { slug } = await freshCommitment(db);
    expect(await record(slug, { status: 'IN_PROGRESS', assessedOn: '2026-01-15' })).toMatchObject({
      kind: 'ok',
    });
    const uk = await record(slug, {
      status: 'ACHIEVED',
      assessor: 'UK',
      assessorName: 'Department for Education',
      assessedOn: '2026-03-31',
    });
    expect(uk).toMatchObject({ kind: 'ok' });
    const after = await row(slug);
    expect(after).toMatchObject({ status: 'IN_PROGRESS', headlineAssessor: 'INDEPENDENT', contested: true });
    expect(day(after.headlineAssessedOn)).toBe('2026-01-15');
    const stored = await db.statusUpdate.findFirstOrThrow({
      where: { commitment: { slug }, assessor: 'UK' },
      select: { assessorName: true, assessedOn: true, createdAt: true },
    });
    expect(stored.assessorName).toBe('Department for Education');
    expect(day(stored.assessedOn)).toBe('2026-03-31');
    // "Recorded" is the server's clock, not the day described.
    expect(day(stored.createdAt)).toBe(new Date().toISOString().slice(0, 10));

    // The UK then agrees: no longer contested.
    await record(slug, { status: 'IN_PROGRESS', assessor: 'UK', assessedOn: '2026-04-30' });
    expect((await row(slug)).contested).toBe(false);
  });

  it('does not let a later-recorded but earlier-dated verdict replace a later-dated one', async () => {
    const { slug } = await freshCommitment(db);
    await record(slug, { status: 'AT_RISK', progress: 40, assessedOn: '2026-05-01' });
    await record(slug, { status: 'ACHIEVED', progress: 100, assessedOn: '2026-02-01' });
    expect(await row(slug)).toMatchObject({ status: 'AT_RISK', progress: 40, contested: false });
    expect(day((await row(slug)).headlineAssessedOn)).toBe('2026-05-01');
    // Both are kept in the history.
    expect(await db.statusUpdate.count({ where: { commitment: { slug }, assessor: 'INDEPENDENT' } })).toBe(2);
  });

  it('without an independent verdict, heads with the most recent verdict of any assessor', async () => {
    const { slug } = await freshCommitment(db);
    await record(slug, { status: 'IN_PROGRESS', assessor: 'VIET_NAM', assessedOn: '2026-02-01' });
    await record(slug, { status: 'STALLED', assessor: 'UK', assessedOn: '2026-01-01' });
    expect(await row(slug)).toMatchObject({
      status: 'IN_PROGRESS',
      headlineAssessor: 'VIET_NAM',
      contested: true,
    });
  });

  it('carries forward an assessor’s own figures when omitted, never another assessor’s', async () => {
    const { slug } = await freshCommitment(db);
    await record(slug, { status: 'IN_PROGRESS', progress: 30, assessedOn: '2026-01-01' });
    await record(slug, { status: 'IN_PROGRESS', assessor: 'UK', assessedOn: '2026-01-02' });
    await record(slug, { status: 'AT_RISK', assessedOn: '2026-01-03' });
    const entries = await db.statusUpdate.findMany({
      where: { commitment: { slug }, version: { gt: 1 } },
      orderBy: { version: 'asc' },
      select: { assessor: true, progress: true },
    });
    expect(entries).toEqual([
      { assessor: 'INDEPENDENT', progress: 30 },
      { assessor: 'UK', progress: null },
      { assessor: 'INDEPENDENT', progress: 30 },
    ]);
  });

  it('stamps the methodology version in force', async () => {
    const { slug } = await freshCommitment(db);
    const latest = (await db.methodologyVersion.aggregate({ _max: { version: true } }))._max.version ?? 1;
    await db.methodologyVersion.create({ data: { version: latest + 1, definitions: {} } });
    await record(slug, { status: 'IN_PROGRESS' });
    const entry = await db.statusUpdate.findFirstOrThrow({
      where: { commitment: { slug } },
      orderBy: { version: 'desc' },
      select: { methodologyVersion: true },
    });
    expect(entry.methodologyVersion).toBe(latest + 1);
  });

  it('refuses a day before the agreement’s date or after today, naming the field and saving nothing', async () => {
    const { slug } = await freshCommitment(db);
    const before = await db.statusUpdate.count({ where: { commitment: { slug } } });
    expect(await record(slug, { status: 'IN_PROGRESS', assessedOn: '2001-01-01' })).toEqual({
      kind: 'invalid',
      errors: { assessedOn: 'assessment.errors.assessedOnTooEarly' },
    });
    const inThreeDays = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
    expect(await record(slug, { status: 'IN_PROGRESS', assessedOn: inThreeDays })).toEqual({
      kind: 'invalid',
      errors: { assessedOn: 'assessment.errors.assessedOnFuture' },
    });
    expect(await record(slug, { status: 'IN_PROGRESS', assessor: 'MARS' })).toEqual({
      kind: 'invalid',
      errors: { assessor: 'assessment.errors.assessor' },
    });
    expect(
      await record(slug, { status: 'IN_PROGRESS', evidence: [{ title: 'x', url: 'javascript:alert(1)' }] }),
    ).toEqual({ kind: 'invalid', errors: { 'evidence.0.url': 'editor.errors.evidenceUrl' } });
    expect(await db.statusUpdate.count({ where: { commitment: { slug } } })).toBe(before);
  });
});
