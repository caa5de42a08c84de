// The tracker at a past date and in a snapshot, through the real routes on real Postgres: what a
// later assessment may and may not change, and how bad dates and unknown snapshots are refused.
import { vi } from 'vitest';

// Outside a request there is no proxy header: currentDataVersion() then reads Postgres itself.
vi.mock('next/headers', () => ({
  headers: async () => {
    throw new Error('outside a request');
  },
}));
import { NextRequest } from 'next/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { GET as listApi } from '@/app/api/commitments/route';
import { GET as oneApi } from '@/app/api/commitments/[slug]/route';
import { GET as csvExport } from '@/app/api/export/commitments.csv/route';
import { GET as jsonExport } from '@/app/api/export/commitments.json/route';
import { GET as chart } from '@/app/api/charts/[file]/route';
import type { Actor } from '@/lib/auth';
import { updateCommitmentStatus } from '@/lib/commitments/update-status';
import { db } from '@/lib/db';
import { createSnapshot } from '@/lib/snapshots/create';
import { makeUser } from '../support/auth-fixtures';
import { freshCommitment } from '../support/content-fixtures';

let editor: Actor;
let admin: Actor;

beforeAll(async () => {
  const user = await makeUser(db);
  editor = { kind: 'user', user: { id: user.id, email: user.email, name: user.name, role: user.role } };
  const boss = await makeUser(db, { role: 'ADMIN' });
  admin = { kind: 'user', user: { id: boss.id, email: boss.email, name: boss.name, role: boss.role } };
});

const request = (path: string) => new NextRequest(`http://localhost${path}`);
const today = () => new Date().toISOString().slice(0, 10);
const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);

async function record(slug: string, fields: Record<string, unknown>) {
  const { version } = await db.commitment.findUniqueOrThrow({ where: { slug }, select: { version: true } });
  const result = await updateCommitmentStatus.run(
    { slug, reason: 'test verdict', version, ...fields },
    { actor: editor, ip: null, via: 'api' },
  );
  expect(result).toMatchObject({ kind: 'ok' });
}

async function statusIn(path: string, slug: string) {
  const response = await oneApi(request(path), { params: Promise.resolve({ slug }) });
  expect(response.status).toBe(200);
  const body = (await response.json()) as { status: string; assessments: unknown[] };
  return body;
}

describe('the tracker at a past date', () => {
  it('an assessment recorded today does not change asOf=yesterday', async () => {
    const { slug } = await freshCommitment(db);
    await record(slug, { status: 'IN_PROGRESS', progress: 20, assessedOn: daysAgo(10) });
    const yesterday = daysAgo(1);
    const before = await statusIn(`/api/commitments/${slug}?asOf=${yesterday}`, slug);
    const csvBefore = await (
      await csvExport(request(`/api/export/commitments.csv?asOf=${yesterday}`))
    ).text();

    await record(slug, { status: 'ACHIEVED', progress: 100, assessedOn: today() });

    const now = await statusIn(`/api/commitments/${slug}`, slug);
    expect(now.status).toBe('ACHIEVED');
    const after = await statusIn(`/api/commitments/${slug}?asOf=${yesterday}`, slug);
    expect(after.status).toBe('IN_PROGRESS');
    expect(after.assessments).toHaveLength(before.assessments.length);
    const csvAfter = await (await csvExport(request(`/api/export/commitments.csv?asOf=${yesterday}`))).text();
    expect(csvAfter).toBe(csvBefore);

    // The list filtered by status at that day counts it as in progress, not achieved.
    const list = await listApi(request(`/api/commitments?asOf=${yesterday}&status=achieved&pageSize=100`));
    const body = (await list.json()) as { data: { slug: string }[] };
    expect(body.data.map((row) => row.slug)).not.toContain(slug);
  });

  it('a commitment did not exist before its agreement’s date', async () => {
    const { slug } = await freshCommitment(db);
    const response = await oneApi(request(`/api/commitments/${slug}?asOf=2000-01-01`), {
      params: Promise.resolve({ slug }),
    });
    expect(response.status).toBe(404);
  });

  it('refuses bad dates with 400 naming the parameter', async () => {
    for (const value of ['2026-02-30', '1999-12-31', '2999-01-01', 'yesterday']) {
      for (const path of [
        `/api/commitments?asOf=${value}`,
        `/api/export/commitments.csv?asOf=${value}`,
        `/api/export/commitments.json?asOf=${value}`,
      ]) {
        const response = path.includes('csv')
          ? await csvExport(request(path))
          : path.includes('json')
            ? await jsonExport(request(path))
            : await listApi(request(path));
        expect(response.status, path).toBe(400);
        const body = (await response.json()) as { error: string; details: { param: string }[] };
        expect(body.details[0]!.param).toBe('asOf');
      }
      const svg = await chart(request(`/api/charts/status-by-pillar.svg?asOf=${value}`), {
        params: Promise.resolve({ file: 'status-by-pillar.svg' }),
      });
      expect(svg.status).toBe(400);
      expect(((await svg.json()) as { error: string }).error).toContain('asOf');
    }
  });
});

