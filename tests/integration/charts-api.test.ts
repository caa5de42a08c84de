import { vi } from 'vitest';

// Outside a request there is no proxy header: currentDataVersion() then reads Postgres itself.
vi.mock('next/headers', () => ({
  headers: async () => {
    throw new Error('outside a request');
  },
}));
import { NextRequest } from 'next/server';
import { parse } from 'csv-parse/sync';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { GET as chartList } from '@/app/api/charts/route';
import { GET as chartFile } from '@/app/api/charts/[file]/route';
import { bumpDataVersion } from '@/lib/cache/public-cache';
import { db } from '@/lib/db';

async function getChart(file: string, query = '', headers: Record<string, string> = {}) {
  const request = new NextRequest(`http://localhost/api/charts/${file}${query ? `?${query}` : ''}`, {
    headers,
  });
  return chartFile(request, { params: Promise.resolve({ file }) });
}

const unescape = (value: string) =>
  value
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

describe('/api/charts', () => {
  it('lists the charts with their URLs', async () => {
    const body = (await chartList(new NextRequest('http://localhost/api/charts')).json()) as {
      charts: { id: string; formats: Record<string, string> }[];
    };
    expect(body.charts.map((chart) => chart.id)).toEqual([
      'status-by-pillar',
      'status-by-agreement',
      'deadlines',
      'progress',
      'status-over-time',
    ]);
    expect(body.charts[0]!.formats.png).toBe('/api/charts/status-by-pillar.png');
  });

  it('serves status-by-pillar as SVG with title, filters, source, as-of and data version', async () => {
    const response = await getChart('status-by-pillar.svg', 'agreement=vn-uk-csp&lang=vi');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
    expect(response.headers.get('etag')).toMatch(/^"status-by-pillar-[0-9a-f]{16}-v\d+"$/);
    expect(response.headers.get('content-disposition')).toMatch(
      /^inline; filename="status-by-pillar_vn-uk-csp_\d{4}-\d{2}-\d{2}\.svg"$/,
    );
    const svg = await response.text();
    const texts = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((match) => unescape(match[1]!));
    const version = (await db.dataVersion.findUniqueOrThrow({ where: { scope: 'public' } })).version;
    expect(texts).toContain('Trạng thái các cam kết theo trụ cột');
    expect(texts.some((text) => text.startsWith('Bộ lọc: văn kiện Tuyên bố chung'))).toBe(true);
    expect(texts.some((text) => text.startsWith('Nguồn: Theo dõi Cam kết — Tuyên bố chung'))).toBe(true);
    expect(texts.some((text) => text.includes(`phiên bản dữ liệu ${version}`))).toBe(true);
    // Six pillars of the partnership, each a row label.
    expect(texts).toContain('Môi trường, năng lượng và chuyển đổi xanh');
    const meta = await sharp(Buffer.from(svg)).metadata();
    expect(meta.width).toBe(960);
  });

  it('serves PNG at 2× with attachment disposition when asked to download', async () => {
    const svgResponse = await getChart('status-by-agreement.svg');
    const svgMeta = await sharp(Buffer.from(await svgResponse.text())).metadata();
    const response = await getChart('status-by-agreement.png', 'download=1');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/png');
    expect(response.headers.get('content-disposition')).toMatch(
      /^attachment; filename="status-by-agreement_all_\d{4}-\d{2}-\d{2}\.png"$/,
    );
    const meta = await sharp(Buffer.from(await response.arrayBuffer())).metadata();
    expect(meta.format).toBe('png');
    expect(meta.width).toBe(1920);
    expect(meta.height).toBe(svgMeta.height! * 2);
  });

  it('serves the CSV of exactly the counts drawn, honouring filters', async () => {
    const response = await getChart('status-by-pillar.csv', 'agreement=vn-uk-csp&status=in-progress');
    expect(response.status).toBe(200);
    const records = parse(Buffer.from(await response.arrayBuffer()), { bom: true }) as string[][];
    const [header, ...rows] = records;
    expect(header).toEqual([
      'Agreement',
      'Pillar',
      'Not started',
      'In progress',
      'At risk',
      'Stalled',
      'Achieved',
      'Discontinued',
      'Total',
    ]);
    const expected = await db.commitment.groupBy({
      by: ['pillarId'],
      where: { archivedAt: null, status: 'IN_PROGRESS', agreement: { slug: 'vn-uk-csp' } },
      _count: { _all: true },
    });
    expect(rows).toHaveLength(expected.length);
    const total = rows.reduce((sum, row) => sum + Number(row[8]), 0);
    expect(total).toBe(expected.reduce((sum, group) => sum + group._count._all, 0));
    for (const row of rows) expect(row[2]).toBe('0'); // only in-progress counted
  });

  it('draws the deadline timeline and the progress of one commitment', async () => {
    const deadlines = await getChart('deadlines.svg', 'lang=en');
    expect(deadlines.status).toBe(200);
    expect(await deadlines.text()).toContain('Upcoming and overdue deadlines');
    const progress = await getChart('progress.svg', 'commitment=double-bilateral-trade');
    expect(progress.status).toBe(200);
    expect(await progress.text()).toContain('Progress over time');
  });

  it('answers 404 for an unknown chart or commitment and 400 for a bad parameter', async () => {
    const unknown = await getChart('pie.svg');
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as { error: string }).error).toMatch(/Unknown chart/);
    expect((await getChart('status-by-pillar.gif')).status).toBe(404);
    const missing = await getChart('progress.png');
    expect(missing.status).toBe(400);
    expect(((await missing.json()) as { error: string }).error).toMatch(/commitment/);
    expect((await getChart('progress.svg', 'commitment=no-such-thing')).status).toBe(404);
    const badStatus = await getChart('status-by-pillar.svg', 'status=maybe');
    expect(badStatus.status).toBe(400);
    const body = (await badStatus.json()) as { error: string; details: { param: string }[] };
    expect(body.error).toMatch(/status/);
    expect(body.details[0]!.param).toBe('status');
    expect((await getChart('status-by-pillar.svg', 'agreement=nope')).status).toBe(400);
    expect((await getChart('status-by-pillar.svg', 'lang=fr')).status).toBe(400);
  });

  it('answers 304 for a matching ETag, and a status update changes the data version and ETag', async () => {
    const first = await getChart('status-by-pillar.svg', 'agreement=vn-uk-csp');
    const etag = first.headers.get('etag')!;
    const firstSvg = await first.text();
    const cached = await getChart('status-by-pillar.svg', 'agreement=vn-uk-csp', { 'If-None-Match': etag });
    expect(cached.status).toBe(304);
    expect(cached.headers.get('etag')).toBe(etag);

    // An editor's status change, as the app writes it: row + history + data version, one transaction.
    const target = await db.commitment.findFirstOrThrow({
      where: { agreement: { slug: 'vn-uk-csp' }, status: { not: 'ACHIEVED' } },
      select: { id: true, version: true, status: true },
    });
    const newVersion = await db.$transaction(async (tx) => {
      await tx.commitment.update({
        where: { id: target.id },
        data: { status: 'ACHIEVED', progress: 100, version: { increment: 1 } },
      });
      await tx.statusUpdate.create({
        data: {
          commitmentId: target.id,
          fromStatus: target.status,
          toStatus: 'ACHIEVED',
          progress: 100,
          reason: 'Integration test: delivered in full.',
          authorName: 'Test editor',
          version: target.version + 1,
        },
      });
      return bumpDataVersion(tx);
    });

    const after = await getChart('status-by-pillar.svg', 'agreement=vn-uk-csp', { 'If-None-Match': etag });
    expect(after.status).toBe(200);
    const newEtag = after.headers.get('etag')!;
    expect(newEtag).not.toBe(etag);
    expect(newEtag).toContain(`-v${newVersion}"`);
    const svg = await after.text();
    expect(svg).toContain(`data v${newVersion}`);
    expect(svg).not.toBe(firstSvg);
  });
});
