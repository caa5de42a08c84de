import Link from 'next/link';
import { withTime, type TimeParams } from '@/lib/time/as-of';
import { STATUSES, statusToParam, type Status } from '@/lib/domain/status';
import type { Locale } from '@/lib/i18n/config';
import { formatDate, formatDateTime, formatNumber } from '@/lib/i18n/format';
import type { Translate } from '@/lib/i18n/messages';

/**
 * Headline counts: the total, then every status with its own count (never merged), and the
 * time the data is from. Each count links to the matching filtered list.
 */
export function StatusSummary({
  locale,
  t,
  counts,
  total,
  asOf,
  contested,
  verdictStamp,
  listQuery = '',
  headingId = 'status-summary',
  time = {},
}: {
  locale: Locale;
  t: Translate;
  counts: Record<Status, number>;
  total: number;
  asOf: Date;
  /** How many commitments have assessors who disagree (shown, and linked to, when given). */
  contested?: number;
  /** The latest day a headline verdict describes, and the last recording. */
  verdictStamp?: { assessedOn: Date | null; recordedAt: Date | null };
  /** Extra query (e.g. `agreement=x`) the status links keep. */
  listQuery?: string;
  headingId?: string;
  /** A past view the links keep. */
  time?: TimeParams;
}) {
  const href = (status: Status) =>
    withTime(
      `/${locale}/commitments?${listQuery ? `${listQuery}&` : ''}status=${statusToParam(status)}`,
      time,
    );
  return (
    <section className="status-summary" aria-labelledby={headingId} data-testid="status-summary">
      <h2 id={headingId} className="visually-hidden">
        {t('dashboard.summary.statusHeading')}
      </h2>
      <div className="status-summary__grid">
        <div className="status-tile status-tile--total" data-testid="status-total">
          <span className="status-tile__count">{formatNumber(total, locale)}</span>
          <span className="status-tile__label">{t('dashboard.summary.total')}</span>
        </div>
        {STATUSES.map((status) => (
          <Link
            key={status}
            href={href(status)}
            className="status-tile"
            data-status={status}
            title={t(`common.status.${status}.definition`)}
            aria-label={`${t(`common.status.${status}.label`)}: ${counts[status]}. ${t('dashboard.summary.showInList', { status: t(`common.status.${status}.label`) })}`}
          >
            <span className="status-tile__count">{formatNumber(counts[status], locale)}</span>
            <span className="status-tile__label">{t(`common.status.${status}.label`)}</span>
          </Link>
        ))}
      </div>
      {contested !== undefined ? (
        <p className="status-summary__contested">
          <Link
            href={withTime(`/${locale}/commitments?${listQuery ? `${listQuery}&` : ''}contested=1`, time)}
            data-testid="contested-count"
          >
            {t('assessment.contested.count')}: <strong>{formatNumber(contested, locale)}</strong>
          </Link>{' '}
          <span className="muted">— {t('assessment.contested.countHelp')}</span>
        </p>
      ) : null}
      <p className="status-summary__asof muted">
        {verdictStamp?.assessedOn && verdictStamp.recordedAt
          ? t('assessment.dataAsOf', {
              assessed: formatDate(verdictStamp.assessedOn, locale),
              recorded: formatDateTime(verdictStamp.recordedAt, locale),
            })
          : t('dashboard.summary.asOf', { time: formatDateTime(asOf, locale) })}
      </p>
    </section>
  );
}
