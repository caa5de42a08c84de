// GET /api/export/changes.csv?from=&to=[&agreement=]&lang=en|vi — "what changed" as a spreadsheet.
import type { NextRequest } from 'next/server';
import { answeringUnavailable } from '@/lib/api/read-route';
import { buildChangesExport, changesCsv } from '@/lib/export/changes-export';
import { jsonError } from '@/lib/export/http';
import { contentDisposition } from '@/lib/export/request';
import { CSV_CONTENT_TYPE } from '@/lib/export/to-csv';

async function read(request: NextRequest) {
  const built = await buildChangesExport(request.nextUrl.searchParams);
  if (!built.ok) return jsonError(built.status, built.error, built.details);
  const { from, to } = built.body;
  return new Response(changesCsv(built.body, built.locale), {
    headers: {
      'Content-Type': CSV_CONTENT_TYPE,
      'Content-Disposition': contentDisposition('attachment', `changes_${from.asOf}_${to.asOf}.csv`),
      'Cache-Control': 'no-store',
      'X-Content-Hash': built.hash,
    },
  });
}

export const GET = answeringUnavailable(read);
