// GET /api/export/commitments.csv?<same filters as /commitments>&lang=en|vi
// Streamed when larger than one batch: rows are read as the client takes them (constant memory
// for 10,000 rows); a one-batch file is kept whole per data version.
import type { NextRequest } from 'next/server';
import { exportBody, prepareCommitmentsExport, timeHeaders } from '@/lib/export/commitments-export';
import { jsonError, publicOrigin } from '@/lib/export/http';
import { contentDisposition } from '@/lib/export/request';
import { CSV_CONTENT_TYPE } from '@/lib/export/to-csv';
import { answeringUnavailable } from '@/lib/api/read-route';

async function read(request: NextRequest) {
  const prepared = await prepareCommitmentsExport(request.nextUrl.searchParams, publicOrigin());
  if (!prepared.ok) return jsonError(400, prepared.error, prepared.details);
  return new Response(await exportBody(prepared, 'csv'), {
    headers: {
      'Content-Type': CSV_CONTENT_TYPE,
      'Content-Disposition': contentDisposition('attachment', `${prepared.fileBase}.csv`),
      'Cache-Control': 'no-store',
      'X-Data-Version': String(prepared.dataVersion),
      ...timeHeaders(prepared.point, prepared.hash),
      'X-Total-Count': String(prepared.total),
    },
  });
}

export const GET = answeringUnavailable(read);
