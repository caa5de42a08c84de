// /report: the briefing a ministry analyst hands upward — title with scope and point in time, a
// generated summary sentence, key figures with denominators, what changed since a chosen date or
// snapshot (`since=`), one section per agreement with its charts, the commitments table and the
// methodology version. Printed A4 by print CSS (rows and charts never split); the same content as
// a PDF from /api/export/briefing.pdf, generated on the server.
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ChangeList, ChangeSummary } from '@/components/changes/change-list';
import { ExportLinks } from '@/components/export/export-links';
import { ReportCharts } from '@/components/report/report-charts';
import { ReportFigures } from '@/components/report/report-figures';
import { BriefingTable } from '@/components/report/briefing-table';
import { PastBanner } from '@/components/time/past-banner';
import { currentDataVersion } from '@/lib/cache/public-cache';
import { STATUSES } from '@/lib/domain/status';
import { pickLocalized } from '@/lib/i18n/content';
import { formatDate, formatDateTime, formatNumber } from '@/lib/i18n/format';
import { localeAndTranslator } from '@/lib/i18n/server';
import { briefingSentence } from '@/lib/queries/briefing';
import { getDataStamp } from '@/lib/queries/exports';
import { loadBriefing } from '@/lib/report/briefing-request';
import { BRIEFING_CHANGES_SHOWN } from '@/lib/report/limits';
import { DEADLINE_HORIZON_DAYS } from '@/lib/report/summary-sentence';
import { timeQuery, UnknownSnapshotError } from '@/lib/time/as-of';
import { commitmentFiltersToSearchParams } from '@/lib/validation/commitment-filters';

const TABLE_LIMIT = 300;

export async function generateMetadata({ params }: PageProps<'/[lang]/report'>): Promise<Metadata> {
  const { t } = await localeAndTranslator(params);
  return { title: t('export.report.title') };
}

async function briefingOrNotFound(...args: Parameters<typeof loadBriefing>) {
  try {
    return await loadBriefing(...args);
  } catch (error) {
    if (error instanceof UnknownSnapshotError) notFound();
    throw error;
  }
}

