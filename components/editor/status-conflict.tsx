'use client';
import { ConflictTable, type ConflictRow } from '@/components/ui/conflict-table';
import type { StatusFormValues } from '@/lib/actions/status-update';
import type { Locale } from '@/lib/i18n/config';
import { formatDateTime, formatNumber } from '@/lib/i18n/format';
import { fillTemplate } from '@/lib/i18n/template';
import type { CommitmentState } from '@/lib/queries/commitment-state';
import type { StatusFormLabels } from './status-form-labels';

/** Someone saved first: their change beside the editor's, to re-apply theirs on top or keep it. */
export function StatusConflict({
  locale,
  current,
  values,
  labels,
  statusLabel,
  assessorLabel,
  onReapply,
}: {
  locale: Locale;
  current: CommitmentState;
  values: StatusFormValues;
  labels: StatusFormLabels;
  statusLabel: (status: string) => string;
  assessorLabel: (assessor: string) => string;
  onReapply: () => void;
}) {
  const last = current.lastUpdate;
  const orNone = (text: string | null | undefined) => text || labels.none;
  const rows: ConflictRow[] = [
    {
      label: labels.assessor,
      theirs: last ? assessorLabel(last.assessor) : labels.none,
      yours: assessorLabel(values.assessor || 'INDEPENDENT'),
    },
    { label: labels.assessedOn, theirs: orNone(last?.assessedOn), yours: orNone(values.assessedOn) },
    { label: labels.status, theirs: statusLabel(current.status), yours: statusLabel(values.status) },
    {
      label: labels.progress,
      theirs: current.progress === null ? labels.none : formatNumber(current.progress, locale, 0),
      yours: orNone(values.progress),
    },
    ...(current.numeric
      ? [{ label: labels.value, theirs: formatNumber(current.value, locale, 2), yours: orNone(values.value) }]
      : []),
    { label: labels.reason, theirs: orNone(last?.reason), yours: orNone(values.reason) },
    {
      label: labels.evidenceItems.evidence,
      theirs: orNone(last?.evidenceTitles.join('; ')),
      yours: orNone(values.evidence.map((item) => item.title || item.url).join('; ')),
    },
  ];
  const theirs = last
    ? fillTemplate(labels.theirs, { name: last.authorName, time: formatDateTime(last.createdAt, locale) })
    : labels.none;
  return (
    <section
      className="editor-panel editor-conflict"
      aria-labelledby="editor-conflict-title"
      data-testid="conflict"
    >
      <h2 id="editor-conflict-title">{labels.conflictTitle}</h2>
      <p role="alert">{fillTemplate(labels.conflictBody, { version: current.version })}</p>
      <ConflictTable headings={{ field: labels.field, theirs, yours: labels.yours }} rows={rows} />
      <div className="editor-actions">
        <button type="button" className="editor-button" onClick={onReapply}>
          {labels.reapply}
        </button>
        <a
          href={`/${locale}/commitments/${encodeURIComponent(current.slug)}`}
          className="editor-button editor-button--secondary"
        >
          {labels.keep}
        </a>
      </div>
    </section>
  );
}
