// GET /api/changes?from=<YYYY-MM-DD|snapshot>&to=<YYYY-MM-DD|snapshot>[&agreement=<slug>] — what
// changed between two points: public, read-only. `from` after `to` → 400; unknown snapshot → 404.
import type { NextRequest } from 'next/server';
import { answeringUnavailable } from '@/lib/api/read-route';
import { buildChangesExport } from '@/lib/export/changes-export';
import { jsonError, REVALIDATE_CACHE_CONTROL } from '@/lib/export/http';

async function read(request: NextRequest) {
  const built = await buildChangesExport(request.nextUrl.searchParams);
  if (!built.ok) return jsonError(built.status, built.error, built.details);
  return Response.json(
    { ...built.body, contentHash: built.hash },
    { headers: { 'Cache-Control': REVALIDATE_CACHE_CONTROL, 'X-Content-Hash': built.hash } },
  );
}

export const GET = answeringUnavailable(read);
