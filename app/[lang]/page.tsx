import Link from 'next/link';
import { StatusOverTimeCard } from '@/components/dashboard/status-over-time-card';
import { readStatusOverTime } from '@/lib/queries/status-over-time';
import { AgreementStatusCards } from '@/components/dashboard/agreement-status-cards';
import { KeyFiguresCard } from '@/components/dashboard/key-figures-card';
import { LatestUpdatesCard } from '@/components/dashboard/latest-updates-card';
import { ScopeChartsGrid } from '@/components/dashboard/scope-charts-grid';
import { StatusSummary } from '@/components/dashboard/status-summary';
import { ChartDownloadMenu } from '@/components/export/chart-download-menu';
import { ExportLinks } from '@/components/export/export-links';
import { SubscribeLinks } from '@/components/feeds/subscribe-links';
import { localeAndTranslator } from '@/lib/i18n/server';
import { AsOfForm } from '@/components/time/as-of-form';
import { PastBanner, TimeErrors } from '@/components/time/past-banner';
import { readPageTime } from '@/lib/time/page-time';
import { withTime } from '@/lib/time/as-of';
import { countCommitmentsByStatus } from '@/lib/queries/commitments';
import { countContested, getVerdictStamp, listKeyFigures } from '@/lib/queries/key-figures';
import { scopeFilters } from '@/lib/validation/commitment-filters';
import {
  countStatusByAgreement,
  countStatusByPillar,
  getDataAsOf,
  listLatestUpdates,
  listOpenDeadlines,
  listVagueDeadlines,
} from '@/lib/queries/dashboard';

/**
 * The overview stays a summary at any size: at most this many pillars (the largest), agreements
 * and deadlines, and the latest months of status over time (status-over-time-card.tsx), each list
 * with a link to the whole of it (`?pillars=all`, `?agreements=all`, `?months=all`).
 */
const TOP_PILLARS = 10;
const TOP_AGREEMENTS = 4;
const OVERVIEW_DEADLINES = 12;
const OVERVIEW_VAGUE_DEADLINES = 8;

export default async function OverviewPage({ params, searchParams }: PageProps<'/[lang]'>) {
  const { locale, t } = await localeAndTranslator(params);
  const query = await searchParams;
  const { time, point, errors } = await readPageTime(query, locale);
  const allPillars = query.pillars === 'all';
  const allAgreements = query.agreements === 'all';
  const allMonths = query.months === 'all';
  const [
    { counts, total },
    asOf,
    byAgreement,
    byPillar,
    deadlines,
    vague,
    latest,
    figures,
    contested,
    stamp,
    trend,
  ] = await Promise.all([
    countCommitmentsByStatus(time),
    getDataAsOf(time),
    countStatusByAgreement(time),
    countStatusByPillar(time),
    listOpenDeadlines(time, OVERVIEW_DEADLINES),
    listVagueDeadlines(time, OVERVIEW_VAGUE_DEADLINES),
    listLatestUpdates(time),
    listKeyFigures(time),
    countContested(time),
    getVerdictStamp(time),
    readStatusOverTime(time),
  ]);
  const filters = scopeFilters(time);
  const pillarTotal = (row: (typeof byPillar)[number]) =>
    Object.values(row.counts).reduce((sum, count) => sum + count, 0);
  const pillarsCapped = !allPillars && byPillar.length > TOP_PILLARS;
  // The largest pillars, kept in their usual (agreement, position) order.
  const largest = new Set(
    [...byPillar].sort((a, b) => pillarTotal(b) - pillarTotal(a)).slice(0, TOP_PILLARS),
  );
  const shownPillars = pillarsCapped ? byPillar.filter((row) => largest.has(row)) : byPillar;
  const agreementsCapped = !allAgreements && byAgreement.length > TOP_AGREEMENTS;
  const shownAgreements = agreementsCapped ? byAgreement.slice(0, TOP_AGREEMENTS) : byAgreement;
  // "Show all" keeps the date being viewed.
  const showAllHref = (param: 'pillars' | 'agreements' | 'months', anchor: string) =>
    `${withTime(`/${locale}?${param}=all`, time)}#${anchor}`;
  const menu = (chart: 'status-by-agreement' | 'status-by-pillar' | 'deadlines' | 'status-over-time') => (
    <ChartDownloadMenu
      chart={chart}
      filters={filters}
      locale={locale}
      title={t(`export.charts.${chart}`)}
      t={t}
    />
  );
  return (
    <div className="dash">
      <PastBanner locale={locale} t={t} point={point} todayHref={`/${locale}`} />
      <TimeErrors t={t} errors={errors} />
      <header className="dash__intro">
        <h1>{t('dashboard.overview.title')}</h1>
        <p className="muted">{t('dashboard.overview.intro')}</p>
        <AsOfForm t={t} action={`/${locale}`} value={time.asOf} />
        <p className="dash__time-links">
          <Link href={`/${locale}/changes`}>{t('time.changes.title')}</Link> ·{' '}
          <Link href={`/${locale}/snapshots`}>{t('time.snapshots.title')}</Link>
        </p>
      </header>
      <StatusSummary
        locale={locale}
        t={t}
        counts={counts}
        total={total}
        asOf={asOf}
        contested={contested}
        verdictStamp={stamp}
        time={time}
      />
      <KeyFiguresCard locale={locale} t={t} figures={figures} time={time} />
      <ExportLinks filters={filters} locale={locale} t={t} />
      <SubscribeLinks locale={locale} t={t} />
      <section aria-labelledby="by-agreement-title" className="dash__section">
        <div className="chart__header">
          <h2 id="by-agreement-title">{t('export.charts.status-by-agreement')}</h2>
          <div className="chart__actions">{menu('status-by-agreement')}</div>
        </div>
        <AgreementStatusCards locale={locale} t={t} rows={shownAgreements} time={time} />
        {agreementsCapped ? (
          <p className="show-all">
            <Link href={showAllHref('agreements', 'by-agreement-title')}>
              {t('dashboard.overview.showAllAgreements', { count: byAgreement.length })}
            </Link>
          </p>
        ) : null}
      </section>
      <ScopeChartsGrid
        locale={locale}
        t={t}
        byPillar={shownPillars}
        pillarDescription={
          pillarsCapped
            ? t('dashboard.overview.topPillars', { shown: shownPillars.length, count: byPillar.length })
            : undefined
        }
        pillarFooter={
          pillarsCapped ? (
            <p className="show-all">
              <Link href={showAllHref('pillars', 'status-by-pillar-title')}>
                {t('dashboard.overview.showAllPillars', { count: byPillar.length })}
              </Link>
            </p>
          ) : null
        }
        deadlines={deadlines}
        vague={vague}
        menu={menu}
        time={time}
        now={point.kind === 'past' ? new Date(`${point.asOf}T12:00:00Z`) : new Date()}
      />
      <StatusOverTimeCard
        locale={locale}
        t={t}
        points={trend}
        actions={menu('status-over-time')}
        allMonths={allMonths}
        showAllHref={showAllHref('months', 'status-over-time-title')}
      />
      <LatestUpdatesCard locale={locale} t={t} rows={latest} time={time} />
      <p>
        <Link href={withTime(`/${locale}/commitments`, time)} className="button button--primary">
          {t('dashboard.overview.allCommitments')}
        </Link>
      </p>
    </div>
  );
}
