// GET /api/commitments?<same filters as /commitments>&page=&pageSize= — public, read-only.
import type { NextRequest } from 'next/server';
import { currentDataVersion } from '@/lib/cache/public-cache';
import { commitmentListSchema, toCommitmentSummary } from '@/lib/api/shapes';
import { jsonError, REVALIDATE_CACHE_CONTROL } from '@/lib/export/http';
import { parseExportParams } from '@/lib/export/request';
import { createTranslator } from '@/lib/i18n/messages';
import { listAgreementsForExport, listCommitmentsForApi } from '@/lib/queries/exports';
import { answeringUnavailable } from '@/lib/api/read-route';

const API_DEFAULT_PAGE_SIZE = 25;
const API_MAX_PAGE_SIZE = 100;

async function read(request: NextRequest) {
  const params = request.nextUrl.searchParams;
  const t = createTranslator('en');
  const parsed = parseExportParams(params, await listAgreementsForExport());
  if (!parsed.ok) {
    const [first] = parsed.errors;
    return jsonError(
      400,
      t('export.api.badParameter', { param: first!.param, message: first!.message }),
      parsed.errors,
    );
  }
  const rawSize = params.get('pageSize');
  const pageSize = rawSize === null || rawSize === '' ? API_DEFAULT_PAGE_SIZE : Number(rawSize);
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > API_MAX_PAGE_SIZE) {
    const message = `must be a whole number from 1 to ${API_MAX_PAGE_SIZE}`;
    return jsonError(400, t('export.api.badParameter', { param: 'pageSize', message }), [
      { param: 'pageSize', message },
    ]);
  }
  const { filters } = parsed;
  const [{ total, rows }, dataVersion] = await Promise.all([
    listCommitmentsForApi(filters, pageSize),
    currentDataVersion(),
  ]);
  const body = commitmentListSchema.parse({
    data: rows.map(toCommitmentSummary),
    total,
    page: filters.page,
    pageSize,
    pageCount: Math.max(1, Math.ceil(total / pageSize)),
    dataVersion,
  });
  return Response.json(body, { headers: { 'Cache-Control': REVALIDATE_CACHE_CONTROL } });
}

export const GET = answeringUnavailable(read);
