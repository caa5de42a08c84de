// /report: an A4 briefing for the same filters as /commitments — headline figures, the main charts
// (the server SVGs that /api/charts serves), the commitments table, the as-of time and data version.
// Print CSS (globals.css, "export" section) hides navigation so "Save as PDF" gives a clean document.
import type { Metadata } from 'next';
import Link from 'next/link';
import { ChartDownloadMenu } from '@/components/export/chart-download-menu';
import { ExportLinks } from '@/components/export/export-links';
import { StatusBadge } from '@/components/ui/status-badge';
import { currentDataVersion } from '@/lib/cache/public-cache';
import { STATUSES } from '@/lib/domain/status';
import { describeFilters, renderChart, type ChartName } from '@/lib/export/charts';
import { FallbackMarker, LocalizedText } from '@/components/i18n/localized-text';
import { pickLocalized } from '@/lib/i18n/content';
import { formatDate, formatDateTime, formatNumber } from '@/lib/i18n/format';
import { localeAndTranslator } from '@/lib/i18n/server';
import { getDataStamp, listAgreementsForExport, listCommitmentsForExport } from '@/lib/queries/exports';
import { parseCommitmentFilters } from '@/lib/validation/commitment-filters';

const TABLE_LIMIT = 300;

export async function generateMetadata({ params }: PageProps<'/[lang]/report'>): Promise<Metadata> {
  const { t } = await localeAndTranslator(params);
  return { title: t('export.report.title') };
}

function inlineSvg(svg: string): string {
  return svg.replace(/^<\?xml[^>]*>\s*/, '');
}

export default async function ReportPage({ params, searchParams }: PageProps<'/[lang]/report'>) {
  const { locale, t } = await localeAndTranslator(params);
  const parsed = parseCommitmentFilters(await searchParams, locale);
  const filters = { ...parsed.filters, page: 1 };
  const charts: ChartName[] = filters.agreement
    ? ['status-by-pillar', 'deadlines']
    : ['status-by-agreement', 'status-by-pillar', 'deadlines'];
  const [agreements, stamp, dataVersion, { rows, total }, ...rendered] = await Promise.all([
    listAgreementsForExport(),
    getDataStamp(),
    currentDataVersion(),
    listCommitmentsForExport(filters),
    ...charts.map((chart) => renderChart({ chart, filters, locale })),
  ]);
  const count = (statuses: string[]) => rows.filter((row) => statuses.includes(row.status)).length;
  const withProgress = rows.filter((row) => row.progress !== null);
  const averageProgress =
    withProgress.length > 0
      ? withProgress.reduce((sum, row) => sum + (row.progress ?? 0), 0) / withProgress.length
      : null;
  const figures = [
    { label: t('export.report.total'), value: formatNumber(total, locale) },
    { label: t('export.report.achieved'), value: formatNumber(count(['ACHIEVED']), locale) },
    { label: t('export.report.onTrack'), value: formatNumber(count(['IN_PROGRESS']), locale) },
    { label: t('export.report.atRisk'), value: formatNumber(count(['AT_RISK', 'STALLED']), locale) },
    {
      label: t('export.report.averageProgress'),
      value: averageProgress === null ? '—' : `${formatNumber(averageProgress, locale, 0)}%`,
    },
  ];
  const shown = rows.slice(0, TABLE_LIMIT);

  return (
    <article className="export-report" data-testid="report">
      <header className="export-report__header">
        <h1>{t('export.report.title')}</h1>
        <p className="export-report__scope">
          <strong>{t('export.report.scope')}:</strong> {describeFilters(filters, agreements, locale)}
        </p>
        <p className="export-report__stamp" data-testid="report-stamp">
          {t('export.report.asOf', { time: formatDateTime(stamp.asOf, locale), version: dataVersion })} ·{' '}
          {t('export.report.generated', { time: formatDateTime(new Date(), locale) })}
        </p>
        {!parsed.ok ? (
          <p className="export-report__notice" role="status">
            {t('export.report.invalid', {
              errors: parsed.errors.map((error) => `${error.param}: ${error.message}`).join('; '),
            })}
          </p>
        ) : null}
        <div className="export-report__actions">
          <p>{t('export.report.printHint')}</p>
          <ExportLinks filters={filters} locale={locale} t={t} showReport={false} />
        </div>
      </header>

      <section aria-labelledby="report-headline" className="export-report__section">
        <h2 id="report-headline">{t('export.report.headline')}</h2>
        <dl className="export-report__figures">
          {figures.map((figure) => (
            <div key={figure.label}>
              <dt>{figure.label}</dt>
              <dd>{figure.value}</dd>
            </div>
          ))}
        </dl>
      </section>

      <section aria-labelledby="report-charts" className="export-report__section">
        <h2 id="report-charts">{t('export.report.charts')}</h2>
        {rendered.map((result, index) =>
          result.ok ? (
            <figure key={charts[index]} className="export-report__chart" data-chart={charts[index]}>
              <div className="export-report__chart-actions">
                <ChartDownloadMenu
                  chart={charts[index]!}
                  filters={filters}
                  locale={locale}
                  title={result.chart.title}
                  t={t}
                />
              </div>
              <div
                className="export-report__svg"
                dangerouslySetInnerHTML={{ __html: inlineSvg(result.chart.svg) }}
              />
            </figure>
          ) : null,
        )}
      </section>

      <section aria-labelledby="report-table" className="export-report__section export-report__table-section">
        <h2 id="report-table">{t('export.report.table')}</h2>
        {total > shown.length ? (
          <p className="muted">{t('export.report.truncated', { shown: shown.length, total })}</p>
        ) : null}
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
            {shown.map((row) => {
              const title = pickLocalized({ en: row.titleEn, vi: row.titleVi }, locale);
              const pillar = row.pillar
                ? pickLocalized({ en: row.pillar.nameEn, vi: row.pillar.nameVi }, locale)
                : null;
              const update = row.updates[0];
              const deadlineText = pickLocalized(
                { en: row.deadlineTextEn, vi: row.deadlineTextVi },
                locale,
              ).text;
              return (
                <tr key={row.slug}>
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
                        {update.reason.length > 220 ? `${update.reason.slice(0, 219)}…` : update.reason}
                      </>
                    ) : (
                      '—'
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>
      <p className="export-report__legend muted">
        {STATUSES.map(
          (status) => `${t(`common.status.${status}.label`)}: ${t(`common.status.${status}.definition`)}`,
        ).join(' · ')}
      </p>
    </article>
  );
}
