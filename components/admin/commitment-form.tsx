'use client';
import { useRouter } from 'next/navigation';
import { useActionState, useEffect } from 'react';
import { ConflictPanel } from '@/components/ui/conflict-table';
import { FormAlert } from '@/components/ui/form-alert';
import {
  createCommitmentAction,
  editCommitmentAction,
  type CommitmentFormState,
} from '@/lib/actions/commitments';
import type { Locale } from '@/lib/i18n/config';
import { fillTemplate } from '@/lib/i18n/template';
import type { CommitmentField, CommitmentFormValues } from '@/lib/validation/commitment';
import { CommitmentFields, type CommitmentFieldOptions } from './commitment-fields';

export interface CommitmentFormProps extends CommitmentFieldOptions {
  mode: 'create' | 'edit';
  locale: Locale;
  initial: CommitmentFormValues;
  version: number;
  /** Interface text (adminContent.form.*) by short name. */
  labels: Record<string, string>;
  /** Error messages by catalog key. */
  errorText: Record<string, string>;
  /** Carried to the edit page after a create (e.g. the sentence to cite: source, start, end). */
  createdQuery?: string;
}

function alertFor(
  state: CommitmentFormState,
  mode: 'create' | 'edit',
  labels: Record<string, string>,
  message: (key?: string) => string | undefined,
): { tone: 'ok' | 'error'; text: string } | null {
  switch (state.kind) {
    case 'ok':
      return {
        tone: 'ok',
        text: mode === 'create' ? labels.created! : fillTemplate(labels.saved!, { version: state.version }),
      };
    case 'invalid': {
      const formError = message(state.errors.form ?? state.errors.version);
      return { tone: 'error', text: formError ? `${labels.fixErrors} ${formError}` : labels.fixErrors! };
    }
    case 'conflict':
      return { tone: 'error', text: fillTemplate(labels.conflictBody!, { version: state.version }) };
    case 'unauthenticated':
    case 'forbidden':
      return { tone: 'error', text: labels[state.kind]! };
    case 'not-found':
      return { tone: 'error', text: labels.notFound! };
    default:
      return null;
  }
}

export function CommitmentForm(props: CommitmentFormProps) {
  const { mode, locale, initial, labels, errorText, createdQuery } = props;
  const [state, formAction, pending] = useActionState<CommitmentFormState, FormData>(
    mode === 'create' ? createCommitmentAction : editCommitmentAction,
    { kind: 'idle', attempt: 0 },
  );
  const router = useRouter();
  useEffect(() => {
    if (state.kind !== 'ok') return;
    if (mode === 'create') {
      router.push(
        `/${locale}/admin/commitments/${state.slug}/edit?created=1${createdQuery ? `&${createdQuery}` : ''}`,
      );
    } else router.refresh();
  }, [state, mode, locale, router, createdQuery]);

  const values = state.kind === 'invalid' || state.kind === 'conflict' ? state.values : initial;
  const version =
    state.kind === 'invalid' || state.kind === 'conflict'
      ? state.version
      : state.kind === 'ok'
        ? Math.max(state.version, props.version)
        : props.version;
  const errors: Record<string, string | undefined> = state.kind === 'invalid' ? state.errors : {};
  const message = (key?: string) =>
    key ? (errorText[key] ?? errorText['adminContent.errors.invalid']) : undefined;

  return (
    <div className="admin-content" data-testid="commitment-form">
      <FormAlert alert={alertFor(state, mode, labels, message)} testId="commitment-form-message" />
      {state.kind === 'conflict' ? (
        <ConflictPanel
          id="cf-conflict-title"
          title={labels.conflictTitle}
          headings={{ field: labels.field!, theirs: labels.theirs, yours: labels.yours! }}
          rows={(Object.keys(state.current) as CommitmentField[])
            .filter((field) => field !== 'slug' && state.current[field] !== state.values[field])
            .map((field) => ({
              label: labels[field]!,
              theirs: state.current[field] || '—',
              yours: state.values[field] || '—',
            }))}
        />
      ) : null}
      <form
        action={formAction}
        key={`${state.attempt}-${version}`}
        className="editor-form admin-content__form"
        noValidate
      >
        {mode === 'edit' ? (
          <>
            <input type="hidden" name="slug" value={initial.slug} />
            <input type="hidden" name="version" value={version} />
            <p className="editor-form__version">{fillTemplate(labels.openedAt!, { version })}</p>
          </>
        ) : null}
        <CommitmentFields
          mode={mode}
          values={values}
          errorOf={(name) => message(errors[name])}
          labels={labels}
          options={{ agreements: props.agreements, parties: props.parties, kinds: props.kinds }}
        />
        <button type="submit" className="editor-button" disabled={pending}>
          {pending ? labels.submitting : mode === 'create' ? labels.submitCreate : labels.submitEdit}
        </button>
      </form>
    </div>
  );
}
