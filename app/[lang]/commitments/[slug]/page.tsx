import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { CommitmentFacts } from '@/components/commitments/commitment-facts';
import { CommitmentHistoryCard } from '@/components/commitments/commitment-history-card';
import { CommitmentQuotes } from '@/components/commitments/commitment-quotes';
import { MilestoneList } from '@/components/commitments/milestone-list';
import { ProgressChartCard } from '@/components/commitments/progress-chart-card';
import { VerdictsPanel } from '@/components/commitments/verdicts-panel';
import { MilestoneEditor } from '@/components/editor/milestone-editor';
import { StatusEditor } from '@/components/editor/status-editor';
import { ChartDownloadMenu } from '@/components/export/chart-download-menu';
import { FallbackMarker, LocalizedText } from '@/components/i18n/localized-text';
import { computePace } from '@/lib/domain/pace';
import { feedAlternates } from '@/lib/feeds/metadata';
import { pickLocalized } from '@/lib/i18n/content';
import { localeAndTranslator } from '@/lib/i18n/server';
import { PastBanner, TimeErrors } from '@/components/time/past-banner';
import { readPageTime } from '@/lib/time/page-time';
import { withTime } from '@/lib/time/as-of';
import { listAssessmentHistory, listCurrentVerdicts } from '@/lib/queries/assessments';
import { getCommitmentBySlug, type CommitmentDetail } from '@/lib/queries/commitments';
import { scopeFilters } from '@/lib/validation/commitment-filters';

type Props = PageProps<'/[lang]/commitments/[slug]'>;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, t } = await localeAndTranslator(params);
  const { slug } = await params;
  const commitment = await getCommitmentBySlug(slug);
  if (!commitment) return {};
  const title = pickLocalized({ en: commitment.titleEn, vi: commitment.titleVi }, locale).text;
  return { title, alternates: feedAlternates(locale, t, { commitment: slug, name: title }) };
}

function historyPageFrom(value: string | string[] | undefined): number {
  const raw = Array.isArray(value) ? value[0] : value;
  const page = raw && /^\d{1,5}$/.test(raw) ? Number(raw) : 1;
  return page >= 1 ? page : 1;
}

function paceOf(commitment: CommitmentDetail, now: Date) {
  return computePace({
    kind: commitment.kind,
    status: commitment.status,
    progress: commitment.progress,
    baselineValue: commitment.baselineValue,
    targetValue: commitment.targetValue,
    currentValue: commitment.currentValue,
    start: commitment.baselineDate ?? commitment.agreement.signedOn,
    deadline: commitment.deadline ?? commitment.targetDate,
    milestones: commitment.milestones,
    now,
  });
}

export default async function CommitmentPage({ params, searchParams }: Props) {
  const { locale, t } = await localeAndTranslator(params);
  const { slug } = await params;
  const query = await searchParams;
  const { time, point, errors } = await readPageTime(query, locale);
  // At a past date before it existed (its agreement's date), there is no such commitment yet.
  const commitment = await getCommitmentBySlug(slug, time);
  if (!commitment) notFound();
  const historyPage = historyPageFrom(query.history);
  const [history, verdicts] = await Promise.all([
    listAssessmentHistory(commitment, historyPage, undefined, time),
    listCurrentVerdicts(commitment.id, time),
  ]);
  const past = point.kind === 'past';
  const now = past ? new Date(`${point.asOf}T12:00:00Z`) : new Date();
  if (historyPage > history.pageCount) notFound();

  const title = pickLocalized({ en: commitment.titleEn, vi: commitment.titleVi }, locale);
  const description = pickLocalized({ en: commitment.descriptionEn, vi: commitment.descriptionVi }, locale);
  const agreementTitle = pickLocalized(
    { en: commitment.agreement.titleEn, vi: commitment.agreement.titleVi },
    locale,
  );
  const hasProgressSeries = history.series.some((point) => point.progress !== null);

  return (
    <article className="dash commitment-page" aria-labelledby="commitment-title">
      <PastBanner
        locale={locale}
        t={t}
        point={point}
        todayHref={`/${locale}/commitments/${commitment.slug}`}
      />
      <TimeErrors t={t} errors={errors} />
      <nav aria-label={t('dashboard.breadcrumb')} className="breadcrumb">
        <Link href={withTime(`/${locale}/commitments`, time)}>{t('dashboard.commitment.breadcrumb')}</Link>
        <span aria-hidden="true"> / </span>
        <Link
          href={withTime(`/${locale}/agreements/${commitment.agreement.slug}`, time)}
          lang={agreementTitle.fallback ? agreementTitle.lang : undefined}
        >
          {agreementTitle.text}
        </Link>
      </nav>
      <header className="commitment-page__header">
        <h1 id="commitment-title" lang={title.fallback ? title.lang : undefined}>
          {title.text}
        </h1>
        <FallbackMarker value={title} t={t} />
        {description.text ? <LocalizedText value={description} t={t} as="p" /> : null}
      </header>

      <div className="commitment-page__grid">
        <CommitmentFacts locale={locale} t={t} commitment={commitment} pace={paceOf(commitment, now)} />
        <CommitmentQuotes locale={locale} t={t} citations={commitment.citations} />
      </div>

      <VerdictsPanel
        locale={locale}
        t={t}
        verdicts={verdicts}
        headlineAssessor={commitment.headlineAssessor}
        contested={commitment.contested}
        unit={commitment.metricUnit}
      />

      {/* Editors' forms: each renders nothing for readers; a past view is read-only. */}
      {past ? null : <StatusEditor slug={commitment.slug} locale={locale} />}
      {past ? null : <MilestoneEditor slug={commitment.slug} locale={locale} />}

      {commitment.milestones.length > 0 ? (
        <section className="card" aria-labelledby="milestones-title">
          <h2 id="milestones-title">{t('dashboard.commitment.milestones')}</h2>
          <MilestoneList locale={locale} t={t} milestones={commitment.milestones} />
        </section>
      ) : null}

      <ProgressChartCard
        locale={locale}
        t={t}
        points={history.series}
        actions={
          hasProgressSeries ? (
            <ChartDownloadMenu
              chart="progress"
              commitment={commitment.slug}
              filters={scopeFilters(time)}
              locale={locale}
              title={t('export.charts.progress', { title: title.text })}
              t={t}
            />
          ) : undefined
        }
      />

      <CommitmentHistoryCard locale={locale} t={t} slug={commitment.slug} history={history} time={time} />
    </article>
  );
}
