'use server';
// Admin content adapters: form fields → a content operation (lib/commitments, lib/citations) →
// the form's state. Access, validation, the write and its audit are the pipeline's.
import { addCitation, editCitation } from '../citations/save';
import { removeCitation } from '../citations/remove';
import { createCommitment } from '../commitments/create';
import { editCommitment } from '../commitments/edit';
import { setCommitmentArchived } from '../commitments/set-archived';
import { actionContext } from '../mutations/context';
import type { MutationResult } from '../mutations/define-mutation';
import {
  commitmentValuesFromForm,
  type CommitmentFormValues,
  type FieldErrors,
} from '../validation/commitment';
import { asFormData, formFields, formRefusal, nextAttempt } from './form-fields';

export type CommitmentFormState =
  | { kind: 'idle'; attempt: number }
  | { kind: 'ok'; attempt: number; slug: string; version: number }
  | { kind: 'invalid'; attempt: number; errors: FieldErrors; values: CommitmentFormValues; version: number }
  | {
      kind: 'conflict';
      attempt: number;
      values: CommitmentFormValues;
      current: CommitmentFormValues;
      version: number;
    }
  | { kind: 'unauthenticated' | 'forbidden' | 'not-found'; attempt: number };

export interface CitationFormValues {
  sourceId: string;
  quote: string;
}

export type CitationFormState =
  | { kind: 'idle'; attempt: number }
  | { kind: 'ok'; attempt: number }
  | { kind: 'invalid'; attempt: number; errors: FieldErrors; values: CitationFormValues }
  | { kind: 'unauthenticated' | 'forbidden' | 'not-found'; attempt: number };

const UNAVAILABLE: FieldErrors = { form: 'adminContent.errors.unavailable' };

/** The refusals every content form shows the same way. */
function refusalState(
  result: Extract<
    MutationResult<unknown, unknown>,
    { kind: 'unauthenticated' | 'forbidden' | 'not-found' | 'throttled' }
  >,
  attempt: number,
) {
  return { kind: formRefusal(result.kind), attempt };
}

/** The form re-opened with the admin's values and what was wrong (or that nothing could be saved). */
function invalidState(
  result: Extract<MutationResult<unknown, unknown>, { kind: 'invalid' | 'unavailable' }>,
  attempt: number,
  values: CommitmentFormValues,
  version: number,
): CommitmentFormState {
  const errors = result.kind === 'invalid' ? result.errors : UNAVAILABLE;
  return { kind: 'invalid', attempt, errors, values, version };
}

export async function createCommitmentAction(
  prev: CommitmentFormState,
  submitted: FormData,
): Promise<CommitmentFormState> {
  const form = asFormData(submitted);
  const attempt = nextAttempt(prev);
  const values = commitmentValuesFromForm(form);
  const result = await createCommitment.run(values, await actionContext());
  switch (result.kind) {
    case 'ok':
      return { kind: 'ok', attempt, ...result.value };
    case 'invalid':
    case 'unavailable':
      return invalidState(result, attempt, values, 1);
    case 'conflict':
      return { kind: 'not-found', attempt };
    default:
      return refusalState(result, attempt);
  }
}

export async function editCommitmentAction(
  prev: CommitmentFormState,
  submitted: FormData,
): Promise<CommitmentFormState> {
  const form = asFormData(submitted);
  const attempt = nextAttempt(prev);
  const fields = formFields(form, 200);
  const values = { ...commitmentValuesFromForm(form), slug: String(fields.slug ?? '') };
  const version = Number(fields.version) || 1;
  const result = await editCommitment.run(
    { ...values, version: fields.version ?? '' },
    await actionContext(),
  );
  switch (result.kind) {
    case 'ok':
      return { kind: 'ok', attempt, ...result.value };
    case 'invalid':
    case 'unavailable':
      return invalidState(result, attempt, values, version);
    case 'conflict':
      return {
        kind: 'conflict',
        attempt,
        values,
        current: result.current.values,
        version: result.current.version,
      };
    default:
      return refusalState(result, attempt);
  }
}

/** Archive (hide from the public) or bring back a commitment; a plain form with slug + archive=1|0. */
export async function setCommitmentArchivedAction(submitted: FormData): Promise<void> {
  const form = asFormData(submitted);
  const fields = formFields(form, 200);
  await setCommitmentArchived.run(
    { slug: fields.slug, archive: fields.archive !== '0' },
    await actionContext(),
  );
}

function citationState(
  result: MutationResult<unknown, unknown>,
  attempt: number,
  values: CitationFormValues,
): CitationFormState {
  switch (result.kind) {
    case 'ok':
      return { kind: 'ok', attempt };
    case 'invalid':
      return { kind: 'invalid', attempt, errors: result.errors, values };
    case 'unavailable':
      return { kind: 'invalid', attempt, errors: UNAVAILABLE, values };
    case 'conflict':
      return { kind: 'not-found', attempt };
    default:
      return refusalState(result, attempt);
  }
}

function citationFields(form: FormData) {
  const fields = formFields(form, 20_000);
  const values: CitationFormValues = {
    sourceId: String(fields.sourceId ?? '').slice(0, 20),
    quote: String(fields.quote ?? ''),
  };
  return { fields, values };
}

export async function addCitationAction(
  prev: CitationFormState,
  submitted: FormData,
): Promise<CitationFormState> {
  const form = asFormData(submitted);
  const { fields, values } = citationFields(form);
  return citationState(await addCitation.run(fields, await actionContext()), nextAttempt(prev), values);
}

export async function editCitationAction(
  prev: CitationFormState,
  submitted: FormData,
): Promise<CitationFormState> {
  const form = asFormData(submitted);
  const { fields, values } = citationFields(form);
  return citationState(await editCitation.run(fields, await actionContext()), nextAttempt(prev), values);
}

/** Removes one citation of a commitment; a plain form with slug + citationId. */
export async function removeCitationAction(submitted: FormData): Promise<void> {
  const form = asFormData(submitted);
  await removeCitation.run(formFields(form, 200), await actionContext());
}
