// GET /api/export/commitments.json?<same filters as /commitments>&lang=en|vi
import type { NextRequest } from 'next/server';
import { buildCommitmentsExport, commitmentsJson, timeHeaders } from '@/lib/export/commitments-export';
import { jsonError, publicOrigin } from '@/lib/export/http';
import { contentDisposition } from '@/lib/export/request';
import { answeringUnavailable } from '@/lib/api/read-route';

async function read(request: NextRequest) {
  const result = await buildCommitmentsExport(request.nextUrl.searchParams, publicOrigin());
  if (!result.ok) return jsonError(400, result.error, result.details);
  return Response.json(commitmentsJson(result), {
    headers: {
      'Content-Disposition': contentDisposition('attachment', `${result.fileBase}.json`),
      'Cache-Control': 'no-store',
      'X-Data-Version': String(result.dataVersion),
      ...timeHeaders(result.point, result.hash),
    },
  });
}

export const GET = answeringUnavailable(read);
