// Where embeds live and where they link back to (pure: used by the embed routes and the menus).
import { chartQuery, type ChartRequest } from '../export/chart-urls';
import type { Locale } from '../i18n/config';
import { commitmentFiltersToSearchParams } from '../validation/commitment-filters';

/** The chart as an embeddable page: /embed/<lang>/charts/<chart>?<filters>. */
export function chartEmbedPath(request: ChartRequest): string {
  const params = chartQuery(request);
  params.delete('lang');
  const query = params.toString();
  return `/embed/${request.locale}/charts/${request.chart}${query ? `?${query}` : ''}`;
}

export function commitmentEmbedPath(locale: Locale, slug: string): string {
  return `/embed/${locale}/commitments/${slug}`;
}

/** The page of the site a chart comes from: the commitment, the filtered list, or the overview. */
export function chartSourcePath(request: ChartRequest): string {
  if (request.chart === 'progress' && request.commitment) {
    return `/${request.locale}/commitments/${request.commitment}`;
  }
  const filters = commitmentFiltersToSearchParams({
    ...request.filters,
    sort: 'default',
    page: 1,
  }).toString();
  return filters ? `/${request.locale}/commitments?${filters}` : `/${request.locale}`;
}
