'use client';
import { useRouter } from 'next/navigation';
import { useActionState, useEffect, useState } from 'react';
import type { CommitmentState } from '@/lib/queries/commitment-state';
import {
  updateCommitmentStatus,
  type StatusFormState,
  type StatusFormValues,
} from '@/lib/actions/status-update';
import type { Locale } from '@/lib/i18n/config';
import { formatDateTime, formatNumber } from '@/lib/i18n/format';

export interface StatusFormLabels {
  title: string;
  intro: string;
  status: string;
  progress: string;
  progressHint: string;
  value: string;
  reason: string;
  reasonHint: string;
  evidenceUrl: string;
  evidenceHint: string;
  submit: string;
  submitting: string;
  saved: string;
  fixErrors: string;
  unauthenticated: string;
  forbidden: string;
  notFound: string;
  openedAt: string;
  conflictTitle: string;
  conflictBody: string;
  theirs: string;
  yours: string;
  field: string;
  reapply: string;
  keep: string;
  none: string;
  errors: Record<string, string>;
}

function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    name in values ? String(values[name]) : match,
  );
}

function valuesOf(state: CommitmentState): StatusFormValues {
  return {
    status: state.status,
    progress: state.progress === null ? '' : String(state.progress),
    value: state.value === null ? '' : String(state.value),
    reason: '',
    evidenceUrl: '',
  };
}

