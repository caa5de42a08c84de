// GET /api/export/commitments.csv?<same filters as /commitments>&lang=en|vi
import type { NextRequest } from 'next/server';
import { buildCommitmentsExport, commitmentsCsv } from '@/lib/export/commitments-export';
import { jsonError, requestOrigin } from '@/lib/export/http';
import { contentDisposition } from '@/lib/export/request';
import { CSV_CONTENT_TYPE } from '@/lib/export/to-csv';

export async function GET(request: NextRequest) {
  const result = await buildCommitmentsExport(request.nextUrl.searchParams, requestOrigin(request));
  if (!result.ok) return jsonError(400, result.error, result.details);
  return new Response(commitmentsCsv(result.rows, result.locale), {
    headers: {
      'Content-Type': CSV_CONTENT_TYPE,
      'Content-Disposition': contentDisposition('attachment', `${result.fileBase}.csv`),
      'Cache-Control': 'no-store',
      'X-Data-Version': String(result.dataVersion),
      'X-Total-Count': String(result.total),
    },
  });
}
