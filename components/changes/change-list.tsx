import Link from 'next/link';
import { StatusBadge } from '@/components/ui/status-badge';
import type { Status } from '@/lib/domain/status';
import type { Locale } from '@/lib/i18n/config';
import { pickLocalized } from '@/lib/i18n/content';
import { formatDate, formatNumber } from '@/lib/i18n/format';
import type { Translate } from '@/lib/i18n/messages';
import type { ChangeRow, ChangesResult } from '@/lib/queries/changes';
import { STATUSES } from '@/lib/domain/status';

type Ok = Extract<ChangesResult, { ok: true }>;

/** The period's counts, each with its denominator. */
export function ChangeSummary({ t, summary }: { t: Translate; summary: Ok['summary'] }) {
  const of = (count: number) => t('time.changes.ofTotal', { count, total: summary.total });
  const moved = STATUSES.filter((status) => summary.movedTo[status] > 0);
  return (
    <dl className="change-summary" data-testid="change-summary">
      <div>
        <dt>{t('time.changes.changed')}</dt>
        <dd>{of(summary.changed)}</dd>
      </div>
      {moved.map((status) => (
        <div key={status}>
          <dt>{t('time.changes.movedTo', { status: t(`common.status.${status}.label`) })}</dt>
          <dd>{of(summary.movedTo[status])}</dd>
        </div>
      ))}
      <div>
        <dt>{t('time.changes.newlyContested')}</dt>
        <dd>{of(summary.newlyContested)}</dd>
      </div>
      <div>
        <dt>{t('time.changes.deadlinesPassed')}</dt>
        <dd>{of(summary.deadlinesPassed)}</dd>
      </div>
    </dl>
  );
}

const firstLine = (text: string) => text.split('\n')[0]!.trim();

function Figures({
  locale,
  progress,
  value,
}: {
  locale: Locale;
  progress: number | null;
  value: number | null;
}) {
  const parts = [
    progress !== null ? `${progress}%` : null,
    value !== null ? formatNumber(value, locale) : null,
  ];
  const text = parts.filter(Boolean).join(' · ');
  return text ? <span className="muted"> {text}</span> : null;
}

/**
 * Assessments listed per commitment: a commitment assessed daily would otherwise list a hundred in
 * a quarter and make the page megabytes long.
 */
const MAX_ASSESSMENTS_SHOWN = 5;

/** Each commitment that changed: from → to, its flags, and the assessments in between. */
export function ChangeList({
  locale,
  t,
  rows,
  linkQuery,
  maxAssessments = MAX_ASSESSMENTS_SHOWN,
}: {
  locale: Locale;
  t: Translate;
  rows: ChangeRow[];
  /** Appended to commitment links (the period's end, so the page opens as it was then). */
  linkQuery: string;
  /** The latest this many assessments are listed; the commitment's page has the rest. */
  maxAssessments?: number;
}) {
  const badge = (status: Status) => (
    <StatusBadge status={status} label={t(`common.status.${status}.label`)} />
  );
  if (rows.length === 0) return <p className="card empty-state">{t('time.changes.none')}</p>;
  return (
    <ol className="change-list" data-testid="change-list">
      {rows.map((row) => {
        const title = pickLocalized({ en: row.titleEn, vi: row.titleVi }, locale);
        const href = `/${locale}/commitments/${row.slug}${linkQuery ? `?${linkQuery}` : ''}`;
        // Oldest first: the latest `maxAssessments` close the story; earlier ones are counted.
        const shown = row.assessments.slice(-maxAssessments);
        const earlier = row.assessments.length - shown.length;
        return (
          <li key={row.slug} className="card change-list__item" data-slug={row.slug}>
            <h3>
              <Link href={href} lang={title.fallback ? title.lang : undefined}>
                {title.text}
              </Link>
            </h3>
            <p className="change-list__move">
              {row.from ? (
                <>
                  {badge(row.from.status)}
                  <Figures locale={locale} progress={row.from.progress} value={row.from.currentValue} />{' '}
                  →{' '}
                </>
              ) : (
                <span className="muted">{t('time.changes.new')}: </span>
              )}
              {badge(row.to.status)}
              <Figures locale={locale} progress={row.to.progress} value={row.to.currentValue} />
              {row.newlyContested ? (
                <span className="change-list__flag"> · {t('time.changes.contestedFlag')}</span>
              ) : null}
              {row.deadlinePassed && row.deadline ? (
                <span className="change-list__flag">
                  {' '}
                  · {t('time.changes.deadlineFlag', { date: formatDate(row.deadline, locale) })}
                </span>
              ) : null}
            </p>
            {row.statusChanged || row.figuresChanged || row.newlyContested ? (
              row.assessments.length > 0 ? (
                <details>
                  <summary>
                    {t('time.changes.assessments')} ({row.assessments.length})
                  </summary>
                  {earlier > 0 ? (
                    <p className="muted">
                      <Link href={`${href}#history-title`}>
                        {t('time.changes.moreAssessments', { count: earlier })}
                      </Link>
                    </p>
                  ) : null}
                  <ul className="change-list__assessments">
                    {shown.map((assessment) => (
                      <li key={assessment.id}>
                        <time dateTime={assessment.assessedOn.toISOString().slice(0, 10)}>
                          {formatDate(assessment.assessedOn, locale)}
                        </time>{' '}
                        · {t(`assessment.assessor.${assessment.assessor}`)}
                        {assessment.assessorName ? ` (${assessment.assessorName})` : ''} ·{' '}
                        {badge(assessment.toStatus)}
                        {assessment.progress !== null ? ` ${assessment.progress}%` : ''}
                        <p className="muted">{firstLine(assessment.reason)}</p>
                        <p className="muted">
                          {t('time.changes.recorded', {
                            date: formatDate(assessment.createdAt, locale),
                            name: assessment.authorName,
                          })}
                        </p>
                        {assessment.evidence.length > 0 ? (
                          <p>
                            {t('time.changes.evidence')}:{' '}
                            {assessment.evidence.map((item, index) => (
                              <span key={index}>
                                {index > 0 ? '; ' : ''}
                                {item.url ? (
                                  <a href={item.url} rel="noopener noreferrer">
                                    {item.title}
                                  </a>
                                ) : (
                                  item.title
                                )}
                              </span>
                            ))}
                          </p>
                        ) : null}
                      </li>
                    ))}
                  </ul>
                </details>
              ) : (
                <p className="muted">{t('time.changes.noAssessments')}</p>
              )
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
