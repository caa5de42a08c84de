import { vi } from 'vitest';

// Outside a request there is no proxy header: currentDataVersion() then reads Postgres itself.
vi.mock('next/headers', () => ({
  headers: async () => {
    throw new Error('outside a request');
  },
}));
import { NextRequest } from 'next/server';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { GET as listApi } from '@/app/api/commitments/route';
import { GET as oneApi } from '@/app/api/commitments/[slug]/route';
import { GET as csvExport } from '@/app/api/export/commitments.csv/route';
import { GET as jsonExport } from '@/app/api/export/commitments.json/route';
import { GET as openApi } from '@/app/api/openapi.json/route';
import { commitmentDetailSchema, commitmentListSchema, exportFileSchema } from '@/lib/api/shapes';
import { db } from '@/lib/db';

const request = (path: string) => new NextRequest(`http://localhost${path}`);

describe('commitments export', () => {
  it('CSV: one row per filtered commitment, RFC 4180, BOM, diacritics intact', async () => {
    const response = await csvExport(request('/api/export/commitments.csv?agreement=vn-uk-csp&lang=vi'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toMatch(
      /^attachment; filename="commitments_vn-uk-csp_\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    const bytes = Buffer.from(await response.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const records = parse(bytes, { bom: true, columns: true }) as Record<string, string>[];
    const count = await db.commitment.count({
      where: { archivedAt: null, agreement: { slug: 'vn-uk-csp' } },
    });
    expect(records).toHaveLength(count);
    expect(Object.keys(records[0]!)).toEqual(
      expect.arrayContaining([
        'Văn kiện',
        'Trụ cột',
        'Cam kết',
        'Bên thực hiện',
        'Trạng thái',
        'Tiến độ (%)',
        'Trích dẫn nguồn',
      ]),
    );
    const dbTitles = await db.commitment.findMany({
      where: { agreement: { slug: 'vn-uk-csp' } },
      select: { titleVi: true },
    });
    expect(records.map((record) => record['Cam kết']).sort()).toEqual(
      dbTitles.map((row) => row.titleVi).sort(),
    );
    expect(records.every((record) => record['Văn kiện']!.startsWith('Tuyên bố chung'))).toBe(true);
    expect(records.some((record) => (record['Trích dẫn nguồn'] ?? '').length > 20)).toBe(true);
  });

  it('CSV honours status and party filters and rejects bad ones with 400', async () => {
    const response = await csvExport(request('/api/export/commitments.csv?status=in-progress,at-risk'));
    const records = parse(Buffer.from(await response.arrayBuffer()), { bom: true, columns: true }) as Record<
      string,
      string
    >[];
    const count = await db.commitment.count({
      where: { archivedAt: null, status: { in: ['IN_PROGRESS', 'AT_RISK'] } },
    });
    expect(records).toHaveLength(count);
    expect(count).toBeGreaterThan(0);
    for (const record of records) expect(['In progress', 'At risk']).toContain(record.Status);
    const bad = await csvExport(request('/api/export/commitments.csv?from=2026-13-01'));
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: string }).error).toMatch(/from/);
  });

  it('JSON matches its declared schema and the filtered count', async () => {
    const response = await jsonExport(
      request('/api/export/commitments.json?agreement=asean-uk-poa-2022-2026'),
    );
    expect(response.status).toBe(200);
    const body = exportFileSchema.parse(await response.json());
    const count = await db.commitment.count({
      where: { archivedAt: null, agreement: { slug: 'asean-uk-poa-2022-2026' } },
    });
    expect(body.total).toBe(count);
    expect(body.commitments).toHaveLength(count);
    expect(body.filters).toEqual({ agreement: 'asean-uk-poa-2022-2026' });
    expect(body.commitments.every((row) => row.agreementSlug === 'asean-uk-poa-2022-2026')).toBe(true);
  });
});

describe('read API', () => {
  it('lists a page with the total, matching its schema', async () => {
    const response = await listApi(request('/api/commitments?pageSize=10&page=2'));
    expect(response.status).toBe(200);
    const body = commitmentListSchema.parse(await response.json());
    const total = await db.commitment.count({ where: { archivedAt: null } });
    expect(body.total).toBe(total);
    expect(body.page).toBe(2);
    expect(body.data).toHaveLength(Math.min(10, Math.max(0, total - 10)));
    expect(body.pageCount).toBe(Math.ceil(total / 10));
    expect((await listApi(request('/api/commitments?pageSize=1000'))).status).toBe(400);
    expect((await listApi(request('/api/commitments?party=mars'))).status).toBe(400);
  });

  it('returns one commitment with citations, milestones and history, or 404', async () => {
    const response = await oneApi(request('/api/commitments/double-bilateral-trade'), {
      params: Promise.resolve({ slug: 'double-bilateral-trade' }),
    });
    expect(response.status).toBe(200);
    const body = commitmentDetailSchema.parse(await response.json());
    expect(body.slug).toBe('double-bilateral-trade');
    expect(body.citations.length).toBeGreaterThan(0);
    expect(body.history.length).toBeGreaterThan(0);
    const missing = await oneApi(request('/api/commitments/nope'), {
      params: Promise.resolve({ slug: 'nope' }),
    });
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as { error: string }).error).toMatch(/nope/);
  });

  it('describes itself in OpenAPI with the shared schemas', async () => {
    const doc = (await openApi().json()) as {
      openapi: string;
      paths: Record<string, unknown>;
      components: { schemas: Record<string, { properties?: Record<string, unknown> }> };
    };
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/commitments', '/api/commitments/{slug}', '/api/export/commitments.csv']),
    );
    expect(Object.keys(doc.components.schemas.CommitmentDetail!.properties!)).toEqual(
      expect.arrayContaining(['citations', 'milestones', 'history', 'status']),
    );
  });
});