export default async function ReportPage({ params, searchParams }: PageProps<'/[lang]/report'>) {
  const { locale, t } = await localeAndTranslator(params);
  const query = await searchParams;
  const [loaded, stamp, dataVersion] = await Promise.all([
    briefingOrNotFound(query, locale),
    getDataStamp(),
    currentDataVersion(),
  ]);
  const { filters, briefing, errors, methodology } = loaded;
  const point = briefing.point;
  const todayQuery = commitmentFiltersToSearchParams({ ...filters, asOf: undefined, snapshot: undefined });
  const pdfQuery = commitmentFiltersToSearchParams(filters);
  if (loaded.sinceRaw) pdfQuery.set('since', loaded.sinceRaw);
  pdfQuery.set('lang', locale);
  const keep = commitmentFiltersToSearchParams(filters);
  const n = (value: number) => formatNumber(value, locale);
  const total = briefing.summary.total;
  const changes = briefing.changes;
  const changedRows = (changes?.rows ?? []).filter(
    (row) => row.statusChanged || row.figuresChanged || row.newlyContested,
  );
  // The whole list of the period lives on /changes (a briefing lists the first few).
  const changesQuery = new URLSearchParams();
  if (loaded.sinceRaw) changesQuery.set('from', loaded.sinceRaw);
  const periodEnd = filters.snapshot ?? filters.asOf;
  if (periodEnd) changesQuery.set('to', periodEnd);
  if (filters.agreement) changesQuery.set('agreement', filters.agreement);
  const changesHref = `/${locale}/changes?${changesQuery}`;
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
          <strong>{t('export.report.scope')}:</strong> {loaded.scope}
        </p>
        <p className="export-report__stamp" data-testid="report-stamp">
          {point.kind === 'past'
            ? point.snapshot
              ? t('time.briefing.viewSnapshot', {
                  name: point.snapshot.name,
                  date: formatDate(point.asOf, locale),
                })
              : t('time.briefing.viewDate', { date: formatDate(point.asOf, locale) })
            : `${t('export.report.asOf', { time: formatDateTime(stamp.asOf, locale), version: dataVersion })} · ${t(
                'export.report.generated',
                { time: formatDateTime(new Date(), locale) },
              )}`}
        </p>
        {errors.length > 0 ? (
          <p className="export-report__notice" role="status">
            {t('export.report.invalid', {
              errors: errors.map((error) => `${error.param}: ${error.message}`).join('; '),
            })}
          </p>
        ) : null}
        <div className="export-report__actions">
          <form method="get" action={`/${locale}/report`} className="briefing-since" data-testid="since-form">
            {[...keep.entries()].map(([name, value], index) => (
              <input key={`${name}-${index}`} type="hidden" name={name} value={value} />
            ))}
            <label htmlFor="briefing-since">{t('time.briefing.since')}</label>
            <div className="as-of-form__row">
              <input
                id="briefing-since"
                name="since"
                defaultValue={loaded.sinceRaw}
                placeholder="2026-03-31"
                autoComplete="off"
              />
              <button type="submit" className="button">
                {t('time.briefing.sinceSubmit')}
              </button>
            </div>
          </form>
          <p>
            <a href={`/api/export/briefing.pdf?${pdfQuery}`} download data-testid="briefing-pdf">
              {t('time.briefing.pdf')}
            </a>
          </p>
          <p>{t('export.report.printHint')}</p>
          <ExportLinks filters={filters} locale={locale} t={t} showReport={false} />
        </div>
      </header>

      <section aria-labelledby="briefing-summary" className="export-report__section briefing-summary">
        <h2 id="briefing-summary">{t('time.briefing.summary')}</h2>
        <p className="briefing-summary__sentence" data-testid="summary-sentence">
          {briefingSentence(briefing, locale)}
        </p>
      </section>

      <ReportFigures locale={locale} t={t} summary={briefing.summary} />
      <dl className="export-report__figures" data-testid="briefing-figures">
        <div>
          <dt>{t('time.briefing.contestedFigure')}</dt>
          <dd>{t('time.briefing.ofTotal', { count: n(briefing.contested), total: n(total) })}</dd>
        </div>
        <div>
          <dt>{t('time.briefing.deadlinesFigure', { days: DEADLINE_HORIZON_DAYS })}</dt>
          <dd>{t('time.briefing.ofTotal', { count: n(briefing.deadlinesSoon), total: n(total) })}</dd>
        </div>
      </dl>

      {changes ? (
        <section aria-labelledby="briefing-changes" className="export-report__section">
          <h2 id="briefing-changes">
            {t('time.briefing.changesTitle', { date: formatDate(changes.from.asOf, locale) })}
          </h2>
          <ChangeSummary t={t} summary={changes.summary} />
          <ChangeList
            locale={locale}
            t={t}
            rows={changedRows.slice(0, BRIEFING_CHANGES_SHOWN)}
            linkQuery={timeQuery(filters)}
          />
          {changedRows.length > BRIEFING_CHANGES_SHOWN ? (
            <p>
              <Link href={changesHref}>
                {t('time.changes.moreRows', { count: changedRows.length - BRIEFING_CHANGES_SHOWN })}
              </Link>
            </p>
          ) : null}
        </section>
      ) : null}

      <ReportCharts
        locale={locale}
        t={t}
        filters={filters}
        charts={loaded.overallCharts.map(({ name, chart }) => ({
          name,
          result: { ok: true as const, chart },
        }))}
      />
      {loaded.sections.map((section) => (
        <section
          key={section.slug}
          aria-labelledby={`briefing-agreement-${section.slug}`}
          className="export-report__section briefing-agreement"
        >
          <h2 id={`briefing-agreement-${section.slug}`}>
            {t('time.briefing.agreementSection', { title: section.title })}
          </h2>
          <ReportCharts
            locale={locale}
            t={t}
            filters={{ ...filters, agreement: section.slug }}
            idPrefix={section.slug}
            charts={section.charts.map(({ name, chart }) => ({ name, result: { ok: true as const, chart } }))}
          />
        </section>
      ))}

      <BriefingTable
        locale={locale}
        t={t}
        rows={briefing.rows.slice(0, TABLE_LIMIT)}
        total={briefing.totalRows}
        linkQuery={timeQuery(filters)}
      />
      <p className="export-report__legend muted">
        {t('time.briefing.methodology', { version: methodology.version })}{' '}
        {STATUSES.map(
          (status) =>
            `${t(`common.status.${status}.label`)}: ${pickLocalized(methodology.definitions[status], locale).text}`,
        ).join(' · ')}
      </p>
    </article>
  );
}
