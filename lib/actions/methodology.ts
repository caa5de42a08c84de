'use server';
// The status-definitions form's adapter: form fields → publishMethodology → the form's state.
// Access, validation, the write, its audit and the data-version bump are the pipeline's.
import type { StatusDefinitions } from '../domain/methodology';
import { publishMethodology } from '../methodology/publish';
import { actionContext } from '../mutations/context';
import type { FieldErrors } from '../validation/field-errors';
import { methodologyValuesFromForm, type MethodologyFormValues } from '../validation/methodology';
import { asFormData, formFields, nextAttempt, formRefusal } from './form-fields';

export type MethodologyFormState =
  | { kind: 'idle'; attempt: number }
  | { kind: 'ok'; attempt: number; version: number }
  | { kind: 'invalid'; attempt: number; errors: FieldErrors; values: MethodologyFormValues; basedOn: number }
  | {
      kind: 'conflict';
      attempt: number;
      /** What this admin tried to publish. */
      values: MethodologyFormValues;
      /** The version that won, which the form re-opens on. */
      current: { version: number; definitions: StatusDefinitions };
    }
  | { kind: 'unauthenticated' | 'forbidden' | 'not-found'; attempt: number };

export async function publishMethodologyAction(
  prev: MethodologyFormState,
  submitted: FormData,
): Promise<MethodologyFormState> {
  const form = asFormData(submitted);
  const attempt = nextAttempt(prev);
  const values = methodologyValuesFromForm(form);
  const basedOn = String(formFields(form, 20).basedOn ?? '');
  const result = await publishMethodology.run({ ...values, basedOn }, await actionContext());
  switch (result.kind) {
    case 'ok':
      return { kind: 'ok', attempt, version: result.value.version };
    case 'invalid':
    case 'unavailable':
      return {
        kind: 'invalid',
        attempt,
        errors: result.kind === 'invalid' ? result.errors : { form: 'methodology.errors.unavailable' },
        values,
        basedOn: Number(basedOn) || 0,
      };
    case 'conflict':
      return { kind: 'conflict', attempt, values, current: result.current };
    default:
      return { kind: formRefusal(result.kind), attempt };
  }
}
