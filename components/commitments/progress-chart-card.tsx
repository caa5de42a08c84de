import { ChartFrame } from '@/components/charts/chart-frame';
import { LazyLineChart as LineChart } from '@/components/charts/lazy-line-chart';
import { PROGRESS_LINE_COLOR as LINE_COLOR } from '@/lib/domain/chart-colors';
import type { Locale } from '@/lib/i18n/config';
import { formatDate } from '@/lib/i18n/format';
import type { Translate } from '@/lib/i18n/messages';

/**
 * Progress over time. The recharts component (client JS) is only rendered when there is a series
 * to draw, so commitments without progress figures ship no chart code.
 */
export function ProgressChartCard({
  locale,
  t,
  points,
  actions,
}: {
  locale: Locale;
  t: Translate;
  /** Plotted at the day each verdict describes. */
  points: { progress: number | null; assessedOn: Date }[];
  actions?: React.ReactNode;
}) {
  const data = points
    .filter((point): point is { progress: number; assessedOn: Date } => point.progress !== null)
    .map((point) => ({ label: formatDate(point.assessedOn, locale), value: point.progress }));
  const title = t('dashboard.commitment.progressChart');
  return (
    <ChartFrame
      id="progress-over-time"
      title={title}
      description={t('dashboard.commitment.progressChartDescription')}
      actions={actions}
      tableToggleLabel={t('dashboard.chart.showTable')}
      table={
        data.length > 0
          ? {
              caption: title,
              columns: [t('assessment.history.asOf'), t('dashboard.commitment.historyProgress')],
              rows: data.map((point, index) => ({
                key: String(index),
                header: point.label,
                cells: [`${point.value}%`],
              })),
            }
          : undefined
      }
    >
      {data.length > 0 ? (
        <LineChart
          data={data}
          color={LINE_COLOR}
          seriesLabel={t('dashboard.commitment.historyProgress')}
          ariaLabel={progressChartLabel(t, title, data)}
          unit="%"
        />
      ) : (
        <p className="muted">{t('dashboard.commitment.progressChartEmpty')}</p>
      )}
    </ChartFrame>
  );
}

/** Series longer than this are summarised in the chart's label; the table lists every point. */
const LISTED_POINTS = 12;

/**
 * What a screen reader says for the chart: every point of a short series; for a long one (a
 * commitment assessed hundreds of times) its span and ends, not hundreds of points in one label.
 */
export function progressChartLabel(t: Translate, title: string, data: { label: string; value: number }[]) {
  if (data.length <= LISTED_POINTS) {
    return `${title}: ${data.map((point) => `${point.label} ${point.value}%`).join(', ')}`;
  }
  const first = data[0]!;
  const last = data[data.length - 1]!;
  return t('dashboard.commitment.progressChartSummary', {
    title,
    count: data.length,
    firstDate: first.label,
    first: first.value,
    lastDate: last.label,
    last: last.value,
  });
}
