'use server';
// Admin authoring adapters: form fields → an agreement, pillar or source operation → the form's
// state. Access, validation, the write, its audit and the data-version bump are the pipeline's.
import { createAgreement } from '../agreements/create';
import { editAgreement } from '../agreements/edit';
import { setAgreementArchived } from '../agreements/set-archived';
import { actionContext } from '../mutations/context';
import type { Mutation, MutationResult, RawInput } from '../mutations/define-mutation';
import { addPillar, editPillar, movePillar } from '../pillars/save';
import { createSource } from '../sources/create';
import { editSource } from '../sources/edit';
import { extractSourceText } from '../sources/extract';
import type { FieldErrors } from '../validation/field-errors';
import { asFormData, formFields, formRefusal, nextAttempt } from './form-fields';

export type AuthoringFormState =
  | { kind: 'idle'; attempt: number }
  | { kind: 'ok'; attempt: number; slug?: string }
  | { kind: 'invalid'; attempt: number; errors: FieldErrors; values: Record<string, string> }
  | { kind: 'unauthenticated' | 'forbidden' | 'not-found'; attempt: number }
  /** Someone saved first: the saved values (and their version, to save over them on purpose). */
  | { kind: 'conflict'; attempt: number; values: Record<string, string>; current: Record<string, string> };

const UNAVAILABLE: FieldErrors = { form: 'adminContent.errors.unavailable' };
/** A pasted source text may be long; other fields are cut much shorter by their schemas. */
const MAX_FIELD = 600_000;

function stateOf(
  result: MutationResult<unknown, unknown>,
  attempt: number,
  values: Record<string, string>,
): AuthoringFormState {
  switch (result.kind) {
    case 'ok': {
      const value = result.value as { slug?: string } | null;
      return { kind: 'ok', attempt, ...(value?.slug ? { slug: value.slug } : {}) };
    }
    case 'invalid':
      return { kind: 'invalid', attempt, errors: result.errors, values };
    case 'unavailable':
      return { kind: 'invalid', attempt, errors: UNAVAILABLE, values };
    case 'conflict': {
      const current = (result.current as { values?: Record<string, string> } | null)?.values;
      return current ? { kind: 'conflict', attempt, values, current } : { kind: 'not-found', attempt };
    }
    default:
      return { kind: formRefusal(result.kind), attempt };
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function runForm(mutation: Mutation<any, unknown, unknown>, prev: AuthoringFormState, form: FormData) {
  const attempt = nextAttempt(prev);
  const fields = formFields(asFormData(form), MAX_FIELD);
  const values = Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, String(v)]));
  return stateOf(await mutation.run(fields as RawInput, await actionContext()), attempt, values);
}

export async function createAgreementAction(prev: AuthoringFormState, form: FormData) {
  return runForm(createAgreement, prev, form);
}
export async function editAgreementAction(prev: AuthoringFormState, form: FormData) {
  return runForm(editAgreement, prev, form);
}
export async function addPillarAction(prev: AuthoringFormState, form: FormData) {
  return runForm(addPillar, prev, form);
}
export async function editPillarAction(prev: AuthoringFormState, form: FormData) {
  return runForm(editPillar, prev, form);
}
/** A pasted text, or an uploaded TXT/HTML/PDF/DOCX whose extracted text replaces it. */
export async function createSourceAction(prev: AuthoringFormState, form: FormData) {
  const file = asFormData(form).get('file');
  if (!(file instanceof File) || file.size === 0) return runForm(createSource, prev, form);
  const attempt = nextAttempt(prev);
  const fields = formFields(asFormData(form), MAX_FIELD);
  const values = Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, String(v)]));
  const bytes = new Uint8Array(await file.arrayBuffer());
  const extracted = await extractSourceText(bytes, file.name);
  if (!extracted.ok) {
    return {
      kind: 'invalid' as const,
      attempt,
      errors: { file: `authoring.errors.file.${extracted.error}` },
      values,
    };
  }
  const raw: RawInput = {
    ...fields,
    text: extracted.text,
    original: { fileName: file.name.slice(0, 200), contentType: extracted.contentType, bytes },
  };
  return stateOf(await createSource.run(raw, await actionContext()), attempt, {
    ...values,
    text: extracted.text,
  });
}
export async function editSourceAction(prev: AuthoringFormState, form: FormData) {
  return runForm(editSource, prev, form);
}
export async function setAgreementArchivedAction(prev: AuthoringFormState, form: FormData) {
  const attempt = nextAttempt(prev);
  const fields = formFields(asFormData(form), 200);
  const result = await setAgreementArchived.run(
    { slug: fields.slug, archive: fields.archive !== '0' },
    await actionContext(),
  );
  return stateOf(result, attempt, {});
}

/** Move a pillar up or down: a plain form (agreementSlug, pillarId, direction). */
export async function movePillarAction(form: FormData): Promise<void> {
  await movePillar.run(formFields(asFormData(form), 200), await actionContext());
}
