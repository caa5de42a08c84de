import Link from 'next/link';
import { FallbackMarker } from '@/components/i18n/localized-text';
import { StatusBadge } from '@/components/ui/status-badge';
import type { Status } from '@/lib/domain/status';
import type { Locale } from '@/lib/i18n/config';
import { pickLocalized } from '@/lib/i18n/content';
import { formatDate } from '@/lib/i18n/format';
import type { Translate } from '@/lib/i18n/messages';

export interface LatestUpdateRow {
  id: number;
  fromStatus: Status | null;
  toStatus: Status;
  progress: number | null;
  authorName: string;
  createdAt: Date;
  commitment: { slug: string; titleEn: string | null; titleVi: string | null };
}

/** "What changed": the latest history entries with date and the editor's display name. */
export function LatestUpdatesCard({
  locale,
  t,
  rows,
  headingLevel = 2,
}: {
  locale: Locale;
  t: Translate;
  rows: LatestUpdateRow[];
  headingLevel?: 2 | 3;
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
                  href={`/${locale}/commitments/${row.commitment.slug}`}
                  lang={title.fallback ? title.lang : undefined}
                >
                  {title.text}
                </Link>
                <FallbackMarker value={title} t={t} />
                <div className="latest-updates__meta">
                  <time dateTime={row.createdAt.toISOString()}>{formatDate(row.createdAt, locale)}</time>
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
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
