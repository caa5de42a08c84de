'use server';
// The editor form's adapter: form fields → updateCommitmentStatus → the form's state.
import { updateCommitmentStatus as updateStatus } from '../commitments/update-status';
import { actionContext } from '../mutations/context';
import type { CommitmentState } from '../queries/commitment-state';
import { statusUpdateFromForm, type FieldErrors } from '../validation/status-update';
import { formFields, nextAttempt } from './form-fields';

/** What the editor typed, kept so a refused form re-opens with their values. */
export interface StatusFormValues {
  status: string;
  progress: string;
  value: string;
  reason: string;
  evidenceUrl: string;
}

export type StatusFormState =
  | { kind: 'idle'; attempt: number }
  | { kind: 'ok'; attempt: number; version: number }
  | { kind: 'invalid'; attempt: number; errors: FieldErrors; values: StatusFormValues; version: number }
  | { kind: 'conflict'; attempt: number; current: CommitmentState; values: StatusFormValues }
  | { kind: 'unauthenticated' | 'forbidden' | 'not-found'; attempt: number };

export async function updateCommitmentStatus(
  prev: StatusFormState,
  form: FormData,
): Promise<StatusFormState> {
  const attempt = nextAttempt(prev);
  const fields = formFields(form, 4000);
  const text = (name: string) => (typeof fields[name] === 'string' ? (fields[name] as string) : '');
  const values: StatusFormValues = {
    status: text('status').slice(0, 40),
    progress: text('progress').slice(0, 40),
    value: text('value').slice(0, 40),
    reason: text('reason'),
    evidenceUrl: text('evidenceUrl'),
  };
  const version = Number(text('version').slice(0, 20)) || 1;
  const result = await updateStatus.run(
    { ...statusUpdateFromForm(form), slug: text('slug').slice(0, 200) },
    await actionContext(),
  );
  switch (result.kind) {
    case 'ok':
      return { kind: 'ok', attempt, version: result.value.version };
    case 'invalid':
      return { kind: 'invalid', attempt, errors: result.errors, values, version };
    case 'unavailable':
      // Nothing was saved; the editor keeps their values and can submit again.
      return { kind: 'invalid', attempt, errors: { form: 'editor.errors.unavailable' }, values, version };
    case 'conflict':
      return { kind: 'conflict', attempt, current: result.current, values };
    default:
      return { kind: result.kind, attempt };
  }
}
