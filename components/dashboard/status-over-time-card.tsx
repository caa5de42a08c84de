import Link from 'next/link';
import { ChartFrame } from '@/components/charts/chart-frame';
import { StackedBarChart } from '@/components/charts/stacked-bar-chart';
import { STATUSES } from '@/lib/domain/status';
import type { Locale } from '@/lib/i18n/config';
import { formatDate } from '@/lib/i18n/format';
import type { Translate } from '@/lib/i18n/messages';
import type { StatusOverTimePoint } from '@/lib/queries/status-over-time';
import { statusLegend, statusSeries } from './status-series';

/**
 * Months drawn on a page unless the reader asks for all of them (`showAllHref`): the latest year.
 * Five years of bars and their table doubled the overview's HTML at 20 agreements, and two years
 * were still a quarter of it (more once each month holds every status, as real data does); the
 * chart's own downloads keep every month.
 */
export const MONTHS_ON_PAGE = 12;

/** Headline status counts at each month end, one stacked bar per month, with its data table. */
export function StatusOverTimeCard({
  locale,
  t,
  points,
  actions,
  allMonths = false,
  showAllHref,
}: {
  locale: Locale;
  t: Translate;
  points: StatusOverTimePoint[];
  actions?: React.ReactNode;
  /** Draw every month (the page was asked for them with `?months=all`). */
  allMonths?: boolean;
  /** The same page with every month; linked under the chart when months were left out. */
  showAllHref?: string;
}) {
  const title = t('export.charts.status-over-time');
  // Newest first: the months a reader asks about come first on a phone.
  const shown = allMonths ? points : points.slice(-MONTHS_ON_PAGE);
  const rows = [...shown].reverse().map((point) => ({
    key: point.date,
    label: formatDate(point.date, locale),
    values: point.counts,
  }));
  return (
    <ChartFrame
      id="status-over-time"
      title={title}
      description={
        shown.length < points.length
          ? `${t('time.trends.description')} ${t('time.trends.latestMonths', { count: shown.length, total: points.length })}`
          : t('time.trends.description')
      }
      legend={statusLegend(t)}
      legendLabel={t('dashboard.chart.legend')}
      actions={actions}
      tableToggleLabel={t('dashboard.chart.showTable')}
      table={{
        caption: title,
        columns: [
          t('time.trends.month'),
          ...STATUSES.map((status) => t(`common.status.${status}.label`)),
          t('dashboard.chart.total'),
        ],
        rows: rows.map((row) => ({
          key: row.key,
          header: <time dateTime={row.key}>{row.label}</time>,
          cells: [
            ...STATUSES.map((status) => row.values[status]),
            STATUSES.reduce((sum, status) => sum + row.values[status], 0),
          ],
        })),
      }}
    >
      <StackedBarChart rows={rows} series={statusSeries(t)} totalLabel={t('dashboard.chart.total')} />
      {shown.length < points.length && showAllHref ? (
        <p className="show-all">
          <Link href={showAllHref}>{t('time.trends.showAllMonths', { count: points.length })}</Link>
        </p>
      ) : null}
    </ChartFrame>
  );
}
