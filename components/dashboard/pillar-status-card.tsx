import { withTime, type TimeParams } from '@/lib/time/as-of';
import { ChartFrame } from '@/components/charts/chart-frame';
import { StackedBarChart } from '@/components/charts/stacked-bar-chart';
import { FallbackMarker, fallbackNote, langOf } from '@/components/i18n/localized-text';
import { STATUSES, type Status } from '@/lib/domain/status';
import type { Locale } from '@/lib/i18n/config';
import { pickLocalized } from '@/lib/i18n/content';
import type { Translate } from '@/lib/i18n/messages';
import { statusLegend, statusSeries } from './status-series';

export interface PillarStatusRow {
  slug: string;
  nameEn: string | null;
  nameVi: string | null;
  agreement: { slug: string };
  counts: Record<Status, number>;
}

/** Stacked bars of commitments per status for each pillar (server-rendered, no client JS). */
export function PillarStatusCard({
  id = 'status-by-pillar',
  locale,
  t,
  rows,
  title,
  description,
  headingLevel = 2,
  actions,
  time = {},
  footer,
}: {
  /** Under the chart, e.g. a "show all" link when the rows were capped. */
  footer?: React.ReactNode;
  id?: string;
  locale: Locale;
  t: Translate;
  rows: PillarStatusRow[];
  title: string;
  description?: string;
  headingLevel?: 2 | 3;
  actions?: React.ReactNode;
  time?: TimeParams;
}) {
  const barRows = rows.map((row) => {
    const name = pickLocalized({ en: row.nameEn, vi: row.nameVi }, locale);
    return {
      key: `${row.agreement.slug}/${row.slug}`,
      label: name.text,
      lang: name.fallback ? name.lang : undefined,
      note: fallbackNote(name, t),
      name,
      href: withTime(`/${locale}/agreements/${row.agreement.slug}/pillars/${row.slug}`, time),
      values: row.counts,
    };
  });
  return (
    <ChartFrame
      id={id}
      title={title}
      description={description}
      headingLevel={headingLevel}
      legend={statusLegend(t)}
      legendLabel={t('dashboard.chart.legend')}
      actions={actions}
      tableToggleLabel={t('dashboard.chart.showTable')}
      table={{
        caption: title,
        columns: [
          t('dashboard.list.pillar'),
          ...STATUSES.map((status) => t(`common.status.${status}.label`)),
          t('dashboard.chart.total'),
        ],
        rows: barRows.map((row) => ({
          key: row.key,
          header: (
            <>
              <span {...langOf(row.name)}>{row.label}</span>
              <FallbackMarker value={row.name} t={t} />
            </>
          ),
          cells: [
            ...STATUSES.map((status) => row.values[status]),
            STATUSES.reduce((sum, status) => sum + row.values[status], 0),
          ],
        })),
      }}
    >
      <StackedBarChart rows={barRows} series={statusSeries(t)} totalLabel={t('dashboard.chart.total')} />
      {footer}
    </ChartFrame>
  );
}
