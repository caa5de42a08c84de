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

export default async function OverviewPage({ params, searchParams }: PageProps<'/[lang]'>) {
  const { locale, t } = await localeAndTranslator(params);
  const { time, point, errors } = await readPageTime(await searchParams, locale);
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
    listOpenDeadlines(time),
    listVagueDeadlines(time),
    listLatestUpdates(time),
    listKeyFigures(time),
    countContested(time),
    getVerdictStamp(time),
    readStatusOverTime(time),
  ]);
  const filters = scopeFilters(time);
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
        <AgreementStatusCards locale={locale} t={t} rows={byAgreement} time={time} />
      </section>
      <ScopeChartsGrid
        locale={locale}
        t={t}
        byPillar={byPillar}
        deadlines={deadlines}
        vague={vague}
        menu={menu}
        time={time}
        now={point.kind === 'past' ? new Date(`${point.asOf}T12:00:00Z`) : new Date()}
      />
      <StatusOverTimeCard locale={locale} t={t} points={trend} actions={menu('status-over-time')} />
      <LatestUpdatesCard locale={locale} t={t} rows={latest} time={time} />
      <p>
        <Link href={withTime(`/${locale}/commitments`, time)} className="button button--primary">
          {t('dashboard.overview.allCommitments')}
        </Link>
      </p>
    </div>
  );
}
