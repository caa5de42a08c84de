import Link from 'next/link';
import { FallbackMarker } from '@/components/i18n/localized-text';
import { StatusBadge } from '@/components/ui/status-badge';
import type { Locale } from '@/lib/i18n/config';
import { pickLocalized } from '@/lib/i18n/content';
import { formatDate, formatNumber } from '@/lib/i18n/format';
import type { Translate } from '@/lib/i18n/messages';
import type { BriefingRow } from '@/lib/queries/briefing';

/** The commitments in scope: headline status, as of when, whose verdict, how much evidence. */
export function BriefingTable({
  locale,
  t,
  rows,
  total,
  linkQuery,
}: {
  locale: Locale;
  t: Translate;
  rows: BriefingRow[];
  total: number;
  /** Keeps a past view in the commitment links. */
  linkQuery: string;
}) {
  return (
    <section aria-labelledby="report-table" className="export-report__section export-report__table-section">
      <h2 id="report-table">{t('export.report.table')}</h2>
      {total > rows.length ? (
        <p className="muted">{t('export.report.truncated', { shown: rows.length, total })}</p>
      ) : null}
      <div className="table-scroll">
        <table className="export-report__table" data-testid="briefing-table">
          <thead>
            <tr>
              <th scope="col">{t('export.columns.title')}</th>
              <th scope="col">{t('export.columns.status')}</th>
              <th scope="col">{t('time.briefing.tableAsOf')}</th>
              <th scope="col">{t('time.briefing.tableAssessor')}</th>
              <th scope="col">{t('time.briefing.tableEvidence')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const title = pickLocalized({ en: row.titleEn, vi: row.titleVi }, locale);
              return (
                <tr key={row.slug}>
                  <td>
                    <Link
                      href={`/${locale}/commitments/${row.slug}${linkQuery ? `?${linkQuery}` : ''}`}
                      lang={title.fallback ? title.lang : undefined}
                    >
                      {title.text}
                    </Link>
                    <FallbackMarker value={title} t={t} />
                  </td>
                  <td>
                    <StatusBadge status={row.status} label={t(`common.status.${row.status}.label`)} />
                  </td>
                  <td>{row.headlineAssessedOn ? formatDate(row.headlineAssessedOn, locale) : '—'}</td>
                  <td>{row.headlineAssessor ? t(`assessment.assessor.${row.headlineAssessor}`) : '—'}</td>
                  <td className="export-report__num">{formatNumber(row.evidenceCount, locale)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
