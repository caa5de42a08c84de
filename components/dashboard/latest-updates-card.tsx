import Link from 'next/link';
import { withTime, type TimeParams } from '@/lib/time/as-of';
import { FallbackMarker, langOf } from '@/components/i18n/localized-text';
import { StatusBadge } from '@/components/ui/status-badge';
import type { Status } from '@/lib/domain/status';
import type { Assessor } from '@/lib/generated/prisma/enums';
import type { Locale } from '@/lib/i18n/config';
import { pickLocalized } from '@/lib/i18n/content';
import { formatDate } from '@/lib/i18n/format';
import type { Translate } from '@/lib/i18n/messages';

const REASON_PREVIEW = 160;

/** The reason's first line, cut at a word near the preview length. */
function firstLine(reason: string): string {
  const line = reason.split('\n')[0]!.trim();
  if (line.length <= REASON_PREVIEW) return line;
  const cut = line.slice(0, REASON_PREVIEW);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), REASON_PREVIEW - 20))}…`;
}

export interface LatestUpdateRow {
  id: number;
  fromStatus: Status | null;
  toStatus: Status;
  progress: number | null;
  authorName: string;
  createdAt: Date;
  assessedOn: Date;
  assessor: Assessor;
  reason: string;
  commitment: { slug: string; titleEn: string | null; titleVi: string | null };
}

/**
 * "What changed": the latest recorded assessments — the day each describes, whose verdict, from →
 * to, the reason's first line and who recorded it.
 */
export function LatestUpdatesCard({
  locale,
  t,
  rows,
  headingLevel = 2,
  time = {},
}: {
  locale: Locale;
  t: Translate;
  rows: LatestUpdateRow[];
  headingLevel?: 2 | 3;
  time?: TimeParams;
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const badge = (status: Status) => (
    <StatusBadge status={status} label={t(`common.status.${status}.label`)} />
  );
  return (
    <section className="card latest-updates" aria-labelledby="latest-updates-title">
      <Heading id="latest-updates-title">{t('dashboard.overview.latest')}</Heading>
      <p className="muted">{t('dashboard.overview.latestDescription')}</p>
      {rows.length === 0 ? (
        <p className="muted">{t('dashboard.overview.noUpdates')}</p>
      ) : (
        <ol className="latest-updates__list" data-testid="latest-updates">
          {rows.map((row) => {
            const title = pickLocalized({ en: row.commitment.titleEn, vi: row.commitment.titleVi }, locale);
            return (
              <li key={row.id} className="latest-updates__item">
                <Link
                  href={withTime(`/${locale}/commitments/${row.commitment.slug}`, time)}
                  {...langOf(title)}
                >
                  {title.text}
                </Link>
                <FallbackMarker value={title} t={t} />
                <div className="latest-updates__meta">
                  <time dateTime={row.assessedOn.toISOString().slice(0, 10)}>
                    {t('assessment.verdicts.asOf', { date: formatDate(row.assessedOn, locale) })}
                  </time>
                  <span>{t(`assessment.assessor.${row.assessor}`)}</span>
                  <span className="latest-updates__change">
                    {row.fromStatus ? (
                      <>
                        {badge(row.fromStatus)} → {badge(row.toStatus)}
                      </>
                    ) : (
                      badge(row.toStatus)
                    )}
                  </span>
                  {row.progress !== null ? (
                    <span>{t('dashboard.update.progress', { value: row.progress })}</span>
                  ) : null}
                  <span>{t('dashboard.update.by', { name: row.authorName })}</span>
                </div>
                <p className="latest-updates__reason muted">{firstLine(row.reason)}</p>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
