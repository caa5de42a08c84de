'use client';
import { useActionState } from 'react';
import { createUserAction, type UserActionState } from '@/lib/actions/users';

export interface CreateUserLabels {
  title: string;
  email: string;
  name: string;
  role: string;
  editor: string;
  admin: string;
  password: string;
  passwordHint: string;
  submit: string;
  created: string;
  errors: Record<string, string>;
}

export function CreateUserForm({ labels }: { labels: CreateUserLabels }) {
  const [state, action, pending] = useActionState<UserActionState, FormData>(createUserAction, {
    kind: 'idle',
  });
  const errors = state.kind === 'error' ? state.errors : {};
  const error = (field: string) =>
    errors[field] ? (
      <p id={`user-${field}-error`} className="editor-field__error">
        {labels.errors[errors[field]!] ?? labels.errors['admin.errors.invalid']}
      </p>
    ) : null;
  return (
    <section className="editor-panel" aria-labelledby="create-user-title">
      <h2 id="create-user-title">{labels.title}</h2>
      {state.kind === 'ok' ? (
        <p role="status" className="editor-alert editor-alert--ok">
          {labels.created}
        </p>
      ) : null}
      {errors.form ? (
        <p role="alert" className="editor-alert editor-alert--error">
          {labels.errors[errors.form]}
        </p>
      ) : null}
      <form action={action} className="editor-form" noValidate>
        <div className="editor-field">
          <label htmlFor="user-email">{labels.email}</label>
          <input
            id="user-email"
            name="email"
            type="email"
            required
            aria-invalid={errors.email ? true : undefined}
          />
          {error('email')}
        </div>
        <div className="editor-field">
          <label htmlFor="user-name">{labels.name}</label>
          <input
            id="user-name"
            name="name"
            required
            maxLength={200}
            aria-invalid={errors.name ? true : undefined}
          />
          {error('name')}
        </div>
        <div className="editor-field">
          <label htmlFor="user-role">{labels.role}</label>
          <select id="user-role" name="role" defaultValue="EDITOR">
            <option value="EDITOR">{labels.editor}</option>
            <option value="ADMIN">{labels.admin}</option>
          </select>
          {error('role')}
        </div>
        <div className="editor-field">
          <label htmlFor="user-password">{labels.password}</label>
          <input
            id="user-password"
            name="password"
            type="password"
            autoComplete="new-password"
            required
            maxLength={128}
            aria-describedby="user-password-hint"
            aria-invalid={errors.password ? true : undefined}
          />
          <p id="user-password-hint" className="editor-field__hint">
            {labels.passwordHint}
          </p>
          {error('password')}
        </div>
        <button type="submit" className="editor-button" disabled={pending}>
          {labels.submit}
        </button>
      </form>
    </section>
  );
}
