import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { CommitmentEditorSlot } from '@/components/commitments/commitment-editor-slot';
import { CommitmentHistory } from '@/components/commitments/commitment-history';
import { PacePanel } from '@/components/commitments/pace-panel';
import { Pagination } from '@/components/commitments/pagination';
import { ProgressChartCard } from '@/components/commitments/progress-chart-card';
import { ChartDownloadMenu } from '@/components/export/chart-download-menu';
import { FallbackMarker, LocalizedText } from '@/components/i18n/localized-text';
import { StatusBadge } from '@/components/ui/status-badge';
import { computePace } from '@/lib/domain/pace';
import type { Locale } from '@/lib/i18n/config';
import { pickLocalized, type LocalizedText as LocalizedValue } from '@/lib/i18n/content';
import { formatDate, formatNumber } from '@/lib/i18n/format';
import type { Translate } from '@/lib/i18n/messages';
import { localeAndTranslator } from '@/lib/i18n/server';
import { getCommitmentBySlug, listCommitmentHistory } from '@/lib/queries/commitments';
import { scopeFilters } from '@/lib/validation/commitment-filters';

type Props = PageProps<'/[lang]/commitments/[slug]'>;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await localeAndTranslator(params);
  const { slug } = await params;
  const commitment = await getCommitmentBySlug(slug);
  if (!commitment) return {};
  return { title: pickLocalized({ en: commitment.titleEn, vi: commitment.titleVi }, locale).text };
}

function Localized({
  value,
  t,
  as: Tag = 'span',
}: {
  value: LocalizedValue;
  t: Translate;
  as?: 'span' | 'p';
}) {
  return (
    <Tag lang={value.fallback ? value.lang : undefined}>
      {value.text}
      {value.fallback ? (
        <span className="fallback-marker">
          {' '}
          (
          {t('dashboard.commitment.fallbackLanguage', {
            language: t(`dashboard.commitment.languageName.${value.lang}`),
          })}
          )
        </span>
      ) : null}
    </Tag>
  );
}

function historyPageFrom(value: string | string[] | undefined): number {
  const raw = Array.isArray(value) ? value[0] : value;
  const page = raw && /^\d{1,5}$/.test(raw) ? Number(raw) : 1;
  return page >= 1 ? page : 1;
}

