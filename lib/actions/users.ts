'use server';
// Admin account adapters; the operations are lib/users/create.ts and lib/users/change.ts.
import { actionContext } from '../mutations/context';
import { changeUser } from '../users/change';
import { createUser } from '../users/create';
import { revokeToken } from '../users/revoke-token';
import { asFormData, formFields } from './form-fields';

export type UserActionState =
  | { kind: 'idle' }
  | { kind: 'ok'; message: 'created' | 'updated' }
  | { kind: 'error'; errors: Record<string, string> };

const FORM_ERROR: Record<string, string> = {
  unauthenticated: 'admin.errors.forbidden',
  forbidden: 'admin.errors.forbidden',
  'not-found': 'admin.errors.invalid',
  conflict: 'admin.errors.invalid',
  unavailable: 'admin.errors.unavailable',
};

export async function createUserAction(
  _prev: UserActionState,
  submitted: FormData,
): Promise<UserActionState> {
  const form = asFormData(submitted);
  const result = await createUser.run(formFields(form, 2000), await actionContext());
  if (result.kind === 'ok') return { kind: 'ok', message: 'created' };
  if (result.kind === 'invalid') return { kind: 'error', errors: result.errors };
  return { kind: 'error', errors: { form: FORM_ERROR[result.kind]! } };
}

/** Disable/enable, change role, or sign a user out everywhere (a plain form per button). */
export async function changeUserAction(submitted: FormData): Promise<void> {
  const form = asFormData(submitted);
  await changeUser.run(formFields(form, 40), await actionContext());
}

/** Revokes one API token (a plain form with its id). */
export async function revokeTokenAction(submitted: FormData): Promise<void> {
  const form = asFormData(submitted);
  await revokeToken.run(formFields(form, 40), await actionContext());
}
