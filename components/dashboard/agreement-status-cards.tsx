import Link from 'next/link';
import { withTime, type TimeParams } from '@/lib/time/as-of';
import { StackedBarChart } from '@/components/charts/stacked-bar-chart';
import { FallbackMarker } from '@/components/i18n/localized-text';
import { STATUS_COLORS, STATUSES, type Status } from '@/lib/domain/status';
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
  return (
    <div className="agreement-cards">
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
              <Link
                href={withTime(`/${locale}/agreements/${row.slug}`, time)}
                lang={title.fallback ? title.lang : undefined}
              >
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
              series={statusSeries(t)}
              totalLabel={t('dashboard.chart.total')}
            />
            <ul className="count-list">
              {STATUSES.map((status) => (
                <li key={status}>
                  <span
                    className="count-list__dot"
                    style={{ background: STATUS_COLORS[status] }}
                    aria-hidden="true"
                  />
                  <span>{t(`common.status.${status}.label`)}</span>
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
