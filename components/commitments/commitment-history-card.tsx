import { withTime, type TimeParams } from '@/lib/time/as-of';
import type { Locale } from '@/lib/i18n/config';
import type { Translate } from '@/lib/i18n/messages';
import type { listAssessmentHistory } from '@/lib/queries/assessments';
import { CommitmentHistory } from './commitment-history';
import { Pagination } from './pagination';

/** Every recorded change, newest first, paged (`?history=N` keeps the reader's place). */
export function CommitmentHistoryCard({
  locale,
  t,
  slug,
  history,
  time = {},
}: {
  locale: Locale;
  t: Translate;
  slug: string;
  time?: TimeParams;
  history: Awaited<ReturnType<typeof listAssessmentHistory>>;
}) {
  return (
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
          withTime(`/${locale}/commitments/${slug}${page > 1 ? `?history=${page}` : ''}`, time) +
          '#history-title'
        }
      />
    </section>
  );
}
