'use client';
import { useRouter } from 'next/navigation';
import { useActionState, useEffect, useState } from 'react';
import { FormAlert } from '@/components/ui/form-alert';
import {
  updateCommitmentStatus,
  type StatusFormState,
  type StatusFormValues,
} from '@/lib/actions/status-update';
import type { Locale } from '@/lib/i18n/config';
import { fillTemplate } from '@/lib/i18n/template';
import type { CommitmentState } from '@/lib/queries/commitment-state';
import { EvidenceFields } from './evidence-fields';
import { VerdictFields } from './verdict-fields';
import { StatusConflict } from './status-conflict';
import { alertFor, errorTextFor, formVersion, valuesOf } from './status-form-state';
import type { StatusFormLabels } from './status-form-labels';

export type { StatusFormLabels } from './status-form-labels';

export function StatusUpdateForm({
  locale,
  initial,
  labels,
  statusOptions,
  assessorOptions,
  today,
  latest,
}: {
  locale: Locale;
  initial: CommitmentState;
  labels: StatusFormLabels;
  statusOptions: { value: string; label: string }[];
  assessorOptions: { value: string; label: string }[];
  /** The server's today (yyyy-mm-dd): the default "as of". */
  today: string;
  /** The latest day a verdict may describe (today somewhere on Earth). */
  latest: string;
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
    return (
      <StatusConflict
        locale={locale}
        current={state.current}
        values={state.values}
        labels={labels}
        statusLabel={statusLabel}
        assessorLabel={(value) => assessorOptions.find((option) => option.value === value)?.label ?? value}
        onReapply={() => setReapplied(state.attempt)}
      />
    );
  }

  // Re-applying after a conflict: the editor's values on top of the version now saved.
  const base = state.kind === 'conflict' ? state.current : initial;
  const version = formVersion(state, initial);
  const values: StatusFormValues =
    state.kind === 'conflict' || state.kind === 'invalid' ? state.values : valuesOf(initial, today);
  const errors: Record<string, string | undefined> = state.kind === 'invalid' ? state.errors : {};
  const errorOf = (name: string) => errorTextFor(labels, errors[name]);

  return (
    <section className="editor-panel" aria-labelledby="editor-form-title" data-testid="status-editor">
      <h2 id="editor-form-title">{labels.title}</h2>
      <p className="editor-panel__intro">{labels.intro}</p>
      <FormAlert alert={alertFor(state, labels)} testId="status-editor-message" />
      <form
        action={formAction}
        key={`${state.attempt}-${reapplied}-${version}`}
        className="editor-form"
        noValidate
      >
        <input type="hidden" name="slug" value={base.slug} />
        <input type="hidden" name="version" value={version} />
        <p className="editor-form__version">{fillTemplate(labels.openedAt, { version })}</p>
        <VerdictFields
          labels={labels}
          values={values}
          errorOf={errorOf}
          numeric={base.numeric}
          statusOptions={statusOptions}
          assessorOptions={assessorOptions}
          latest={latest}
        />
        <EvidenceFields
          slug={base.slug}
          locale={locale}
          labels={labels.evidenceItems}
          initial={values.evidence}
          errorOf={errorOf}
        />
        <button type="submit" className="editor-button" disabled={pending}>
          {pending ? labels.submitting : labels.submit}
        </button>
      </form>
    </section>
  );
}
