// "What changed" through the real route on real Postgres: exactly the commitments whose headline
// moved in the window, the assessments in between, and refusals of bad periods.
import { vi } from 'vitest';

vi.mock('next/headers', () => ({
  headers: async () => {
    throw new Error('outside a request');
  },
}));
import { NextRequest } from 'next/server';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { GET as changesApi } from '@/app/api/changes/route';
import { GET as changesCsv } from '@/app/api/export/changes.csv/route';
import type { Actor } from '@/lib/auth';
import { updateCommitmentStatus } from '@/lib/commitments/update-status';
import { changesSchema } from '@/lib/api/shapes';
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
const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);

async function record(slug: string, fields: Record<string, unknown>) {
  const { version } = await db.commitment.findUniqueOrThrow({ where: { slug }, select: { version: true } });
  const result = await updateCommitmentStatus.run(
    { slug, reason: `verdict for ${slug}\nsecond line`, version, ...fields },
    { actor: editor, ip: null, via: 'api' },
  );
  expect(result).toMatchObject({ kind: 'ok' });
}

interface Body {
  summary: { changed: number; newlyContested: number; total: number; movedTo: Record<string, number> };
  commitments: {
    slug: string;
    statusChanged: boolean;
    figuresChanged: boolean;
    newlyContested: boolean;
    from: { status: string } | null;
    to: { status: string; progress: number | null };
    assessments: { assessedOn: string; assessor: string; status: string }[];
  }[];
}

describe('what changed', () => {
  it('lists exactly the commitments whose headline moved in the window', async () => {
    const [moved, progressed, quiet, contested, later] = await Promise.all(
      Array.from({ length: 5 }, () => freshCommitment(db)),
    );
    for (const { slug } of [moved!, progressed!, quiet!, contested!, later!]) {
      await record(slug, { status: 'IN_PROGRESS', progress: 10, assessedOn: daysAgo(60) });
    }
    await record(moved!.slug, { status: 'ACHIEVED', progress: 100, assessedOn: daysAgo(10) });
    await record(progressed!.slug, { status: 'IN_PROGRESS', progress: 55, assessedOn: daysAgo(12) });
    // Before the window: not a change in it.
    await record(quiet!.slug, { status: 'IN_PROGRESS', progress: 10, assessedOn: daysAgo(40) });
    await record(contested!.slug, { status: 'AT_RISK', assessor: 'UK', assessedOn: daysAgo(5) });
    // After the window's end.
    await record(later!.slug, { status: 'STALLED', assessedOn: daysAgo(1) });

    const response = await changesApi(request(`/api/changes?from=${daysAgo(30)}&to=${daysAgo(3)}`));
    expect(response.status).toBe(200);
    const raw: unknown = await response.json();
    // The documented shape (lib/api/openapi.ts is generated from it).
    changesSchema.parse(raw);
    const body = raw as Body;
    const changed = body.commitments
      .filter((row) => row.statusChanged || row.figuresChanged || row.newlyContested)
      .map((row) => row.slug)
      .sort();
    expect(changed).toEqual([moved!.slug, progressed!.slug, contested!.slug].sort());
    const movedRow = body.commitments.find((row) => row.slug === moved!.slug)!;
    expect(movedRow.from?.status).toBe('IN_PROGRESS');
    expect(movedRow.to.status).toBe('ACHIEVED');
    expect(movedRow.assessments.map((a) => [a.assessedOn, a.status])).toEqual([[daysAgo(10), 'ACHIEVED']]);
    const contestedRow = body.commitments.find((row) => row.slug === contested!.slug)!;
    expect(contestedRow).toMatchObject({ newlyContested: true, statusChanged: false });
    expect(contestedRow.assessments[0]).toMatchObject({ assessor: 'UK', status: 'AT_RISK' });
    expect(body.summary.changed).toBe(2);
    expect(body.summary.newlyContested).toBe(1);
    expect(body.summary.movedTo.ACHIEVED).toBe(1);

    const csv = await changesCsv(request(`/api/export/changes.csv?from=${daysAgo(30)}&to=${daysAgo(3)}`));
    expect(csv.status).toBe(200);
    const records = parse(Buffer.from(await csv.arrayBuffer()), { bom: true, columns: true }) as Record<
      string,
      string
    >[];
    expect(records.map((row) => row.ID)).toEqual(expect.arrayContaining(changed));
  });

  it('compares from a snapshot', async () => {
    const { slug } = await freshCommitment(db);
    await record(slug, { status: 'IN_PROGRESS', assessedOn: daysAgo(20) });
    const created = await createSnapshot.run(
      { name: 'Changes base' },
      { actor: admin, ip: null, via: 'api' },
    );
    const snapshot = created.kind === 'ok' ? created.value.slug : '';
    // Back-dated, recorded after the snapshot: a change since it.
    await record(slug, { status: 'STALLED', assessedOn: daysAgo(25) });
    await record(slug, { status: 'ACHIEVED', assessedOn: daysAgo(0) });
    const body = (await (await changesApi(request(`/api/changes?from=${snapshot}`))).json()) as Body;
    const row = body.commitments.find((item) => item.slug === slug)!;
    expect(row.from?.status).toBe('IN_PROGRESS');
    expect(row.to.status).toBe('ACHIEVED');
    expect(row.assessments.map((a) => a.status)).toEqual(['STALLED', 'ACHIEVED']);
  });

  it('refuses bad periods with 400 naming the parameter, and unknown snapshots with 404', async () => {
    const cases: [string, string][] = [
      [`from=${daysAgo(1)}&to=${daysAgo(5)}`, 'from'],
      ['from=2026-02-30', 'from'],
      ['from=1999-01-01', 'from'],
      [`from=${daysAgo(5)}&to=2999-01-01`, 'to'],
      ['to=2026-01-01', 'from'],
      ['from=Not%20A%20Slug', 'from'],
    ];
    for (const [query, param] of cases) {
      const response = await changesApi(request(`/api/changes?${query}`));
      expect(response.status, query).toBe(400);
      const body = (await response.json()) as { details: { param: string }[] };
      expect(body.details[0]!.param, query).toBe(param);
    }
    expect((await changesApi(request('/api/changes?from=no-such-snapshot'))).status).toBe(404);
  });
});
