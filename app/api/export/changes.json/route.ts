// GET /api/export/changes.json?from=&to=[&agreement=] — the same as /api/changes, as a file.
import type { NextRequest } from 'next/server';
import { answeringUnavailable } from '@/lib/api/read-route';
import { buildChangesExport } from '@/lib/export/changes-export';
import { jsonError } from '@/lib/export/http';
import { contentDisposition } from '@/lib/export/request';

async function read(request: NextRequest) {
  const built = await buildChangesExport(request.nextUrl.searchParams);
  if (!built.ok) return jsonError(built.status, built.error, built.details);
  const { from, to } = built.body;
  return Response.json(
    { ...built.body, contentHash: built.hash },
    {
      headers: {
        'Content-Disposition': contentDisposition('attachment', `changes_${from.asOf}_${to.asOf}.json`),
        'Cache-Control': 'no-store',
        'X-Content-Hash': built.hash,
      },
    },
  );
}

export const GET = answeringUnavailable(read);
