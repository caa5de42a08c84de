'use server';
// The milestone form's adapter: one action per milestone form, its submit button saying what to
// do (add, save, done, reopen, remove); the operation is lib/milestones/save.ts.
import { saveMilestone } from '../milestones/save';
import { actionContext } from '../mutations/context';
import type { FieldErrors } from '../validation/field-errors';
import {
  milestoneValuesFromForm,
  type MilestoneFormValues,
  type MilestoneIntent,
} from '../validation/milestone';
import { asFormData, formFields, nextAttempt, formRefusal } from './form-fields';

export type MilestoneFormState =
  | { kind: 'idle'; attempt: number }
  | { kind: 'ok'; attempt: number; intent: MilestoneIntent }
  | { kind: 'invalid'; attempt: number; errors: FieldErrors; values: MilestoneFormValues }
  | { kind: 'unauthenticated' | 'forbidden' | 'not-found'; attempt: number };

export async function saveMilestoneAction(
  prev: MilestoneFormState,
  submitted: FormData,
): Promise<MilestoneFormState> {
  const form = asFormData(submitted);
  const attempt = nextAttempt(prev);
  const values = milestoneValuesFromForm(form);
  const result = await saveMilestone.run({ ...formFields(form, 2000), ...values }, await actionContext());
  switch (result.kind) {
    case 'ok':
      return { kind: 'ok', attempt, intent: result.value };
    case 'invalid':
      return { kind: 'invalid', attempt, errors: result.errors, values };
    case 'unavailable':
      return { kind: 'invalid', attempt, errors: { form: 'adminContent.errors.unavailable' }, values };
    case 'conflict':
      return { kind: 'not-found', attempt };
    default:
      return { kind: formRefusal(result.kind), attempt };
  }
}
