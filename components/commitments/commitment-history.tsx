import { StatusBadge } from '@/components/ui/status-badge';
import type { Status } from '@/lib/domain/status';
import type { Locale } from '@/lib/i18n/config';
import { formatDateTime } from '@/lib/i18n/format';
import type { Translate } from '@/lib/i18n/messages';

export interface HistoryEntry {
  id: number;
  fromStatus: Status | null;
  toStatus: Status;
  progress: number | null;
  reason: string;
  evidenceUrl: string | null;
  authorName: string;
  createdAt: Date;
}

const safeHref = (url: string) => (/^https?:\/\//i.test(url) ? url : undefined);

/** The history table: date, from → to, progress, reason, evidence and editor for every entry. */
export function CommitmentHistory({
  locale,
  t,
  entries,
}: {
  locale: Locale;
  t: Translate;
  entries: HistoryEntry[];
}) {
  const badge = (status: Status) => (
    <StatusBadge status={status} label={t(`common.status.${status}.label`)} />
  );
  return (
    <div className="table-scroll">
      <table className="data-table history-table" data-testid="history">
        <thead>
          <tr>
            <th scope="col">{t('dashboard.commitment.historyDate')}</th>
            <th scope="col">{t('dashboard.commitment.historyChange')}</th>
            <th scope="col">{t('dashboard.commitment.historyProgress')}</th>
            <th scope="col">{t('dashboard.commitment.historyReason')}</th>
            <th scope="col">{t('dashboard.commitment.historyEvidence')}</th>
            <th scope="col">{t('dashboard.commitment.historyEditor')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => {
            const href = entry.evidenceUrl ? safeHref(entry.evidenceUrl) : undefined;
            return (
              <tr key={entry.id}>
                <td data-label={t('dashboard.commitment.historyDate')}>
                  <time dateTime={entry.createdAt.toISOString()}>
                    {formatDateTime(entry.createdAt, locale)}
                  </time>
                </td>
                <td className="history-table__change" data-label={t('dashboard.commitment.historyChange')}>
                  {entry.fromStatus ? (
                    <>
                      {badge(entry.fromStatus)} → {badge(entry.toStatus)}
                    </>
                  ) : (
                    badge(entry.toStatus)
                  )}
                </td>
                <td data-label={t('dashboard.commitment.historyProgress')}>
                  {entry.progress !== null ? `${entry.progress}%` : '—'}
                </td>
                <td className="history-table__reason" data-label={t('dashboard.commitment.historyReason')}>
                  {entry.reason}
                </td>
                <td data-label={t('dashboard.commitment.historyEvidence')}>
                  {href ? (
                    <a href={href} rel="noopener noreferrer nofollow" target="_blank">
                      {t('dashboard.commitment.evidenceLink')}
                    </a>
                  ) : entry.evidenceUrl ? (
                    <span>{entry.evidenceUrl}</span>
                  ) : (
                    t('dashboard.commitment.noEvidence')
                  )}
                </td>
                <td data-label={t('dashboard.commitment.historyEditor')}>{entry.authorName}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
