// GET /api/search?q=&page=&lang= — public, read-only: the /search page's results as JSON.
import type { NextRequest } from 'next/server';
import { toSearchResponse } from '@/lib/api/search-shape';
import { currentDataVersion } from '@/lib/cache/public-cache';
import { jsonError, REVALIDATE_CACHE_CONTROL } from '@/lib/export/http';
import { isLocale } from '@/lib/i18n/config';
import { createTranslator } from '@/lib/i18n/messages';
import { search } from '@/lib/queries/search';
import { searchErrorMessage } from '@/lib/search/messages';
import { parseSearchInput } from '@/lib/search/query';

export async function GET(request: NextRequest) {
  const params = request.nextUrl.searchParams;
  const t = createTranslator('en');
  const lang = params.get('lang') ?? 'en';
  if (!isLocale(lang)) {
    const message = 'must be en or vi';
    return jsonError(400, t('search.api.badParameter', { param: 'lang', message }), [
      { param: 'lang', message },
    ]);
  }
  const parsed = parseSearchInput({ q: params.get('q'), page: params.get('page') });
  if (!parsed.ok) {
    // The message is in the requested language: it is meant to be shown to whoever typed the search.
    const inLang = createTranslator(lang);
    const message = searchErrorMessage(inLang, parsed.error);
    return jsonError(400, inLang('search.api.badParameter', { param: parsed.param, message }), [
      { param: parsed.param, message },
    ]);
  }
  const [results, dataVersion] = await Promise.all([
    search(parsed.tsquery, lang, parsed.page),
    currentDataVersion(),
  ]);
  return Response.json(toSearchResponse(results, parsed.q, lang, dataVersion), {
    headers: { 'Cache-Control': REVALIDATE_CACHE_CONTROL },
  });
}
