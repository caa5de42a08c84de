// GET /api/export/commitments.csv?<same filters as /commitments>&lang=en|vi
import type { NextRequest } from 'next/server';
import { cachedPublicRead } from '@/lib/cache/public-cache';
import { buildCommitmentsExport, commitmentsCsv, timeHeaders } from '@/lib/export/commitments-export';
import { jsonError, publicOrigin } from '@/lib/export/http';
import { contentDisposition } from '@/lib/export/request';
import { CSV_CONTENT_TYPE } from '@/lib/export/to-csv';
import { answeringUnavailable } from '@/lib/api/read-route';

async function read(request: NextRequest) {
  const origin = publicOrigin();
  // Building up to 10,000 rows of CSV is the cost: keep the file per query and data version.
  const result = await cachedPublicRead(`exports:csv:${origin}:${request.nextUrl.search}`, async () => {
    const built = await buildCommitmentsExport(request.nextUrl.searchParams, origin);
    return built.ok ? { ...built, csv: commitmentsCsv(built.rows, built.locale) } : built;
  });
  if (!result.ok) return jsonError(400, result.error, result.details);
  return new Response(result.csv, {
    headers: {
      'Content-Type': CSV_CONTENT_TYPE,
      'Content-Disposition': contentDisposition('attachment', `${result.fileBase}.csv`),
      'Cache-Control': 'no-store',
      'X-Data-Version': String(result.dataVersion),
      ...timeHeaders(result.point, result.hash),
      'X-Total-Count': String(result.total),
    },
  });
}

export const GET = answeringUnavailable(read);
