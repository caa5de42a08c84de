import { StatusBadge } from '@/components/ui/status-badge';
import type { Status } from '@/lib/domain/status';
import type { Locale } from '@/lib/i18n/config';
import { formatDate, formatDateTime } from '@/lib/i18n/format';
import type { Translate } from '@/lib/i18n/messages';
import type { AssessmentEntry } from '@/lib/queries/assessments';
import { EvidenceList } from './evidence-list';

/**
 * The history: for every assessment the day it describes and when it was recorded (two different
 * dates), whose verdict, the change, progress, reason, evidence and the editor who recorded it.
 * Each cell carries its column name, so on a phone the rows stack as labelled cards.
 */
export function CommitmentHistory({
  locale,
  t,
  entries,
}: {
  locale: Locale;
  t: Translate;
  entries: AssessmentEntry[];
}) {
  const badge = (status: Status) => (
    <StatusBadge status={status} label={t(`common.status.${status}.label`)} />
  );
  const columns = {
    asOf: t('assessment.history.asOf'),
    recorded: t('assessment.history.recorded'),
    assessor: t('assessment.history.assessor'),
    change: t('dashboard.commitment.historyChange'),
    progress: t('dashboard.commitment.historyProgress'),
    reason: t('dashboard.commitment.historyReason'),
    evidence: t('dashboard.commitment.historyEvidence'),
    editor: t('dashboard.commitment.historyEditor'),
  };
  return (
    <div className="table-scroll">
      <table className="data-table history-table" data-testid="history">
        <thead>
          <tr>
            {Object.values(columns).map((label) => (
              <th key={label} scope="col">
                {label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.id}>
              <td data-label={columns.asOf}>
                <time dateTime={entry.assessedOn.toISOString().slice(0, 10)}>
                  {formatDate(entry.assessedOn, locale)}
                </time>
              </td>
              <td data-label={columns.recorded}>
                <time dateTime={entry.createdAt.toISOString()}>
                  {formatDateTime(entry.createdAt, locale)}
                </time>
              </td>
              <td data-label={columns.assessor}>
                {t(`assessment.assessor.${entry.assessor}`)}
                {entry.assessorName ? <span className="muted"> · {entry.assessorName}</span> : null}
              </td>
              <td data-label={columns.change} className="history-table__change">
                {entry.fromStatus && entry.fromStatus !== entry.toStatus ? (
                  <>
                    {badge(entry.fromStatus)} → {badge(entry.toStatus)}
                  </>
                ) : (
                  badge(entry.toStatus)
                )}
              </td>
              <td data-label={columns.progress}>{entry.progress !== null ? `${entry.progress}%` : '—'}</td>
              <td data-label={columns.reason} className="history-table__reason">
                {entry.reason}
              </td>
              <td data-label={columns.evidence}>
                <EvidenceList locale={locale} t={t} evidence={entry.evidence} legacyUrl={entry.evidenceUrl} />
              </td>
              <td data-label={columns.editor}>
                {entry.authorName}
                <span className="muted history-table__method">
                  {' · '}
                  {t('assessment.verdicts.methodology', { version: entry.methodologyVersion })}
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
