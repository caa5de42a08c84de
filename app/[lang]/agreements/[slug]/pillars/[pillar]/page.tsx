import type { Metadata } from 'next';
import Link from 'next/link';
import { StatusOverTimeCard } from '@/components/dashboard/status-over-time-card';
import { readStatusOverTime } from '@/lib/queries/status-over-time';
import { notFound } from 'next/navigation';
import { CommitmentList } from '@/components/commitments/commitment-list';
import { DeadlineTimelineCard } from '@/components/dashboard/deadline-timeline-card';
import { StatusSummary } from '@/components/dashboard/status-summary';
import { ChartDownloadMenu } from '@/components/export/chart-download-menu';
import { FallbackMarker } from '@/components/i18n/localized-text';
import { pickLocalized } from '@/lib/i18n/content';
import { localeAndTranslator } from '@/lib/i18n/server';
import { PastBanner, TimeErrors } from '@/components/time/past-banner';
import { readPageTime } from '@/lib/time/page-time';
import { withTime } from '@/lib/time/as-of';
import { getAgreementBySlug } from '@/lib/queries/agreements';
import { countCommitmentsByStatus, listCommitments } from '@/lib/queries/commitments';
import { getDataAsOf, listOpenDeadlines, listVagueDeadlines } from '@/lib/queries/dashboard';
import { scopeFilters } from '@/lib/validation/commitment-filters';

type Props = PageProps<'/[lang]/agreements/[slug]/pillars/[pillar]'>;

async function load(params: Props['params']) {
  const { slug, pillar: pillarSlug } = await params;
  const agreement = await getAgreementBySlug(slug);
  const pillar = agreement?.pillars.find((p) => p.slug === pillarSlug);
  return agreement && pillar ? { agreement, pillar } : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await localeAndTranslator(params);
  const found = await load(params);
  return found
    ? { title: pickLocalized({ en: found.pillar.nameEn, vi: found.pillar.nameVi }, locale).text }
    : {};
}

export default async function PillarPage({ params, searchParams }: Props) {
  const { locale, t } = await localeAndTranslator(params);
  const search = await searchParams;
  const { time, point, errors } = await readPageTime(search, locale);
  const found = await load(params);
  if (!found) notFound();
  const { agreement, pillar } = found;
  const scope = { agreement: agreement.slug, pillar: pillar.slug, ...time };
  // A pillar holds a handful of commitments; the list page is linked for anything beyond 100.
  const [{ counts, total }, asOf, deadlines, vague, list, trend] = await Promise.all([
    countCommitmentsByStatus(scope),
    getDataAsOf(time),
    listOpenDeadlines(scope),
    listVagueDeadlines(scope),
    listCommitments({ ...scope, statuses: [], parties: [], sort: 'default', page: 1 }, 100),
    readStatusOverTime(scope),
  ]);
  const name = pickLocalized({ en: pillar.nameEn, vi: pillar.nameVi }, locale);
  const agreementTitle = pickLocalized({ en: agreement.titleEn, vi: agreement.titleVi }, locale);
  const query = `agreement=${encodeURIComponent(agreement.slug)}&pillar=${encodeURIComponent(pillar.slug)}`;
  const pagePath = `/${locale}/agreements/${agreement.slug}/pillars/${pillar.slug}`;
  return (
    <article className="dash" aria-labelledby="pillar-title">
      <PastBanner locale={locale} t={t} point={point} todayHref={pagePath} />
      <TimeErrors t={t} errors={errors} />
      <nav aria-label={t('dashboard.breadcrumb')} className="breadcrumb">
        <Link href={withTime(`/${locale}`, time)}>{t('common.nav.overview')}</Link>
        <span aria-hidden="true"> / </span>
        <Link
          href={withTime(`/${locale}/agreements/${agreement.slug}`, time)}
          lang={agreementTitle.fallback ? agreementTitle.lang : undefined}
        >
          {agreementTitle.text}
        </Link>
      </nav>
      <header className="dash__intro">
        <p className="eyebrow">{t('dashboard.agreement.pillarOf', { agreement: agreementTitle.text })}</p>
        <h1 id="pillar-title" lang={name.fallback ? name.lang : undefined}>
          {name.text}
        </h1>
        <FallbackMarker value={name} t={t} />
      </header>
      <StatusSummary
        locale={locale}
        t={t}
        counts={counts}
        total={total}
        asOf={asOf}
        listQuery={query}
        time={time}
      />
      <StatusOverTimeCard
        locale={locale}
        t={t}
        points={trend}
        actions={
          <ChartDownloadMenu
            chart="status-over-time"
            filters={scopeFilters(scope)}
            locale={locale}
            title={t('export.charts.status-over-time')}
            t={t}
          />
        }
        allMonths={search.months === 'all'}
        showAllHref={`${withTime(`${pagePath}?months=all`, time)}#status-over-time-title`}
      />
      <div className="dash__grid">
        <section aria-labelledby="pillar-commitments-title">
          <h2 id="pillar-commitments-title">{t('dashboard.agreement.pillarCommitments')}</h2>
          <CommitmentList locale={locale} t={t} rows={list.rows} showAgreement={false} time={time} />
          {list.total > list.rows.length ? (
            <p>
              <Link href={withTime(`/${locale}/commitments?${query}`, time)}>
                {t('dashboard.overview.allCommitments')}
              </Link>
            </p>
          ) : null}
        </section>
        <DeadlineTimelineCard
          locale={locale}
          t={t}
          rows={deadlines}
          vague={vague}
          now={point.kind === 'past' ? new Date(`${point.asOf}T12:00:00Z`) : new Date()}
          actions={
            <ChartDownloadMenu
              chart="deadlines"
              filters={scopeFilters(scope)}
              locale={locale}
              title={t('export.charts.deadlines')}
              t={t}
            />
          }
        />
      </div>
    </article>
  );
}
