'use client';
// Works without JavaScript too: the server action answers the plain POST with the same state.
import { useActionState } from 'react';
import { addWebhookAction, type WebhookActionState } from '@/lib/actions/webhooks';

export interface AddWebhookLabels {
  title: string;
  url: string;
  secret: string;
  secretHint: string;
  submit: string;
  added: string;
  errors: Record<string, string>;
}

export function AddWebhookForm({ labels }: { labels: AddWebhookLabels }) {
  const [state, action, pending] = useActionState<WebhookActionState, FormData>(addWebhookAction, {
    kind: 'idle',
  });
  const errors = state.kind === 'error' ? state.errors : {};
  const error = (field: string) =>
    errors[field] ? (
      <p id={`webhook-${field}-error`} className="editor-field__error">
        {labels.errors[errors[field]!] ?? labels.errors['feeds.errors.webhookInvalid']}
      </p>
    ) : null;
  return (
    <section className="editor-panel" aria-labelledby="add-webhook-title">
      <h2 id="add-webhook-title">{labels.title}</h2>
      {state.kind === 'ok' ? (
        <p role="status" className="editor-alert editor-alert--ok">
          {labels.added}
        </p>
      ) : null}
      {errors.form ? (
        <p role="alert" className="editor-alert editor-alert--error">
          {labels.errors[errors.form]}
        </p>
      ) : null}
      <form action={action} className="editor-form" noValidate>
        <div className="editor-field">
          <label htmlFor="webhook-url">{labels.url}</label>
          <input
            id="webhook-url"
            name="url"
            type="url"
            required
            maxLength={2000}
            defaultValue={state.kind === 'error' ? state.url : ''}
            aria-invalid={errors.url ? true : undefined}
            aria-describedby={errors.url ? 'webhook-url-error' : undefined}
          />
          {error('url')}
        </div>
        <div className="editor-field">
          <label htmlFor="webhook-secret">{labels.secret}</label>
          <input
            id="webhook-secret"
            name="secret"
            type="password"
            autoComplete="off"
            required
            minLength={16}
            maxLength={200}
            aria-describedby={
              errors.secret ? 'webhook-secret-hint webhook-secret-error' : 'webhook-secret-hint'
            }
            aria-invalid={errors.secret ? true : undefined}
          />
          <p id="webhook-secret-hint" className="editor-field__hint">
            {labels.secretHint}
          </p>
          {error('secret')}
        </div>
        <button type="submit" className="editor-button" disabled={pending}>
          {labels.submit}
        </button>
      </form>
    </section>
  );
}