export default async function CommitmentPage({ params, searchParams }: Props) {
  const { locale, t } = await localeAndTranslator(params);
  const { slug } = await params;
  const commitment = await getCommitmentBySlug(slug);
  if (!commitment) notFound();
  const historyPage = historyPageFrom((await searchParams).history);
  const history = await listCommitmentHistory(commitment.id, historyPage);
  if (historyPage > history.pageCount) notFound();

  const title = pickLocalized({ en: commitment.titleEn, vi: commitment.titleVi }, locale);
  const description = pickLocalized({ en: commitment.descriptionEn, vi: commitment.descriptionVi }, locale);
  const deadlineText = pickLocalized(
    { en: commitment.deadlineTextEn, vi: commitment.deadlineTextVi },
    locale,
  );
  const agreementTitle = pickLocalized(
    { en: commitment.agreement.titleEn, vi: commitment.agreement.titleVi },
    locale,
  );
  const pillarName = commitment.pillar
    ? pickLocalized({ en: commitment.pillar.nameEn, vi: commitment.pillar.nameVi }, locale)
    : null;
  const now = new Date();
  const pace = computePace({
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
  const statusLabel = t(`common.status.${commitment.status}.label`);
  const num = (value: number | null) =>
    value === null ? t('dashboard.commitment.notStated') : formatNumber(value, locale);
  const hasTarget =
    commitment.kind === 'NUMERIC_TARGET' &&
    (commitment.targetValue !== null || commitment.baselineValue !== null);

  return (
    <article className="dash commitment-page" aria-labelledby="commitment-title">
      <nav aria-label={t('dashboard.breadcrumb')} className="breadcrumb">
        <Link href={`/${locale}/commitments`}>{t('dashboard.commitment.breadcrumb')}</Link>
        <span aria-hidden="true"> / </span>
        <Link
          href={`/${locale}/agreements/${commitment.agreement.slug}`}
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
        {description.text ? <Localized value={description} t={t} as="p" /> : null}
      </header>

      <div className="commitment-page__grid">
        <section className="card facts" aria-labelledby="facts-title">
          <h2 id="facts-title" className="visually-hidden">
            {t('dashboard.commitment.status')}
          </h2>
          <dl className="facts__list">
            <div>
              <dt>{t('dashboard.commitment.status')}</dt>
              <dd data-testid="commitment-status">
                <StatusBadge status={commitment.status} label={statusLabel} />
                <p className="facts__note">
                  {t('dashboard.commitment.statusDefinition', {
                    status: statusLabel,
                    definition: t(`common.status.${commitment.status}.definition`),
                  })}
                </p>
              </dd>
            </div>
            <div>
              <dt>{t('dashboard.commitment.progress')}</dt>
              <dd>
                {commitment.progress !== null ? (
                  <span className="facts__progress">
                    <span className="progress-bar" aria-hidden="true">
                      <span style={{ width: `${commitment.progress}%` }} />
                    </span>
                    {commitment.progress}%
                  </span>
                ) : (
                  t('dashboard.commitment.noProgress')
                )}
              </dd>
            </div>
            <div>
              <dt>{t('dashboard.commitment.deadline')}</dt>
              <dd data-testid="commitment-deadline">
                {commitment.deadline
                  ? formatDate(commitment.deadline, locale)
                  : t('dashboard.list.noDeadline')}
                {deadlineText.text ? (
                  <p className="facts__note">
                    {t('dashboard.commitment.deadlineSourceWording', { text: deadlineText.text })}
                    <FallbackMarker value={deadlineText} t={t} />
                  </p>
                ) : null}
              </dd>
            </div>
            {hasTarget ? (
              <div>
                <dt>{t('dashboard.commitment.target')}</dt>
                <dd>
                  {t('dashboard.commitment.targetLine', {
                    baseline: num(commitment.baselineValue),
                    target: num(commitment.targetValue),
                    unit: commitment.metricUnit ?? '',
                  })}
                  {(commitment.targetDate ?? commitment.deadline)
                    ? ` ${t('dashboard.commitment.byDate', { date: formatDate(commitment.targetDate ?? commitment.deadline, locale) })}`
                    : null}
                  {commitment.currentValue !== null ? (
                    <p className="facts__note">
                      {t('dashboard.commitment.current', {
                        value: formatNumber(commitment.currentValue, locale),
                        unit: commitment.metricUnit ?? '',
                        date: formatDate(commitment.currentValueDate, locale),
                      })}
                    </p>
                  ) : null}
                </dd>
              </div>
            ) : null}
            <div>
              <dt>{t('dashboard.commitment.responsible')}</dt>
              <dd>{t(`dashboard.party.${commitment.responsibleParty}`)}</dd>
            </div>
            <div>
              <dt>{t('dashboard.commitment.kind')}</dt>
              <dd>{t(`dashboard.kind.${commitment.kind}`)}</dd>
            </div>
            {pillarName && commitment.pillar ? (
              <div>
                <dt>{t('dashboard.commitment.pillar')}</dt>
                <dd>
                  <Link
                    href={`/${locale}/agreements/${commitment.agreement.slug}/pillars/${commitment.pillar.slug}`}
                    lang={pillarName.fallback ? pillarName.lang : undefined}
                  >
                    {pillarName.text}
                  </Link>
                  <FallbackMarker value={pillarName} t={t} />
                </dd>
              </div>
            ) : null}
          </dl>
          {pace ? (
            <div className="facts__pace">
              <h3>{t('dashboard.commitment.pace')}</h3>
              <PacePanel locale={locale} t={t} pace={pace} />
            </div>
          ) : null}
          <p className="muted facts__updated">
            {t('dashboard.commitment.lastUpdated', { date: formatDate(commitment.updatedAt, locale) })}
          </p>
        </section>

        <section className="card quotes" aria-labelledby="quotes-title">
          <h2 id="quotes-title">{t('dashboard.commitment.quotes')}</h2>
          <ul className="quotes__list" data-testid="quotes">
            {commitment.citations.map((citation) => (
              <li key={citation.id}>
                <figure className="quote">
                  <blockquote lang={citation.source.language} className="quote__text">
                    <p>{citation.quote}</p>
                  </blockquote>
                  <figcaption className="quote__source">
                    <span lang={citation.source.language}>
                      {t('dashboard.commitment.quoteSource', {
                        publisher: citation.source.publisher,
                        title: citation.source.title,
                      })}
                    </span>{' '}
                    <Link
                      href={`/${locale}/sources/${citation.source.slug}#citation-${citation.id}`}
                      data-testid="quote-link"
                    >
                      {t('dashboard.commitment.quoteLink')}
                    </Link>
                  </figcaption>
                </figure>
              </li>
            ))}
          </ul>
        </section>
      </div>

      {/* EDITOR SLOT — filled by the editor work (issue 4); renders nothing for the public. */}
      <CommitmentEditorSlot
        commitment={{
          id: commitment.id,
          slug: commitment.slug,
          version: commitment.version,
          status: commitment.status,
          progress: commitment.progress,
        }}
        locale={locale}
      />

      {commitment.milestones.length > 0 ? (
        <section className="card" aria-labelledby="milestones-title">
          <h2 id="milestones-title">{t('dashboard.commitment.milestones')}</h2>
          <Milestones locale={locale} t={t} milestones={commitment.milestones} />
        </section>
      ) : null}

      <ProgressChartCard
        locale={locale}
        t={t}
        points={history.series}
        actions={
          history.series.some((point) => point.progress !== null) ? (
            <ChartDownloadMenu
              chart="progress"
              commitment={commitment.slug}
              filters={scopeFilters({})}
              locale={locale}
              title={t('export.charts.progress', { title: title.text })}
              t={t}
            />
          ) : undefined
        }
      />

      <section className="card" aria-labelledby="history-title">
        <h2 id="history-title">
          {t('dashboard.commitment.history')}{' '}
          <span className="muted history-count">
            {history.total === 1
              ? t('dashboard.commitment.historyCountOne')
              : t('dashboard.commitment.historyCount', { count: history.total })}
          </span>
        </h2>
        <CommitmentHistory locale={locale} t={t} entries={history.entries} />
        <Pagination
          t={t}
          page={history.page}
          pageCount={history.pageCount}
          label={t('dashboard.commitment.history')}
          hrefFor={(page) =>
            `/${locale}/commitments/${commitment.slug}${page > 1 ? `?history=${page}` : ''}#history-title`
          }
        />
      </section>
    </article>
  );
}

function Milestones({
  locale,
  t,
  milestones,
}: {
  locale: Locale;
  t: Translate;
  milestones: {
    id: number;
    titleEn: string | null;
    titleVi: string | null;
    dueDate: Date | null;
    doneDate: Date | null;
  }[];
}) {
  return (
    <ol className="milestones">
      {milestones.map((milestone) => {
        const name = pickLocalized({ en: milestone.titleEn, vi: milestone.titleVi }, locale);
        return (
          <li
            key={milestone.id}
            className={milestone.doneDate ? 'milestones__item milestones__item--done' : 'milestones__item'}
          >
            <span className="milestones__mark" aria-hidden="true">
              {milestone.doneDate ? '✓' : '○'}
            </span>
            <LocalizedText value={name} t={t} />
            <span className="muted">
              {' · '}
              {milestone.dueDate
                ? t('dashboard.commitment.milestoneDue', { date: formatDate(milestone.dueDate, locale) })
                : t('dashboard.commitment.milestoneNoDate')}
              {' · '}
              {milestone.doneDate
                ? t('dashboard.commitment.milestoneDone', { date: formatDate(milestone.doneDate, locale) })
                : t('dashboard.commitment.milestoneOpen')}
            </span>
          </li>
        );
      })}
    </ol>
  );
}
