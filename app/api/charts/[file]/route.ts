// GET /api/charts/<chart>.<svg|png|csv>?<page filters>&lang=en|vi[&commitment=<slug>][&download=1]
// The same picture as on screen, without a browser: stable URLs for reports, cached per data version.
import type { NextRequest } from 'next/server';
import { currentDataVersion } from '@/lib/cache/public-cache';
import { chartFile } from '@/lib/export/chart-file-cache';
import {
  CHART_CONTENT_TYPES,
  chartEtag,
  chartTableToCsv,
  parseChartRequest,
  renderChart,
} from '@/lib/export/charts';
import { jsonError, matchesEtag, notModified, REVALIDATE_CACHE_CONTROL } from '@/lib/export/http';
import { contentDisposition } from '@/lib/export/request';
import { timeHeaders } from '@/lib/export/commitments-export';
import { svgToPng } from '@/lib/export/svg-to-png';
import { answeringUnavailable } from '@/lib/api/read-route';

async function read(request: NextRequest, context: RouteContext<'/api/charts/[file]'>) {
  const { file } = await context.params;
  const parsed = await parseChartRequest(file, request.nextUrl.searchParams);
  if (!parsed.ok) return jsonError(parsed.status, parsed.error, parsed.details);
  const { request: chartRequest, format, download } = parsed;

  const dataVersion = await currentDataVersion();
  const current = chartEtag(chartRequest, format, dataVersion);
  if (matchesEtag(request.headers.get('if-none-match'), current)) return notModified(current);

  // Rendering (and PNG rasterising above all) is the expensive part: keep the bytes per URL and
  // data version (lib/export/chart-file-cache.ts).
  const { value: rendered } = await chartFile(
    chartEtag(chartRequest, format, 0),
    dataVersion,
    async () => {
      const result = await renderChart(chartRequest);
      if (!result.ok) return result;
      const { chart } = result;
      const body: string | Uint8Array =
        format === 'svg'
          ? chart.svg
          : format === 'csv'
            ? chartTableToCsv(chart.table)
            : new Uint8Array(await svgToPng(chart.svg));
      return { ok: true as const, chart, body };
    },
    (result) => result.ok,
  );
  if (!rendered.ok) return jsonError(rendered.status, rendered.error);
  const { chart, body } = rendered;
  const etag = chartEtag(chartRequest, format, chart.dataVersion);
  return new Response(body as BodyInit, {
    headers: {
      'Content-Type': CHART_CONTENT_TYPES[format],
      'Content-Disposition': contentDisposition(
        download ? 'attachment' : 'inline',
        `${chart.fileBase}.${format}`,
      ),
      ETag: etag,
      'Cache-Control': REVALIDATE_CACHE_CONTROL,
      'X-Data-Version': String(chart.dataVersion),
      ...timeHeaders(chart.point, chart.hash),
      'X-Content-Type-Options': 'nosniff',
      // SVGs are opened directly: no scripts, no outside loads.
      'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'",
    },
  });
}

export const GET = answeringUnavailable(read);
