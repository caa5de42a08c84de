'use server';
// Admin webhook adapters; the operations are lib/webhooks/add.ts and lib/webhooks/remove.ts.
import { actionContext } from '../mutations/context';
import { addWebhook } from '../webhooks/add';
import { removeWebhook } from '../webhooks/remove';
import { asFormData, formFields } from './form-fields';

export type WebhookActionState =
  | { kind: 'idle' }
  | { kind: 'ok'; url: string }
  | { kind: 'error'; errors: Record<string, string>; url: string };

const FORM_ERROR: Record<string, string> = {
  unauthenticated: 'feeds.errors.forbidden',
  forbidden: 'feeds.errors.forbidden',
  throttled: 'feeds.errors.forbidden',
  'not-found': 'feeds.errors.webhookInvalid',
  conflict: 'feeds.errors.webhookInvalid',
  unavailable: 'feeds.errors.unavailable',
};

export async function addWebhookAction(
  _prev: WebhookActionState,
  submitted: FormData,
): Promise<WebhookActionState> {
  const fields = formFields(asFormData(submitted), 2100);
  const url = typeof fields.url === 'string' ? fields.url : '';
  const result = await addWebhook.run(fields, await actionContext());
  if (result.kind === 'ok') return { kind: 'ok', url: result.value.url };
  if (result.kind === 'invalid') return { kind: 'error', errors: result.errors, url };
  return { kind: 'error', errors: { form: FORM_ERROR[result.kind]! }, url };
}

/** Removes one webhook (a plain form with its id). */
export async function removeWebhookAction(submitted: FormData): Promise<void> {
  await removeWebhook.run(formFields(asFormData(submitted), 40), await actionContext());
}
