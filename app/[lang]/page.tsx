import Link from 'next/link';
import { AgreementStatusCards } from '@/components/dashboard/agreement-status-cards';
import { KeyFiguresCard } from '@/components/dashboard/key-figures-card';
import { LatestUpdatesCard } from '@/components/dashboard/latest-updates-card';
import { ScopeChartsGrid } from '@/components/dashboard/scope-charts-grid';
import { StatusSummary } from '@/components/dashboard/status-summary';
import { ChartDownloadMenu } from '@/components/export/chart-download-menu';
import { ExportLinks } from '@/components/export/export-links';
import { localeAndTranslator } from '@/lib/i18n/server';
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
 * and deadlines, each list with a link to the whole of it (`?pillars=all`, `?agreements=all`).
 */
const TOP_PILLARS = 10;
const TOP_AGREEMENTS = 4;
const OVERVIEW_DEADLINES = 12;
const OVERVIEW_VAGUE_DEADLINES = 8;

export default async function OverviewPage({ params, searchParams }: PageProps<'/[lang]'>) {
  const { locale, t } = await localeAndTranslator(params);
  const query = await searchParams;
  const allPillars = query.pillars === 'all';
  const allAgreements = query.agreements === 'all';
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
  ] = await Promise.all([
    countCommitmentsByStatus(),
    getDataAsOf(),
    countStatusByAgreement(),
    countStatusByPillar(),
    listOpenDeadlines({}, OVERVIEW_DEADLINES),
    listVagueDeadlines({}, OVERVIEW_VAGUE_DEADLINES),
    listLatestUpdates(),
    listKeyFigures(),
    countContested(),
    getVerdictStamp(),
  ]);
  const filters = scopeFilters({});
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
  const menu = (chart: 'status-by-agreement' | 'status-by-pillar' | 'deadlines') => (
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
      <header className="dash__intro">
        <h1>{t('dashboard.overview.title')}</h1>
        <p className="muted">{t('dashboard.overview.intro')}</p>
      </header>
      <StatusSummary
        locale={locale}
        t={t}
        counts={counts}
        total={total}
        asOf={asOf}
        contested={contested}
        verdictStamp={stamp}
      />
      <KeyFiguresCard locale={locale} t={t} figures={figures} />
      <ExportLinks filters={filters} locale={locale} t={t} />
      <section aria-labelledby="by-agreement-title" className="dash__section">
        <div className="chart__header">
          <h2 id="by-agreement-title">{t('export.charts.status-by-agreement')}</h2>
          <div className="chart__actions">{menu('status-by-agreement')}</div>
        </div>
        <AgreementStatusCards locale={locale} t={t} rows={shownAgreements} />
        {agreementsCapped ? (
          <p className="show-all">
            <Link href={`/${locale}?agreements=all#by-agreement-title`}>
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
              <Link href={`/${locale}?pillars=all#status-by-pillar-title`}>
                {t('dashboard.overview.showAllPillars', { count: byPillar.length })}
              </Link>
            </p>
          ) : null
        }
        deadlines={deadlines}
        vague={vague}
        menu={menu}
      />
      <LatestUpdatesCard locale={locale} t={t} rows={latest} />
      <p>
        <Link href={`/${locale}/commitments`} className="button button--primary">
          {t('dashboard.overview.allCommitments')}
        </Link>
      </p>
    </div>
  );
}
