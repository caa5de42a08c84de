import { ChartDownloadMenu } from '@/components/export/chart-download-menu';
import type { ChartName, renderChart } from '@/lib/export/charts';
import type { Locale } from '@/lib/i18n/config';
import type { Translate } from '@/lib/i18n/messages';
import type { CommitmentFilters } from '@/lib/validation/commitment-filters';

/**
 * Server SVGs inlined in the page. Each chart's ids get its own prefix: inlined side by side, the
 * same `id="chart-title"` in every SVG would make every chart's label point at the first title.
 */
export function inlineSvg(svg: string, idPrefix: string): string {
  return svg
    .replace(/^<\?xml[^>]*>\s*/, '')
    .replace(/\bid="([^"]+)"/g, `id="${idPrefix}-$1"`)
    .replace(
      /\baria-labelledby="([^"]+)"/g,
      (_, ids: string) =>
        `aria-labelledby="${ids
          .split(/\s+/)
          .map((id) => `${idPrefix}-${id}`)
          .join(' ')}"`,
    );
}

export function ReportCharts({
  locale,
  t,
  filters,
  charts,
  idPrefix = 'report',
}: {
  locale: Locale;
  t: Translate;
  filters: CommitmentFilters;
  /** Keeps ids unique when several chart groups share the page. */
  idPrefix?: string;
  charts: { name: ChartName; result: Awaited<ReturnType<typeof renderChart>> }[];
}) {
  return (
    <section aria-labelledby={`${idPrefix}-charts`} className="export-report__section">
      <h2 id={`${idPrefix}-charts`}>{t('export.report.charts')}</h2>
      {charts.map(({ name, result }) =>
        result.ok ? (
          <figure key={name} className="export-report__chart" data-chart={name}>
            <div className="export-report__chart-actions">
              <ChartDownloadMenu
                chart={name}
                filters={filters}
                locale={locale}
                title={result.chart.title}
                t={t}
              />
            </div>
            <div
              className="export-report__svg"
              dangerouslySetInnerHTML={{ __html: inlineSvg(result.chart.svg, `${idPrefix}-${name}`) }}
            />
          </figure>
        ) : null,
      )}
    </section>
  );
}
