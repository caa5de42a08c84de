import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { DeadlineTimelineCard } from '@/components/dashboard/deadline-timeline-card';
import { LatestUpdatesCard } from '@/components/dashboard/latest-updates-card';
import { PillarStatusCard } from '@/components/dashboard/pillar-status-card';
import { StatusSummary } from '@/components/dashboard/status-summary';
import { pickLocalized } from '@/lib/i18n/content';
import { formatDate } from '@/lib/i18n/format';
import { localeAndTranslator } from '@/lib/i18n/server';
import { getAgreementBySlug } from '@/lib/queries/agreements';
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
  const { locale } = await localeAndTranslator(params);
  const agreement = await getAgreementBySlug((await params).slug);
  return agreement
    ? { title: pickLocalized({ en: agreement.titleEn, vi: agreement.titleVi }, locale).text }
    : {};
}

export default async function AgreementPage({ params }: Props) {
  const { locale, t } = await localeAndTranslator(params);
  const { slug } = await params;
  const agreement = await getAgreementBySlug(slug);
  if (!agreement) notFound();
  const scope = { agreement: slug };
  const [{ counts, total }, asOf, byPillar, deadlines, vague, latest] = await Promise.all([
    countCommitmentsByStatus(scope),
    getDataAsOf(),
    countStatusByPillar(scope),
    listOpenDeadlines(scope),
    listVagueDeadlines(scope),
    listLatestUpdates(scope, 5),
  ]);
  const title = pickLocalized({ en: agreement.titleEn, vi: agreement.titleVi }, locale);
  const summary = pickLocalized({ en: agreement.summaryEn, vi: agreement.summaryVi }, locale);
  return (
    <article className="dash" aria-labelledby="agreement-title">
      <nav aria-label={t('dashboard.breadcrumb')} className="breadcrumb">
        <Link href={`/${locale}`}>{t('common.nav.overview')}</Link>
      </nav>
      <header className="dash__intro">
        <p className="eyebrow">{t(`dashboard.agreement.kind.${agreement.kind}`)}</p>
        <h1 id="agreement-title" lang={title.fallback ? title.lang : undefined}>
          {title.text}
        </h1>
        <p className="muted">
          {t('dashboard.agreement.signed', { date: formatDate(agreement.signedOn, locale) })} ·{' '}
          {t('dashboard.agreement.parties', { parties: agreement.parties })}
        </p>
        {summary.text ? <p lang={summary.fallback ? summary.lang : undefined}>{summary.text}</p> : null}
      </header>
      <StatusSummary
        locale={locale}
        t={t}
        counts={counts}
        total={total}
        asOf={asOf}
        listQuery={`agreement=${encodeURIComponent(slug)}`}
      />
      <p>
        <Link
          href={`/${locale}/commitments?agreement=${encodeURIComponent(slug)}`}
          className="button button--primary"
        >
          {t('dashboard.agreement.commitmentsLink', { count: total })}
        </Link>
      </p>
      <div className="dash__grid">
        <PillarStatusCard
          locale={locale}
          t={t}
          rows={byPillar}
          title={t('dashboard.overview.byPillar')}
          description={t('dashboard.overview.byPillarDescription')}
        />
        <DeadlineTimelineCard locale={locale} t={t} rows={deadlines} vague={vague} now={new Date()} />
      </div>
      <div className="dash__grid">
        <LatestUpdatesCard locale={locale} t={t} rows={latest} />
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
