import type { Metadata } from 'next';
import Link from 'next/link';
import { StatusOverTimeCard } from '@/components/dashboard/status-over-time-card';
import { readStatusOverTime } from '@/lib/queries/status-over-time';
import { notFound } from 'next/navigation';
import { LatestUpdatesCard } from '@/components/dashboard/latest-updates-card';
import { ScopeChartsGrid } from '@/components/dashboard/scope-charts-grid';
import { StatusSummary } from '@/components/dashboard/status-summary';
import { ChartDownloadMenu } from '@/components/export/chart-download-menu';
import { SubscribeLinks } from '@/components/feeds/subscribe-links';
import { FallbackMarker, LocalizedText } from '@/components/i18n/localized-text';
import { feedAlternates } from '@/lib/feeds/metadata';
import { pickLocalized } from '@/lib/i18n/content';
import { formatDate } from '@/lib/i18n/format';
import { localeAndTranslator } from '@/lib/i18n/server';
import { PastBanner, TimeErrors } from '@/components/time/past-banner';
import { readPageTime } from '@/lib/time/page-time';
import { withTime } from '@/lib/time/as-of';
import { getAgreementBySlug } from '@/lib/queries/agreements';
import { scopeFilters } from '@/lib/validation/commitment-filters';
import { countCommitmentsByStatus } from '@/lib/queries/commitments';
import {
  countStatusByPillar,
  getDataAsOf,
  listLatestUpdates,
  listOpenDeadlines,
  listVagueDeadlines,
} from '@/lib/queries/dashboard';

type Props = PageProps<'/[lang]/agreements/[slug]'>;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, t } = await localeAndTranslator(params);
  const agreement = await getAgreementBySlug((await params).slug);
  if (!agreement) return {};
  const title = pickLocalized({ en: agreement.titleEn, vi: agreement.titleVi }, locale).text;
  return { title, alternates: feedAlternates(locale, t, { agreement: agreement.slug, name: title }) };
}

export default async function AgreementPage({ params, searchParams }: Props) {
  const { locale, t } = await localeAndTranslator(params);
  const query = await searchParams;
  const { time, point, errors } = await readPageTime(query, locale);
  const { slug } = await params;
  const agreement = await getAgreementBySlug(slug);
  if (!agreement) notFound();
  const scope = { agreement: slug, ...time };
  const [{ counts, total }, asOf, byPillar, deadlines, vague, latest, trend] = await Promise.all([
    countCommitmentsByStatus(scope),
    getDataAsOf(time),
    countStatusByPillar(scope),
    listOpenDeadlines(scope),
    listVagueDeadlines(scope),
    listLatestUpdates(scope, 5),
    readStatusOverTime(scope),
  ]);
  const filters = scopeFilters(scope);
  const menu = (chart: 'status-by-pillar' | 'deadlines' | 'status-over-time') => (
    <ChartDownloadMenu
      chart={chart}
      filters={filters}
      locale={locale}
      title={t(`export.charts.${chart}`)}
      t={t}
    />
  );
  const title = pickLocalized({ en: agreement.titleEn, vi: agreement.titleVi }, locale);
  const summary = pickLocalized({ en: agreement.summaryEn, vi: agreement.summaryVi }, locale);
  return (
    <article className="dash" aria-labelledby="agreement-title">
      <PastBanner locale={locale} t={t} point={point} todayHref={`/${locale}/agreements/${slug}`} />
      <TimeErrors t={t} errors={errors} />
      <nav aria-label={t('dashboard.breadcrumb')} className="breadcrumb">
        <Link href={withTime(`/${locale}`, time)}>{t('common.nav.overview')}</Link>
      </nav>
      <header className="dash__intro">
        <p className="eyebrow">{t(`dashboard.agreement.kind.${agreement.kind}`)}</p>
        <h1 id="agreement-title" lang={title.fallback ? title.lang : undefined}>
          {title.text}
        </h1>
        <FallbackMarker value={title} t={t} />
        <p className="muted">
          {t(`assessment.dateKind.${agreement.dateKind}`, { date: formatDate(agreement.signedOn, locale) })} ·{' '}
          {t('dashboard.agreement.parties', { parties: agreement.parties })}
        </p>
        {summary.text ? (
          <p>
            <LocalizedText value={summary} t={t} />
          </p>
        ) : null}
      </header>
      <StatusSummary
        locale={locale}
        t={t}
        counts={counts}
        total={total}
        asOf={asOf}
        listQuery={`agreement=${encodeURIComponent(slug)}`}
        time={time}
      />
      <p>
        <Link
          href={withTime(`/${locale}/commitments?agreement=${encodeURIComponent(slug)}`, time)}
          className="button button--primary"
        >
          {t('dashboard.agreement.commitmentsLink', { count: total })}
        </Link>
      </p>
      <SubscribeLinks agreement={slug} locale={locale} t={t} />
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
      <StatusOverTimeCard
        locale={locale}
        t={t}
        points={trend}
        actions={menu('status-over-time')}
        allMonths={query.months === 'all'}
        showAllHref={`${withTime(`/${locale}/agreements/${slug}?months=all`, time)}#status-over-time-title`}
      />
      <div className="dash__grid">
        <LatestUpdatesCard locale={locale} t={t} rows={latest} time={time} />
        <section className="card" aria-labelledby="sources-title">
          <h2 id="sources-title">{t('dashboard.agreement.sources')}</h2>
          <ul className="link-list">
            {agreement.sources.map((source) => (
              <li key={source.slug}>
                <Link href={`/${locale}/sources/${source.slug}`} lang="en">
                  {source.title}
                </Link>
                <span className="muted" lang="en">
                  {' '}
                  · {source.publisher}
                </span>
              </li>
            ))}
          </ul>
        </section>
      </div>
    </article>
  );
}
