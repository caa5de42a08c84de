// Chart URLs and download file names (pure: used by routes, menus and the report).
import type { Locale } from '../i18n/config';
import { commitmentFiltersToSearchParams, type CommitmentFilters } from '../validation/commitment-filters';
import type { ChartFormat, ChartName } from './chart-names';
import { fileNamePart } from './request';

export interface ChartRequest {
  chart: ChartName;
  filters: CommitmentFilters;
  locale: Locale;
  /** Slug of the commitment (progress chart only). */
  commitment?: string;
}

/** The canonical query for a chart (filters in a fixed order, lang, commitment): URLs and ETags. */
export function chartQuery(request: ChartRequest): URLSearchParams {
  const params = commitmentFiltersToSearchParams({ ...request.filters, sort: 'default', page: 1 });
  if (request.chart === 'progress' && request.commitment) params.set('commitment', request.commitment);
  params.set('lang', request.locale);
  return params;
}

export function chartPath(request: ChartRequest, format: ChartFormat): string {
  return `/api/charts/${request.chart}.${format}?${chartQuery(request).toString()}`;
}

const todayIso = () => new Date().toISOString().slice(0, 10);

/** `status-by-pillar_vn-uk-csp_2026-11-23` (no extension). */
export function chartFileBase(request: ChartRequest, date = todayIso()): string {
  const { filters } = request;
  const scope =
    request.chart === 'progress'
      ? request.commitment!
      : [filters.agreement, filters.pillar].filter(Boolean).join('-') || 'all';
  const narrowed =
    request.chart !== 'progress' &&
    (filters.statuses.length > 0 ||
      filters.parties.length > 0 ||
      filters.deadlineFrom ||
      filters.deadlineTo ||
      filters.q ||
      filters.contested !== undefined);
  return `${request.chart}_${fileNamePart(scope)}${narrowed ? '-filtered' : ''}_${date}`;
}
