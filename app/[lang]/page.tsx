import Link from 'next/link';
import { AgreementStatusCards } from '@/components/dashboard/agreement-status-cards';
import { KeyFiguresCard } from '@/components/dashboard/key-figures-card';
import { LatestUpdatesCard } from '@/components/dashboard/latest-updates-card';
import { ScopeChartsGrid } from '@/components/dashboard/scope-charts-grid';
import { StatusSummary } from '@/components/dashboard/status-summary';
import { ChartDownloadMenu } from '@/components/export/chart-download-menu';
import { ExportLinks } from '@/components/export/export-links';
import { SubscribeLinks } from '@/components/feeds/subscribe-links';
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

export default async function OverviewPage({ params }: PageProps<'/[lang]'>) {
  const { locale, t } = await localeAndTranslator(params);
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
    listOpenDeadlines(),
    listVagueDeadlines(),
    listLatestUpdates(),
    listKeyFigures(),
    countContested(),
    getVerdictStamp(),
  ]);
  const filters = scopeFilters({});
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
      <SubscribeLinks locale={locale} t={t} />
      <section aria-labelledby="by-agreement-title" className="dash__section">
        <div className="chart__header">
          <h2 id="by-agreement-title">{t('export.charts.status-by-agreement')}</h2>
          <div className="chart__actions">{menu('status-by-agreement')}</div>
        </div>
        <AgreementStatusCards locale={locale} t={t} rows={byAgreement} />
      </section>
      <ScopeChartsGrid
        locale={locale}
        t={t}
        byPillar={byPillar}
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
