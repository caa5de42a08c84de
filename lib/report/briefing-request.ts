import 'server-only';
// The briefing's inputs, read once for the /report page and its PDF: the filters and point in time
// (same parser as /commitments), `since=<date|snapshot>`, the briefing figures, and the charts —
// overall ones, then per agreement its status by pillar and its status over time.
import { describeFilters, renderChart, type ChartName, type RenderedChart } from '../export/charts';
import type { Locale } from '../i18n/config';
import { pickLocalized } from '../i18n/content';
import { createTranslator, type MessageKey } from '../i18n/messages';
import { listAgreementsForExport } from '../queries/exports';
import { readBriefing } from '../queries/briefing';
import { getCurrentMethodology } from '../queries/methodology';
import { parseSincePoint } from '../time/changes-params';
import type { TimeParams } from '../time/as-of';
import {
  parseCommitmentFilters,
  type FilterError,
  type SearchParamsInput,
} from '../validation/commitment-filters';

export interface AgreementCharts {
  slug: string;
  title: string;
  charts: { name: ChartName; chart: RenderedChart }[];
}

export async function loadBriefing(searchParams: SearchParamsInput, locale: Locale) {
  const t = createTranslator(locale);
  const parsed = parseCommitmentFilters(searchParams, locale);
  const errors: FilterError[] = parsed.ok ? [] : [...parsed.errors];
  const filters = { ...parsed.filters, page: 1 };
  const rawSince =
    searchParams instanceof URLSearchParams
      ? searchParams.get('since')
      : (([value]) => value)([searchParams?.since].flat());
  let since: TimeParams | null = null;
  if (rawSince && rawSince.trim()) {
    const read = parseSincePoint(rawSince.trim());
    if (read.ok) since = read.point;
    else errors.push({ param: 'since', message: t(read.messageKey as MessageKey) });
  }
  const [agreements, methodology] = await Promise.all([listAgreementsForExport(), getCurrentMethodology()]);
  const briefing = await readBriefing(filters, since);
  // A period that ends before it starts is not a change list: shown as a message, figures kept.
  if (since?.asOf && since.asOf > briefing.day) {
    errors.push({ param: 'since', message: t('filters.errors.fromAfterTo') });
  }
  const overall: ChartName[] = filters.agreement ? ['deadlines'] : ['status-by-agreement', 'deadlines'];
  const inScope = agreements.filter(
    (agreement) =>
      (!filters.agreement || agreement.slug === filters.agreement) &&
      briefing.rows.some((row) => row.agreement.slug === agreement.slug),
  );
  const render = async (name: ChartName, agreement?: string) => {
    const result = await renderChart({
      chart: name,
      filters: agreement ? { ...filters, agreement, pillar: filters.pillar } : filters,
      locale,
    });
    return result.ok ? { name, chart: result.chart } : null;
  };
  const [overallCharts, sections] = await Promise.all([
    Promise.all(overall.map((name) => render(name))),
    Promise.all(
      inScope.map(async (agreement): Promise<AgreementCharts> => {
        const charts = await Promise.all(
          (['status-by-pillar', 'status-over-time'] as const).map((name) => render(name, agreement.slug)),
        );
        return {
          slug: agreement.slug,
          title:
            pickLocalized({ en: agreement.titleEn, vi: agreement.titleVi }, locale).text || agreement.slug,
          charts: charts.filter((chart) => chart !== null),
        };
      }),
    ),
  ]);
  return {
    filters,
    errors,
    since,
    sinceRaw: rawSince ?? '',
    briefing,
    methodology,
    scope: describeFilters(filters, agreements, locale),
    overallCharts: overallCharts.filter((chart) => chart !== null),
    sections,
  };
}
