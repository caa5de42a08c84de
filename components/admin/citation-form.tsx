'use client';
import { useRouter } from 'next/navigation';
import { useActionState, useEffect } from 'react';
import { addCitationAction, editCitationAction, type CitationFormState } from '@/lib/actions/commitments';
import type { Option } from './commitment-form';

/** Adds a quote to a commitment, or edits one (source + verbatim quote; offsets are the server's). */
export function CitationForm({
  slug,
  citationId,
  initial,
  sources,
  labels,
  errorText,
  children,
}: {
  slug: string;
  citationId?: number;
  initial: { sourceId: string; quote: string };
  sources: Option[];
  labels: Record<string, string>;
  errorText: Record<string, string>;
  /** Extra content under the form (e.g. where the quote sits in its source). */
  children?: React.ReactNode;
}) {
  const mode = citationId === undefined ? 'add' : 'edit';
  const [state, formAction, pending] = useActionState<CitationFormState, FormData>(
    mode === 'add' ? addCitationAction : editCitationAction,
    { kind: 'idle', attempt: 0 },
  );
  const router = useRouter();
  useEffect(() => {
    if (state.kind === 'ok') router.refresh();
  }, [state, router]);
  const prefix = `citation-${citationId ?? 'new'}`;
  const values =
    state.kind === 'invalid'
      ? state.values
      : mode === 'add' && state.kind === 'ok'
        ? { sourceId: '', quote: '' }
        : initial;
  const errors = state.kind === 'invalid' ? state.errors : {};
  const message = (key?: string) =>
    key ? (errorText[key] ?? errorText['adminContent.errors.invalid']) : undefined;
  const alert =
    state.kind === 'ok'
      ? { tone: 'ok', text: mode === 'add' ? labels.added : labels.saved }
      : state.kind === 'invalid'
        ? { tone: 'error', text: labels.fixErrors }
        : state.kind === 'idle'
          ? null
          : { tone: 'error', text: labels[state.kind === 'not-found' ? 'notFound' : state.kind] };
  return (
    <form
      action={formAction}
      key={`${state.attempt}-${initial.sourceId}-${initial.quote.length}`}
      className="editor-form admin-content__citation"
      noValidate
      data-testid={mode === 'add' ? 'citation-add' : 'citation-edit'}
    >
      <input type="hidden" name="slug" value={slug} />
      {citationId !== undefined ? <input type="hidden" name="citationId" value={citationId} /> : null}
      {alert ? (
        <p
          role={alert.tone === 'error' ? 'alert' : 'status'}
          className={`editor-alert editor-alert--${alert.tone}`}
        >
          {alert.text}
        </p>
      ) : null}
      <div className="editor-field">
        <label htmlFor={`${prefix}-source`}>{labels.source}</label>
        <select
          id={`${prefix}-source`}
          name="sourceId"
          defaultValue={values.sourceId}
          aria-invalid={errors.sourceId ? true : undefined}
          aria-describedby={errors.sourceId ? `${prefix}-source-error` : undefined}
        >
          <option value="">{labels.chooseSource}</option>
          {sources.map((source) => (
            <option key={source.value} value={source.value}>
              {source.label}
            </option>
          ))}
        </select>
        {errors.sourceId ? (
          <p id={`${prefix}-source-error`} className="editor-field__error">
            {message(errors.sourceId)}
          </p>
        ) : null}
      </div>
      <div className="editor-field">
        <label htmlFor={`${prefix}-quote`}>{labels.quote}</label>
        <textarea
          id={`${prefix}-quote`}
          name="quote"
          rows={4}
          maxLength={5000}
          defaultValue={values.quote}
          aria-invalid={errors.quote ? true : undefined}
          aria-describedby={errors.quote ? `${prefix}-quote-error` : undefined}
        />
        {errors.quote ? (
          <p id={`${prefix}-quote-error`} className="editor-field__error">
            {message(errors.quote)}
          </p>
        ) : null}
      </div>
      {children}
      <button type="submit" className="editor-button" disabled={pending}>
        {mode === 'add' ? labels.add : labels.save}
      </button>
    </form>
  );
}