describe('status over time', () => {
  it('counts at each month end agree with the tracker viewed at that day', async () => {
    const { slug } = await freshCommitment(db);
    await record(slug, { status: 'STALLED', assessedOn: daysAgo(45) });
    await record(slug, { status: 'IN_PROGRESS', assessor: 'UK', assessedOn: daysAgo(5) });
    const response = await chart(request('/api/charts/status-over-time.csv'), {
      params: Promise.resolve({ file: 'status-over-time.csv' }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('x-content-hash')).toMatch(/^[0-9a-f]{12}$/);
    const lines = (await response.text())
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    const points = lines.slice(1).map((line) => line.split(','));
    // From the earliest agreement's month to today: the last point is today.
    expect(points.at(-1)![0]).toBe(today());
    expect(points.length).toBeGreaterThan(12);
    for (const point of points.slice(-3)) {
      const list = await listApi(request(`/api/commitments?asOf=${point[0]}&pageSize=1`));
      const { total } = (await list.json()) as { total: number };
      expect(Number(point.at(-1)), point[0]).toBe(total);
      const stalled = await listApi(request(`/api/commitments?asOf=${point[0]}&status=stalled&pageSize=1`));
      const stalledTotal = ((await stalled.json()) as { total: number }).total;
      // Columns: date, then one per status in display order; STALLED is the fourth status.
      expect(Number(point[4]), `${point[0]} stalled`).toBe(stalledTotal);
    }
  });
});

describe('snapshots', () => {
  it('a back-dated assessment recorded after a snapshot leaves its export byte for byte', async () => {
    const { slug } = await freshCommitment(db);
    await record(slug, { status: 'IN_PROGRESS', progress: 30, assessedOn: daysAgo(20) });
    const created = await createSnapshot.run(
      { name: 'Q4 test briefing' },
      { actor: admin, ip: null, via: 'api' },
    );
    expect(created.kind).toBe('ok');
    const snapshot = created.kind === 'ok' ? created.value.slug : '';
    expect(snapshot).toBe('q4-test-briefing');

    const csvPath = `/api/export/commitments.csv?snapshot=${snapshot}`;
    const jsonPath = `/api/export/commitments.json?snapshot=${snapshot}`;
    const svgPath = `/api/charts/status-by-pillar.svg?snapshot=${snapshot}`;
    const svgFile = { params: Promise.resolve({ file: 'status-by-pillar.svg' }) };
    const csvBefore = Buffer.from(await (await csvExport(request(csvPath))).arrayBuffer());
    const jsonBefore = await (await jsonExport(request(jsonPath))).text();
    const svgBefore = await (await chart(request(svgPath), svgFile)).text();
    expect(JSON.parse(jsonBefore)).toMatchObject({ snapshot: { slug: snapshot, name: 'Q4 test briefing' } });
    expect(JSON.parse(jsonBefore).contentHash).toMatch(/^[0-9a-f]{12}$/);
    expect(svgBefore).toContain('Q4 test briefing');
    expect(svgBefore).toMatch(/#[0-9a-f]{12}/);

    // Recorded after the snapshot, describing a day before it: visible "as of" that day, not in it.
    await record(slug, { status: 'ACHIEVED', progress: 100, assessedOn: daysAgo(15) });
    await record(slug, { status: 'AT_RISK', assessor: 'UK', assessedOn: daysAgo(15) });

    const csvAfter = Buffer.from(await (await csvExport(request(csvPath))).arrayBuffer());
    expect(csvAfter.equals(csvBefore)).toBe(true);
    expect(await (await jsonExport(request(jsonPath))).text()).toBe(jsonBefore);
    expect(
      await (
        await chart(request(svgPath), { params: Promise.resolve({ file: 'status-by-pillar.svg' }) })
      ).text(),
    ).toBe(svgBefore);
    expect((await statusIn(`/api/commitments/${slug}?snapshot=${snapshot}`, slug)).status).toBe(
      'IN_PROGRESS',
    );
    // The same day "as now known" sees the back-dated verdict.
    expect((await statusIn(`/api/commitments/${slug}?asOf=${today()}`, slug)).status).toBe('ACHIEVED');
  });

  it('keeps commitments archived after it was taken', async () => {
    const { slug } = await freshCommitment(db);
    await record(slug, { status: 'IN_PROGRESS', assessedOn: daysAgo(3) });
    const created = await createSnapshot.run(
      { name: 'Before archiving' },
      { actor: admin, ip: null, via: 'api' },
    );
    const snapshot = created.kind === 'ok' ? created.value.slug : '';
    await db.commitment.update({ where: { slug }, data: { archivedAt: new Date() } });
    await db.dataVersion.update({ where: { scope: 'public' }, data: { version: { increment: 1 } } });
    expect((await statusIn(`/api/commitments/${slug}?snapshot=${snapshot}`, slug)).status).toBe(
      'IN_PROGRESS',
    );
    const gone = await oneApi(request(`/api/commitments/${slug}`), { params: Promise.resolve({ slug }) });
    expect(gone.status).toBe(404);
  });

  it('answers 404 naming the parameter for an unknown snapshot', async () => {
    const response = await csvExport(request('/api/export/commitments.csv?snapshot=no-such-snapshot'));
    expect(response.status).toBe(404);
    expect(((await response.json()) as { details: { param: string }[] }).details[0]!.param).toBe('snapshot');
    const svg = await chart(request('/api/charts/status-by-pillar.svg?snapshot=no-such-snapshot'), {
      params: Promise.resolve({ file: 'status-by-pillar.svg' }),
    });
    expect(svg.status).toBe(404);
  });

  it('refuses a snapshot without a name, and readers', async () => {
    expect(await createSnapshot.run({ name: '  ' }, { actor: admin, ip: null, via: 'api' })).toMatchObject({
      kind: 'invalid',
    });
    expect(await createSnapshot.run({ name: 'x' }, { actor: editor, ip: null, via: 'api' })).toMatchObject({
      kind: 'forbidden',
    });
  });
});