export function StatusUpdateForm({
  locale,
  initial,
  labels,
  statusOptions,
}: {
  locale: Locale;
  initial: CommitmentState;
  labels: StatusFormLabels;
  statusOptions: { value: string; label: string }[];
}) {
  const [state, formAction, pending] = useActionState<StatusFormState, FormData>(updateCommitmentStatus, {
    kind: 'idle',
    attempt: 0,
  });
  const router = useRouter();
  // The action's own response is rendered with the data version read before the write; a fresh
  // request picks up the new status, history (and, after a conflict, the other person's change).
  useEffect(() => {
    if (state.kind === 'ok' || state.kind === 'conflict') router.refresh();
  }, [state, router]);
  // Which conflict (by attempt) the editor chose to re-apply their change for.
  const [reapplied, setReapplied] = useState(0);
  const statusLabel = (value: string) =>
    statusOptions.find((option) => option.value === value)?.label ?? value;

  if (state.kind === 'conflict' && reapplied !== state.attempt) {
    const { current, values } = state;
    const last = current.lastUpdate;
    const rows: { label: string; theirs: string; yours: string }[] = [
      { label: labels.status, theirs: statusLabel(current.status), yours: statusLabel(values.status) },
      {
        label: labels.progress,
        theirs: current.progress === null ? labels.none : formatNumber(current.progress, locale, 0),
        yours: values.progress || labels.none,
      },
      ...(current.numeric
        ? [
            {
              label: labels.value,
              theirs: formatNumber(current.value, locale, 2),
              yours: values.value || labels.none,
            },
          ]
        : []),
      { label: labels.reason, theirs: last?.reason ?? labels.none, yours: values.reason || labels.none },
      {
        label: labels.evidenceUrl,
        theirs: last?.evidenceUrl ?? labels.none,
        yours: values.evidenceUrl || labels.none,
      },
    ];
    return (
      <section
        className="editor-panel editor-conflict"
        aria-labelledby="editor-conflict-title"
        data-testid="conflict"
      >
        <h2 id="editor-conflict-title">{labels.conflictTitle}</h2>
        <p role="alert">{fill(labels.conflictBody, { version: current.version })}</p>
        <table className="editor-conflict__table">
          <thead>
            <tr>
              <th scope="col">{labels.field}</th>
              <th scope="col">
                {last
                  ? fill(labels.theirs, {
                      name: last.authorName,
                      time: formatDateTime(last.createdAt, locale),
                    })
                  : labels.none}
              </th>
              <th scope="col">{labels.yours}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.label}>
                <th scope="row">{row.label}</th>
                <td>{row.theirs}</td>
                <td>{row.yours}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <div className="editor-actions">
          <button type="button" className="editor-button" onClick={() => setReapplied(state.attempt)}>
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

  // Re-applying after a conflict: the editor's values on top of the version now saved.
  const base = state.kind === 'conflict' ? state.current : initial;
  const version =
    state.kind === 'conflict'
      ? state.current.version
      : state.kind === 'invalid'
        ? state.version
        : state.kind === 'ok'
          ? Math.max(state.version, initial.version)
          : initial.version;
  const values: StatusFormValues =
    state.kind === 'conflict' || state.kind === 'invalid' ? state.values : valuesOf(initial);
  const errors = state.kind === 'invalid' ? state.errors : {};
  const errorText = (key?: string) =>
    key ? (labels.errors[key] ?? labels.errors['editor.errors.invalid']) : undefined;
  const message =
    state.kind === 'ok'
      ? { tone: 'ok', text: fill(labels.saved, { version: state.version }) }
      : state.kind === 'invalid'
        ? {
            tone: 'error',
            text: errors.form ? `${labels.fixErrors} ${errorText(errors.form)}` : labels.fixErrors,
          }
        : state.kind === 'unauthenticated'
          ? { tone: 'error', text: labels.unauthenticated }
          : state.kind === 'forbidden'
            ? { tone: 'error', text: labels.forbidden }
            : state.kind === 'not-found'
              ? { tone: 'error', text: labels.notFound }
              : null;

  const field = (name: keyof StatusFormValues) => {
    const error = errorText(errors[name as keyof typeof errors]);
    return {
      id: `status-${name}`,
      name,
      'aria-invalid': error ? true : undefined,
      'aria-describedby': `status-${name}-hint${error ? ` status-${name}-error` : ''}`,
      error,
    };
  };
  const status = field('status');
  const progress = field('progress');
  const value = field('value');
  const reason = field('reason');
  const evidence = field('evidenceUrl');
  const fieldError = (f: { id: string; error?: string }) =>
    f.error ? (
      <p id={`${f.id}-error`} className="editor-field__error">
        {f.error}
      </p>
    ) : null;

  return (
    <section className="editor-panel" aria-labelledby="editor-form-title" data-testid="status-editor">
      <h2 id="editor-form-title">{labels.title}</h2>
      <p className="editor-panel__intro">{labels.intro}</p>
      {message ? (
        <p
          role={message.tone === 'error' ? 'alert' : 'status'}
          className={`editor-alert editor-alert--${message.tone}`}
          data-testid="status-editor-message"
        >
          {message.text}
        </p>
      ) : null}
      <form
        action={formAction}
        key={`${state.attempt}-${reapplied}-${version}`}
        className="editor-form"
        noValidate
      >
        <input type="hidden" name="slug" value={base.slug} />
        <input type="hidden" name="version" value={version} />
        <p className="editor-form__version">{fill(labels.openedAt, { version })}</p>
        <div className="editor-field">
          <label htmlFor={status.id}>{labels.status}</label>
          <select
            id={status.id}
            name={status.name}
            defaultValue={values.status}
            aria-invalid={status['aria-invalid']}
            aria-describedby={status.error ? `${status.id}-error` : undefined}
          >
            {statusOptions.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
          {fieldError(status)}
        </div>
        <div className="editor-field">
          <label htmlFor={progress.id}>{labels.progress}</label>
          <input
            id={progress.id}
            name={progress.name}
            type="number"
            inputMode="numeric"
            min={0}
            max={100}
            step={1}
            defaultValue={values.progress}
            aria-invalid={progress['aria-invalid']}
            aria-describedby={progress['aria-describedby']}
          />
          <p id={`${progress.id}-hint`} className="editor-field__hint">
            {labels.progressHint}
          </p>
          {fieldError(progress)}
        </div>
        {base.numeric ? (
          <div className="editor-field">
            <label htmlFor={value.id}>{labels.value}</label>
            <input
              id={value.id}
              name={value.name}
              type="text"
              inputMode="decimal"
              defaultValue={values.value}
              aria-invalid={value['aria-invalid']}
              aria-describedby={value.error ? `${value.id}-error` : undefined}
            />
            {fieldError(value)}
          </div>
        ) : null}
        <div className="editor-field">
          <label htmlFor={reason.id}>{labels.reason}</label>
          <textarea
            id={reason.id}
            name={reason.name}
            rows={4}
            required
            maxLength={2000}
            defaultValue={values.reason}
            aria-invalid={reason['aria-invalid']}
            aria-describedby={reason['aria-describedby']}
          />
          <p id={`${reason.id}-hint`} className="editor-field__hint">
            {labels.reasonHint}
          </p>
          {fieldError(reason)}
        </div>
        <div className="editor-field">
          <label htmlFor={evidence.id}>{labels.evidenceUrl}</label>
          <input
            id={evidence.id}
            name={evidence.name}
            type="url"
            inputMode="url"
            maxLength={2000}
            defaultValue={values.evidenceUrl}
            aria-invalid={evidence['aria-invalid']}
            aria-describedby={evidence['aria-describedby']}
          />
          <p id={`${evidence.id}-hint`} className="editor-field__hint">
            {labels.evidenceHint}
          </p>
          {fieldError(evidence)}
        </div>
        <button type="submit" className="editor-button" disabled={pending}>
          {pending ? labels.submitting : labels.submit}
        </button>
      </form>
    </section>
  );
}
