// PATCH /api/commitments/[slug]/status, called as Next calls it: every refusal leaves the
// commitment, its history and the data version exactly as they were.
process.env.NEXTAUTH_SECRET ??= 'integration-secret-not-for-production-0123456789';
import { beforeAll, describe, expect, it } from 'vitest';
import { PATCH } from '@/app/api/commitments/[slug]/status/route';
import { db } from '@/lib/db';
import { apiTokenFor, makeUser } from '../support/auth-fixtures';

const SLUG = 'english-second-language-2035';
let token: string;

function patch(
  body: unknown,
  options: { slug?: string; headers?: Record<string, string>; raw?: string } = {},
) {
  const text = options.raw ?? JSON.stringify(body);
  const request = new Request(`http://localhost/api/commitments/${options.slug ?? SLUG}/status`, {
    method: 'PATCH',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...options.headers },
    body: text,
  });
  return PATCH(request, { params: Promise.resolve({ slug: options.slug ?? SLUG }) });
}

async function snapshot() {
  const commitment = await db.commitment.findUniqueOrThrow({
    where: { slug: SLUG },
    select: { status: true, progress: true, version: true, currentValue: true, updatedAt: true },
  });
  return {
    commitment,
    history: await db.statusUpdate.count({ where: { commitment: { slug: SLUG } } }),
    dataVersion: (await db.dataVersion.findUnique({ where: { scope: 'public' } }))?.version,
  };
}

beforeAll(async () => {
  const editor = await makeUser(db);
  token = await apiTokenFor(db, editor.id);
});

describe('PATCH /api/commitments/[slug]/status', () => {
  it('saves a valid update and answers with the new version', async () => {
    const before = await snapshot();
    const response = await patch({
      status: 'AT_RISK',
      progress: 40,
      reason: 'Budget cut announced',
      evidenceUrl: 'https://example.org/news',
      version: before.commitment.version,
    });
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.version).toBe(before.commitment.version + 1);
    const after = await snapshot();
    expect(after.commitment.status).toBe('AT_RISK');
    expect(after.commitment.progress).toBe(40);
    expect(after.history).toBe(before.history + 1);
    expect(after.dataVersion).toBe((before.dataVersion ?? 0) + 1);
    const row = await db.statusUpdate.findFirstOrThrow({
      where: { commitment: { slug: SLUG } },
      orderBy: { version: 'desc' },
    });
    expect(row).toMatchObject({
      fromStatus: 'IN_PROGRESS',
      toStatus: 'AT_RISK',
      reason: 'Budget cut announced',
      evidenceUrl: 'https://example.org/news',
    });
  });

  const invalid: [string, Record<string, unknown>, string][] = [
    ['status of the wrong type', { status: 3 }, 'status'],
    ['an unknown status', { status: 'DONE' }, 'status'],
    ['progress −1', { progress: -1 }, 'progress'],
    ['progress 101', { progress: 101 }, 'progress'],
    ['progress "NaN"', { progress: 'NaN' }, 'progress'],
    ['fractional progress', { progress: 12.5 }, 'progress'],
    ['a missing reason', { reason: undefined }, 'reason'],
    ['a blank reason', { reason: '   ' }, 'reason'],
    ['a reason of the wrong type', { reason: ['a'] }, 'reason'],
    ['a reason over 2,000 characters', { reason: 'x'.repeat(2001) }, 'reason'],
    ['control characters in the reason', { reason: 'ok\u0000\u0007bell' }, 'reason'],
    ['a script in the reason', { reason: '<script>alert(1)</script>' }, 'reason'],
    ['an image tag in the reason', { reason: 'see <img src=x onerror=alert(1)>' }, 'reason'],
    ['a javascript: evidence URL', { evidenceUrl: 'javascript:alert(1)' }, 'evidenceUrl'],
    ['an evidence URL that is not a URL', { evidenceUrl: 'not a url' }, 'evidenceUrl'],
    ['a version of the wrong type', { version: '1' }, 'version'],
    ['a value on a non-numeric commitment', { value: 5 }, 'value'],
  ];

  for (const [label, override, field] of invalid) {
    it(`refuses ${label} with a field error and changes nothing`, async () => {
      const before = await snapshot();
      const response = await patch({
        status: 'ACHIEVED',
        progress: 100,
        reason: 'Done',
        version: before.commitment.version,
        ...override,
      });
      expect(response.status).toBe(400);
      const body = await response.json();
      expect(typeof body.fields[field]).toBe('string');
      expect(body.fields[field].length).toBeGreaterThan(10);
      expect(await snapshot()).toEqual(before);
    });
  }

  it('answers 413 for a 1 MB reason before parsing it, 415 for non-JSON and 400 for broken JSON', async () => {
    const before = await snapshot();
    expect(
      (
        await patch({
          status: 'ACHIEVED',
          reason: 'x'.repeat(1024 * 1024),
          version: before.commitment.version,
        })
      ).status,
    ).toBe(413);
    const form = await patch(null, {
      raw: 'status=ACHIEVED',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(form.status).toBe(415);
    expect((await patch(null, { raw: '{"status": NaN}' })).status).toBe(400);
    expect((await patch(null, { raw: '[1,2]' })).status).toBe(400);
    expect(await snapshot()).toEqual(before);
  });

  it('answers 401 without credentials, 401 for an unknown token, 404 for an unknown slug, 403 for a foreign Origin', async () => {
    const before = await snapshot();
    const body = { status: 'ACHIEVED', reason: 'Done', version: before.commitment.version };
    const anonymous = await patch(body, { headers: { authorization: '' } });
    expect(anonymous.status).toBe(401);
    expect((await patch(body, { headers: { authorization: 'Bearer ct_not-a-real-token' } })).status).toBe(
      401,
    );
    const missing = await patch(body, { slug: 'no-such-commitment' });
    expect(missing.status).toBe(404);
    expect((await patch(body, { headers: { origin: 'https://evil.example' } })).status).toBe(403);
    expect(await snapshot()).toEqual(before);
  });

  it('answers 409 with the current state for a stale version', async () => {
    const before = await snapshot();
    const response = await patch({
      status: 'STALLED',
      reason: 'Late',
      version: before.commitment.version - 1,
    });
    expect(response.status).toBe(409);
    const body = await response.json();
    expect(body.current.version).toBe(before.commitment.version);
    expect(body.current.status).toBe(before.commitment.status);
    expect(body.current.lastUpdate.reason).toBe('Budget cut announced');
    expect(await snapshot()).toEqual(before);
  });

  it('audits every refused attempt with its outcome', async () => {
    const outcomes = await db.auditEvent.groupBy({
      by: ['outcome'],
      where: { action: 'commitment.status.update' },
      _count: true,
    });
    const count = Object.fromEntries(outcomes.map((row) => [row.outcome, row._count]));
    expect(count.OK).toBe(1);
    expect(count.INVALID).toBeGreaterThanOrEqual(17);
    expect(count.CONFLICT).toBe(1);
    expect(count.DENIED).toBeGreaterThanOrEqual(2);
  });
});
