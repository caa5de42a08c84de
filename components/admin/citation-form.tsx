'use client';
import { useRouter } from 'next/navigation';
import { useActionState, useEffect } from 'react';
import { addCitationAction, editCitationAction, type CitationFormState } from '@/lib/actions/commitments';
import { FormAlert } from '@/components/ui/form-alert';
import { FormField } from '@/components/ui/form-field';
import type { Option } from './commitment-fields';
import { contentFormAlert } from './content-form-alert';

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
  /** startOffset: the place the source reader picked (kept when the quote is unchanged). */
  initial: { sourceId: string; quote: string; startOffset?: number };
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
  const errors: Record<string, string | undefined> = state.kind === 'invalid' ? state.errors : {};
  const message = (key?: string) =>
    key ? (errorText[key] ?? errorText['adminContent.errors.invalid']) : undefined;
  const alert = contentFormAlert(state, mode === 'add' ? labels.added : labels.saved, labels);
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
      {initial.startOffset !== undefined && state.kind !== 'ok' ? (
        <input type="hidden" name="startOffset" value={initial.startOffset} />
      ) : null}
      <FormAlert alert={alert} />
      <FormField id={`${prefix}-source`} label={labels.source} error={message(errors.sourceId)}>
        {(control) => (
          <select {...control} name="sourceId" defaultValue={values.sourceId}>
            <option value="">{labels.chooseSource}</option>
            {sources.map((source) => (
              <option key={source.value} value={source.value}>
                {source.label}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField id={`${prefix}-quote`} label={labels.quote} error={message(errors.quote)}>
        {(control) => (
          <textarea {...control} name="quote" rows={4} maxLength={5000} defaultValue={values.quote} />
        )}
      </FormField>
      {children}
      <button type="submit" className="editor-button" disabled={pending}>
        {mode === 'add' ? labels.add : labels.save}
      </button>
    </form>
  );
}
