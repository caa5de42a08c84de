import Link from 'next/link';
import { FallbackMarker, LocalizedText } from '@/components/i18n/localized-text';
import { StatusBadge } from '@/components/ui/status-badge';
import type { Locale } from '@/lib/i18n/config';
import { pickLocalized } from '@/lib/i18n/content';
import { formatDate } from '@/lib/i18n/format';
import type { Translate } from '@/lib/i18n/messages';
import type { ExportCommitmentRow } from '@/lib/queries/exports';

const REASON_PREVIEW = 220;

function ReportRow({ locale, t, row }: { locale: Locale; t: Translate; row: ExportCommitmentRow }) {
  const title = pickLocalized({ en: row.titleEn, vi: row.titleVi }, locale);
  const pillar = row.pillar ? pickLocalized({ en: row.pillar.nameEn, vi: row.pillar.nameVi }, locale) : null;
  const update = row.updates[0];
  const deadlineText = pickLocalized({ en: row.deadlineTextEn, vi: row.deadlineTextVi }, locale).text;
  return (
    <tr>
      <td>
        <Link href={`/${locale}/commitments/${row.slug}`} lang={title.lang}>
          {title.text}
        </Link>
        <FallbackMarker value={title} t={t} />
        {pillar ? (
          <div className="export-report__pillar">
            <LocalizedText value={pillar} t={t} />
          </div>
        ) : null}
      </td>
      <td>
        <StatusBadge status={row.status} label={t(`common.status.${row.status}.label`)} />
      </td>
      <td className="export-report__num">{row.progress === null ? '—' : `${row.progress}%`}</td>
      <td>{row.deadline ? formatDate(row.deadline, locale) : deadlineText || '—'}</td>
      <td>
        {update ? (
          <>
            <span className="export-report__date">{formatDate(update.createdAt, locale)}</span>{' '}
            {update.reason.length > REASON_PREVIEW
              ? `${update.reason.slice(0, REASON_PREVIEW - 1)}…`
              : update.reason}
          </>
        ) : (
          '—'
        )}
      </td>
    </tr>
  );
}

/** The commitments in scope, one row each (capped; the caller says how many are left out). */
export function ReportTable({
  locale,
  t,
  rows,
  total,
}: {
  locale: Locale;
  t: Translate;
  rows: ExportCommitmentRow[];
  total: number;
}) {
  return (
    <section aria-labelledby="report-table" className="export-report__section export-report__table-section">
      <h2 id="report-table">{t('export.report.table')}</h2>
      {total > rows.length ? (
        <p className="muted">{t('export.report.truncated', { shown: rows.length, total })}</p>
      ) : null}
      <div className="table-scroll">
        <table className="export-report__table">
          <thead>
            <tr>
              <th scope="col">{t('export.columns.title')}</th>
              <th scope="col">{t('export.columns.status')}</th>
              <th scope="col">{t('export.columns.progress')}</th>
              <th scope="col">{t('export.columns.deadline')}</th>
              <th scope="col">{t('export.report.latestUpdate')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <ReportRow key={row.slug} locale={locale} t={t} row={row} />
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
