// GET /api/commitments/<slug>: one commitment with its citations, milestones, history, assessments
// and each assessor's current verdict; `asOf=YYYY-MM-DD` or `snapshot=<slug>` for a past point.
import type { NextRequest } from 'next/server';
import { currentDataVersion } from '@/lib/cache/public-cache';
import { toCommitmentDetail } from '@/lib/api/shapes';
import { jsonError, publicOrigin, REVALIDATE_CACHE_CONTROL } from '@/lib/export/http';
import { createTranslator } from '@/lib/i18n/messages';
import { getCommitmentForApi } from '@/lib/queries/exports';
import { answeringUnavailable } from '@/lib/api/read-route';
import { readTimeParams } from '@/lib/api/time-params';

async function read(request: NextRequest, context: RouteContext<'/api/commitments/[slug]'>) {
  const { slug } = await context.params;
  const t = createTranslator('en');
  const time = readTimeParams(request.nextUrl.searchParams);
  if (!time.ok) return time.response;
  if (!/^[a-z0-9-]{1,120}$/.test(slug))
    return jsonError(404, t('export.api.unknownCommitment', { slug: slug.slice(0, 60) }));
  const [row, dataVersion] = await Promise.all([getCommitmentForApi(slug, time.time), currentDataVersion()]);
  if (!row) return jsonError(404, t('export.api.unknownCommitment', { slug }));
  return Response.json(toCommitmentDetail(row, dataVersion, publicOrigin()), {
    headers: { 'Cache-Control': REVALIDATE_CACHE_CONTROL },
  });
}

export const GET = answeringUnavailable(read);
