// /report: an A4 briefing for the same filters as /commitments — headline figures, the main charts
// (the server SVGs that /api/charts serves), the commitments table, the as-of time and data version.
// Print CSS (globals.css, "export" section) hides navigation so "Save as PDF" gives a clean document.
import type { Metadata } from 'next';
import { ExportLinks } from '@/components/export/export-links';
import { ReportCharts } from '@/components/report/report-charts';
import { ReportFigures } from '@/components/report/report-figures';
import { ReportTable } from '@/components/report/report-table';
import { currentDataVersion } from '@/lib/cache/public-cache';
import { STATUSES } from '@/lib/domain/status';
import { describeFilters, renderChart, type ChartName } from '@/lib/export/charts';
import { pickLocalized } from '@/lib/i18n/content';
import { formatDateTime } from '@/lib/i18n/format';
import { localeAndTranslator } from '@/lib/i18n/server';
import { PastBanner } from '@/components/time/past-banner';
import { resolvePointOrNotFound } from '@/lib/time/page-time';
import { commitmentFiltersToSearchParams } from '@/lib/validation/commitment-filters';
import { getDataStamp, listAgreementsForExport, listCommitmentsForExport } from '@/lib/queries/exports';
import { getCurrentMethodology } from '@/lib/queries/methodology';
import { summarizeForReport } from '@/lib/queries/report';
import { parseCommitmentFilters } from '@/lib/validation/commitment-filters';

const TABLE_LIMIT = 300;

export async function generateMetadata({ params }: PageProps<'/[lang]/report'>): Promise<Metadata> {
  const { t } = await localeAndTranslator(params);
  return { title: t('export.report.title') };
}

export default async function ReportPage({ params, searchParams }: PageProps<'/[lang]/report'>) {
  const { locale, t } = await localeAndTranslator(params);
  const parsed = parseCommitmentFilters(await searchParams, locale);
  const filters = { ...parsed.filters, page: 1 };
  const point = await resolvePointOrNotFound(filters);
  const todayQuery = commitmentFiltersToSearchParams({ ...filters, asOf: undefined, snapshot: undefined });
  const chartNames: ChartName[] = filters.agreement
    ? ['status-by-pillar', 'deadlines']
    : ['status-by-agreement', 'status-by-pillar', 'deadlines'];
  const [methodology, agreements, stamp, dataVersion, summary, { rows }, ...rendered] = await Promise.all([
    getCurrentMethodology(),
    listAgreementsForExport(),
    getDataStamp(),
    currentDataVersion(),
    summarizeForReport(filters),
    listCommitmentsForExport(filters),
    ...chartNames.map((chart) => renderChart({ chart, filters, locale })),
  ]);

  return (
    <article className="export-report" data-testid="report">
      <PastBanner
        locale={locale}
        t={t}
        point={point}
        todayHref={`/${locale}/report${todayQuery.size > 0 ? `?${todayQuery}` : ''}`}
      />
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
      <ReportFigures locale={locale} t={t} summary={summary} />
      <ReportCharts
        locale={locale}
        t={t}
        filters={filters}
        charts={chartNames.map((name, index) => ({ name, result: rendered[index]! }))}
      />
      <ReportTable locale={locale} t={t} rows={rows.slice(0, TABLE_LIMIT)} total={summary.total} />
      <p className="export-report__legend muted">
        {STATUSES.map(
          (status) =>
            `${t(`common.status.${status}.label`)}: ${pickLocalized(methodology.definitions[status], locale).text}`,
        ).join(' · ')}
      </p>
    </article>
  );
}
