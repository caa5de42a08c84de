import Link from 'next/link';
import { withTime, type TimeParams } from '@/lib/time/as-of';
import { seriesColors } from '@/components/charts/series-colors';
import { StackedBarChart } from '@/components/charts/stacked-bar-chart';
import { FallbackMarker, langOf } from '@/components/i18n/localized-text';
import { STATUSES, type Status } from '@/lib/domain/status';
import type { Locale } from '@/lib/i18n/config';
import { pickLocalized } from '@/lib/i18n/content';
import { formatDate } from '@/lib/i18n/format';
import type { Translate } from '@/lib/i18n/messages';
import { statusSeries } from './status-series';

export interface AgreementStatusRow {
  slug: string;
  titleEn: string | null;
  titleVi: string | null;
  signedOn: Date;
  dateKind: 'SIGNED' | 'ADOPTED' | 'REVIEWED';
  counts: Record<Status, number>;
  total: number;
}

/** One card per agreement: total, the full split by status (zeros included) and a bar. */
export function AgreementStatusCards({
  locale,
  t,
  rows,
  time = {},
}: {
  locale: Locale;
  t: Translate;
  rows: AgreementStatusRow[];
  time?: TimeParams;
}) {
  const series = statusSeries(t);
  return (
    // The bars' colours once for all the cards (series-colors.ts), not once per card.
    <div className="agreement-cards" style={seriesColors(series)}>
      {rows.map((row) => {
        const title = pickLocalized({ en: row.titleEn, vi: row.titleVi }, locale);
        const titleId = `agreement-${row.slug}-title`;
        return (
          <article
            key={row.slug}
            className="card agreement-card"
            aria-labelledby={titleId}
            data-testid="agreement-card"
          >
            <h3 id={titleId} className="agreement-card__title">
              <Link href={withTime(`/${locale}/agreements/${row.slug}`, time)} {...langOf(title)}>
                {title.text}
              </Link>
              <FallbackMarker value={title} t={t} />
            </h3>
            <p className="muted">
              {t('dashboard.overview.agreementTotal', {
                count: row.total,
                dated: t(`assessment.dateKind.${row.dateKind}`, { date: formatDate(row.signedOn, locale) }),
              })}
            </p>
            <StackedBarChart
              rows={[{ key: row.slug, label: t('dashboard.summary.total'), values: row.counts }]}
              series={series}
              totalLabel={t('dashboard.chart.total')}
              ownColors={false}
            />
            <ul className="count-list">
              {STATUSES.map((status) => (
                <li key={status} data-status={status}>
                  {t(`common.status.${status}.label`)}
                  <strong>{row.counts[status]}</strong>
                </li>
              ))}
            </ul>
          </article>
        );
      })}
    </div>
  );
}
