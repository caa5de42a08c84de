import Link from 'next/link';
import { StatusBadge } from '@/components/ui/status-badge';
import { STATUSES } from '@/lib/domain/status';
import { pickLocalized } from '@/lib/i18n/content';
import { formatDateTime } from '@/lib/i18n/format';
import { localeAndTranslator } from '@/lib/i18n/server';
import { listCommitmentSummaries } from '@/lib/queries/commitments';

export default async function OverviewPage({ params }: PageProps<'/[lang]'>) {
  const { locale, t } = await localeAndTranslator(params);
  const commitments = await listCommitmentSummaries();
  const counts = STATUSES.map((status) => ({
    status,
    count: commitments.filter((row) => row.status === status).length,
  }));
  return (
    <>
      <h1>{t('common.overview.title')}</h1>
      <p className="muted">
        {t('common.overview.total', { count: commitments.length })} ·{' '}
        {t('common.overview.asOf', { time: formatDateTime(new Date(), locale) })}
      </p>
      <ul className="status-counts">
        {counts.map(({ status, count }) => (
          <li key={status}>
            <StatusBadge status={status} label={t(`common.status.${status}.label`)} />{' '}
            <strong>{count}</strong>
          </li>
        ))}
      </ul>
      <ul className="commitment-list" data-testid="commitment-list">
        {commitments.map((row) => {
          const title = pickLocalized({ en: row.titleEn, vi: row.titleVi }, locale);
          return (
            <li key={row.slug}>
              <Link href={`/${locale}/commitments/${row.slug}`} lang={title.lang}>
                {title.text}
              </Link>{' '}
              <StatusBadge status={row.status} label={t(`common.status.${row.status}.label`)} />
            </li>
          );
        })}
      </ul>
    </>
  );
}
